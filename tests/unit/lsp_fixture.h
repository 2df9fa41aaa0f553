// Drives the language server in-process as an editor would: messages in,
// answers and notifications out, on a model written to a temporary directory.
#pragma once
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "lsp/server.h"
#include "lsp/uri.h"
#include "test_util.h"

namespace kubus::test {

using lsp::Json;

class LspSession {
 public:
  // Writes `files` (name -> text) into a fresh model directory and initializes
  // the server on it with the client capabilities `caps`.
  explicit LspSession(const std::map<std::string, std::string>& files, Json caps = Json::object(),
                      Json init_options = nullptr)
      : dir_(temp_dir()), server_(options(), [this](const Json& m) { sent_.push_back(m); }) {
    for (const auto& [name, text] : files) write_file(dir_ / name, text);
    Json params = {{"processId", nullptr}, {"rootUri", lsp::uri_of_path(dir_.generic_string())}, {"capabilities", caps}};
    if (!init_options.is_null()) params["initializationOptions"] = init_options;
    init_result_ = request("initialize", params);
    notify("initialized", Json::object());
  }

  LspSession(const LspSession&) = delete;
  LspSession& operator=(const LspSession&) = delete;

  static lsp::ServerOptions options() {
    lsp::ServerOptions o;
    o.load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
    o.version = "test";
    return o;
  }

  const std::filesystem::path& dir() const { return dir_; }
  std::string path(const std::string& name) const { return (dir_ / name).generic_string(); }
  std::string uri(const std::string& name) const { return lsp::uri_of_path(path(name)); }
  const Json& init_result() const { return init_result_; }
  lsp::Server& server() { return server_; }

  // Sends a request and returns its whole response (result or error).
  Json call(const std::string& method, const Json& params) {
    Json id = next_id_++;
    server_.receive(Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
    for (auto it = sent_.begin(); it != sent_.end(); ++it)
      if (it->contains("id") && (*it)["id"] == id && !it->contains("method")) {
        Json r = *it;
        sent_.erase(it);
        return r;
      }
    FAIL("no response to " << method);
    return nullptr;
  }
  // The result of a request that must succeed.
  Json request(const std::string& method, const Json& params) {
    Json r = call(method, params);
    INFO(r.dump());
    REQUIRE(r.contains("result"));
    return r["result"];
  }
  void notify(const std::string& method, const Json& params) {
    server_.receive(Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump());
  }

  void open(const std::string& name, const std::string& text, int version = 1) {
    notify("textDocument/didOpen",
           {{"textDocument", {{"uri", uri(name)}, {"languageId", "kubus"}, {"version", version}, {"text", text}}}});
  }
  void open_from_disk(const std::string& name) {
    std::ifstream in(dir_ / name, std::ios::binary);
    open(name, std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
  }
  void replace_all(const std::string& name, const std::string& text, int version) {
    notify("textDocument/didChange", {{"textDocument", {{"uri", uri(name)}, {"version", version}}},
                                      {"contentChanges", Json::array({{{"text", text}}})}});
  }
  void edit(const std::string& name, Json range, const std::string& text, int version) {
    notify("textDocument/didChange", {{"textDocument", {{"uri", uri(name)}, {"version", version}}},
                                      {"contentChanges", Json::array({{{"range", range}, {"text", text}}})}});
  }

  // Lets the server publish, and takes what it sent with this method.
  std::vector<Json> take(const std::string& method) {
    server_.idle();
    std::vector<Json> out, rest;
    for (auto& m : sent_) (m.value("method", "") == method ? out : rest).push_back(std::move(m));
    sent_ = std::move(rest);
    return out;
  }
  // The diagnostics last published for a file (after idle).
  std::map<std::string, Json> diagnostics() {
    std::map<std::string, Json> out;
    for (const auto& n : take("textDocument/publishDiagnostics")) out[n["params"]["uri"]] = n["params"];
    return out;
  }

  Json position_params(const std::string& name, int line, int character) const {
    return {{"textDocument", {{"uri", uri(name)}}}, {"position", {{"line", line}, {"character", character}}}};
  }

 private:
  std::filesystem::path dir_;
  std::vector<Json> sent_;
  lsp::Server server_;
  Json init_result_;
  int next_id_ = 1;
};

// A small model over two files: the tests' common ground.
inline const std::map<std::string, std::string>& claims_model() {
  static const std::map<std::string, std::string> files = {
      {"org.kubus", R"(use ccm

department claims "Claims handling" {
  kind: line
}

department service "Customer service" {
  kind: line
}

role claims-manager "Claims manager" {
  department: claims
  holder: "Anna de Boer"
}

role service-manager "Customer-service manager" {
  department: service
}

channel portal "My portal" {
  medium: portal
}

channel phone "Phone" {
  medium: phone
  assisted: true
}

component crm "CRM" {
  capabilities: [crm, customer-history]
  department: claims
}
)"},
      {"journey.kubus", R"(touchpoint submit-claim "Submit a claim" {
  phase: settle
  mandatory: true
  owner: claims-manager
  channels: [portal]
  uses: crm
  next: [claim-question]
}

touchpoint claim-question "Question about a claim" {
  phase: settle
  owner: service-manager
  channels: [phone, portal]
}

sla claims-to-service "Claims hands questions to customer service" {
  from: claims
  to: service
  covers: [submit-claim -> claim-question]
  target: response-time <= 2 days
}

rule owned "Every touchpoint has an owner" {
  severity: error
  rationale: "Somebody answers for each contact moment."
  message: "{t} has no owner"
  for t in touchpoints where t.phase == settle and portal in t.channels
  expect t.owner is not none
}
)"},
  };
  return files;
}

inline Json range(int l1, int c1, int l2, int c2) {
  return {{"start", {{"line", l1}, {"character", c1}}}, {"end", {{"line", l2}, {"character", c2}}}};
}

// The position of the first occurrence of `needle` in `text` (0-based line,
// UTF-16 character of an ASCII prefix), plus `offset` characters.
inline std::pair<int, int> find_pos(const std::string& text, const std::string& needle, int offset = 0) {
  auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  int line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  auto start = text.rfind('\n', at);
  int col = static_cast<int>(at - (start == std::string::npos ? 0 : start + 1));
  return {line, col + offset};
}

}  // namespace kubus::test
