#include "lsp/server.h"

#include <filesystem>
#include <unordered_map>

#include "lsp/uri.h"

namespace kubus::lsp {
namespace {

// The model directory: the first workspace folder, else rootUri, else rootPath.
std::optional<std::string> root_of(const Json& params) {
  const Json& folders = params.value("workspaceFolders", Json());
  if (folders.is_array() && !folders.empty() && folders[0].is_object() && folders[0].value("uri", Json()).is_string())
    return path_of_uri(folders[0]["uri"].get<std::string>());
  if (params.value("rootUri", Json()).is_string()) return path_of_uri(params["rootUri"].get<std::string>());
  if (params.value("rootPath", Json()).is_string()) {
    auto p = std::filesystem::path(params["rootPath"].get<std::string>());
    if (p.is_absolute()) return p.lexically_normal().generic_string();
  }
  return std::nullopt;
}

// initializationOptions.model: a path or a list of paths in the model directory.
std::vector<std::string> model_option(const Json& params) {
  const Json& o = params.value("initializationOptions", Json());
  std::vector<std::string> out;
  if (!o.is_object() || !o.contains("model")) return out;
  const Json& m = o["model"];
  if (m.is_string()) out.push_back(m.get<std::string>());
  if (m.is_array())
    for (const auto& p : m) out.push_back(p.get<std::string>());
  return out;
}

// utf-32 counts code points as Kubus columns do; utf-8 is cheap; utf-16 is the default.
Encoding negotiate(const Json& caps) {
  const Json* offered = nullptr;
  if (caps.contains("general") && caps["general"].is_object() && caps["general"].contains("positionEncodings"))
    offered = &caps["general"]["positionEncodings"];
  if (!offered || !offered->is_array()) return Encoding::Utf16;
  for (Encoding e : {Encoding::Utf32, Encoding::Utf8})
    for (const auto& o : *offered)
      if (o.is_string() && o.get<std::string>() == encoding_name(e)) return e;
  return Encoding::Utf16;
}

bool flag(const Json& caps, std::initializer_list<const char*> path) {
  const Json* j = &caps;
  for (const char* key : path) {
    if (!j->is_object() || !j->contains(key)) return false;
    j = &(*j)[key];
  }
  return j->is_boolean() && j->get<bool>();
}

bool has_markdown(const Json& caps) {
  if (!caps.contains("textDocument") || !caps["textDocument"].is_object()) return false;
  const Json& td = caps["textDocument"];
  if (!td.contains("hover") || !td["hover"].is_object()) return false;
  const Json& formats = td["hover"].value("contentFormat", Json());
  if (!formats.is_array()) return false;
  for (const auto& f : formats)
    if (f == "markdown") return true;
  return false;
}

bool valid_id(const Json& id) { return id.is_string() || id.is_number_integer(); }

}  // namespace

Server::Server(const ServerOptions& options, Send send)
    : options_(options), send_(std::move(send)), ws_(options.load) {}

const std::unordered_map<std::string_view, Server::Method>& Server::methods() {
  static const std::unordered_map<std::string_view, Method> table = {
      {"initialize", {true, &Server::initialize}},
      {"initialized", {false, &Server::initialized}},
      {"shutdown", {true, &Server::shutdown}},
      {"textDocument/didOpen", {false, &Server::did_open}},
      {"textDocument/didChange", {false, &Server::did_change}},
      {"textDocument/didClose", {false, &Server::did_close}},
      {"workspace/didChangeWatchedFiles", {false, &Server::did_change_watched_files}},
      {"textDocument/hover", {true, &Server::on_hover}},
      {"textDocument/definition", {true, &Server::on_definition}},
      {"textDocument/references", {true, &Server::on_references}},
      {"textDocument/completion", {true, &Server::on_completion}},
      {"textDocument/formatting", {true, &Server::on_formatting}},
      {"textDocument/documentSymbol", {true, &Server::on_document_symbols}},
      {"workspace/symbol", {true, &Server::on_workspace_symbols}},
  };
  return table;
}

void Server::receive(std::string_view body) {
  Json msg = Json::parse(body, nullptr, false);
  if (msg.is_discarded()) return reply_error(nullptr, ErrorCode::ParseError, "the message is not valid JSON");
  if (!msg.is_object()) return reply_error(nullptr, ErrorCode::InvalidRequest, "a message must be a JSON object");
  try {
    dispatch(msg);
  } catch (const std::exception& e) {  // a bug in kubus: keep serving, say what happened
    log(std::string("internal error: ") + e.what(), 1);
    if (msg.contains("id") && valid_id(msg["id"]) && msg.contains("method"))
      reply_error(msg["id"], ErrorCode::InternalError, std::string("internal error in kubus: ") + e.what());
  }
}

void Server::dispatch(const Json& msg) {
  bool has_id = msg.contains("id");
  if (has_id && !valid_id(msg["id"]))
    return reply_error(nullptr, ErrorCode::InvalidRequest, "an id must be a string or an integer");
  Json id = has_id ? msg["id"] : Json();
  if (!msg.contains("method") || !msg["method"].is_string()) {
    if (has_id && (msg.contains("result") || msg.contains("error"))) return;  // a client's answer: we ask nothing
    return reply_error(id, ErrorCode::InvalidRequest, "a request needs a method name");
  }
  const std::string method = msg["method"].get<std::string>();
  const Json params = msg.contains("params") ? msg["params"] : Json::object();
  if (method == "exit") {  // also before initialize, and after shutdown
    exited_ = true;
    return;
  }
  if (!initialized_ && method != "initialize") {
    if (has_id) reply_error(id, ErrorCode::ServerNotInitialized, "the server is not initialized yet: send initialize");
    return;  // notifications before initialize are dropped (LSP 3.17)
  }
  if (shutdown_) {
    if (has_id) reply_error(id, ErrorCode::InvalidRequest, "the server is shutting down: only exit is accepted");
    return;
  }
  auto it = methods().find(method);
  if (it == methods().end() || it->second.request != has_id) {
    if (has_id) reply_error(id, ErrorCode::MethodNotFound, "kubus has no method '" + method + "'");
    return;  // an unknown notification ($/... included) is ignored
  }
  try {
    Json result = (this->*(it->second.run))(params);
    if (has_id) reply(id, std::move(result));
  } catch (const LspError& e) {
    if (has_id) reply_error(id, e.code(), e.what());
    else log(method + ": " + e.what(), 2);
  } catch (const Json::exception& e) {  // params of the wrong shape
    if (has_id) reply_error(id, ErrorCode::InvalidParams, std::string("invalid params: ") + e.what());
    else log(method + ": invalid params: " + e.what(), 2);
  }
}

void Server::reply(const Json& id, Json result) {
  send_({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::reply_error(const Json& id, ErrorCode code, const std::string& message) {
  send_({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}});
}

void Server::log(const std::string& message, int type) {
  if (options_.log) *options_.log << "kubus lsp: " << message << "\n" << std::flush;
  if (initialized_)
    send_({{"jsonrpc", "2.0"}, {"method", "window/logMessage"}, {"params", {{"type", type}, {"message", message}}}});
}

Json Server::initialize(const Json& params) {
  if (initialized_) throw LspError(ErrorCode::InvalidRequest, "initialize was already sent");
  const Json caps = params.value("capabilities", Json::object());
  client_.encoding = negotiate(caps);
  client_.related_information = flag(caps, {"textDocument", "publishDiagnostics", "relatedInformation"});
  client_.hierarchical_symbols = flag(caps, {"textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport"});
  client_.markdown = has_markdown(caps);
  if (auto root = root_of(params)) ws_.set_root(*root, model_option(params));
  initialized_ = true;
  Json sync = {{"openClose", true}, {"change", 2}};  // 2: incremental
  return {{"capabilities",
           {{"positionEncoding", encoding_name(client_.encoding)},
            {"textDocumentSync", sync},
            {"hoverProvider", true},
            {"definitionProvider", true},
            {"referencesProvider", true},
            {"completionProvider", {{"triggerCharacters", {":", "[", ",", ".", " "}}, {"resolveProvider", false}}},
            {"documentFormattingProvider", true},
            {"documentSymbolProvider", true},
            {"workspaceSymbolProvider", true}}},
          {"serverInfo", {{"name", "kubus"}, {"version", options_.version}}}};
}

Json Server::shutdown(const Json&) {
  shutdown_ = true;
  return nullptr;
}

void Server::idle() {
  if (!publish_pending_ || exited_) return;
  publish_pending_ = false;
  ws_.snapshot();
  Context c = context();
  for (auto& n : publisher_.publish(c)) send_(n);
  ws_.release_old();
}

}  // namespace kubus::lsp
