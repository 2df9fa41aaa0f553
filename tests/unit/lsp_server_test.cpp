// The dispatcher and the lifecycle: JSON-RPC errors for what is not a valid
// message, MethodNotFound, the order initialize / shutdown / exit, and what
// the server and the client agree on at initialize.
#include <sstream>

#include "lsp/transport.h"
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

struct Raw {
  std::vector<Json> sent;
  lsp::Server server{LspSession::options(), [this](const Json& m) { sent.push_back(m); }};
  Json last() { return sent.empty() ? Json() : sent.back(); }
};

int error_code(const Json& response) { return response.at("error").at("code").get<int>(); }

}  // namespace

TEST_CASE("what is not JSON is a ParseError, what is not a request an InvalidRequest", "[lsp][server]") {
  Raw r;
  r.server.receive("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ");
  CHECK(error_code(r.last()) == -32700);
  CHECK(r.last()["id"].is_null());
  r.server.receive("[1, 2]");
  CHECK(error_code(r.last()) == -32600);
  r.server.receive("42");
  CHECK(error_code(r.last()) == -32600);
  r.server.receive(R"({"jsonrpc": "2.0", "id": 7})");
  CHECK(error_code(r.last()) == -32600);
  CHECK(r.last()["id"] == 7);
  r.server.receive(R"({"jsonrpc": "2.0", "id": {"x": 1}, "method": "initialize"})");
  CHECK(error_code(r.last()) == -32600);
  CHECK(r.last()["id"].is_null());
  CHECK(r.sent.size() == 5);
  CHECK_FALSE(r.server.exited());
}

TEST_CASE("before initialize: requests are refused, notifications dropped, exit obeyed", "[lsp][server]") {
  Raw r;
  r.server.receive(R"({"jsonrpc": "2.0", "id": "a", "method": "textDocument/hover", "params": {}})");
  CHECK(error_code(r.last()) == -32002);
  CHECK(r.last()["id"] == "a");
  r.server.receive(R"({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}})");
  CHECK(r.sent.size() == 1);
  r.server.receive(R"({"jsonrpc": "2.0", "method": "exit"})");
  CHECK(r.server.exited());
  CHECK(r.server.exit_code() == 1);
}

TEST_CASE("an unknown method is MethodNotFound, an unknown notification is ignored", "[lsp][server]") {
  LspSession s(test::claims_model());
  Json r = s.call("kubus/nothing", Json::object());
  CHECK(error_code(r) == -32601);
  CHECK_THAT(r["error"]["message"].get<std::string>(), Catch::Contains("kubus/nothing"));
  s.notify("$/setTrace", {{"value", "off"}});
  s.notify("workspace/didChangeConfiguration", {{"settings", nullptr}});
  CHECK(s.call("$/somethingElse", Json::object())["error"]["code"] == -32601);
  // A known notification sent as a request is not a method either.
  CHECK(error_code(s.call("textDocument/didClose", Json::object())) == -32601);
}

TEST_CASE("params of the wrong shape are InvalidParams, and the server goes on", "[lsp][server]") {
  LspSession s(test::claims_model());
  CHECK(error_code(s.call("textDocument/hover", {{"textDocument", 3}})) == -32602);
  CHECK(error_code(s.call("textDocument/hover", s.position_params("journey.kubus", -1, 0))) == -32602);
  CHECK(error_code(s.call("workspace/symbol", Json::object())) == -32602);
  Json hover = s.request("textDocument/hover", s.position_params("journey.kubus", 3, 10));
  CHECK_FALSE(hover.is_null());
}

TEST_CASE("a change to a document never opened, or one that does not fit, is logged, the buffers stay", "[lsp][server]") {
  LspSession s(test::claims_model());
  std::string journey = test::claims_model().at("journey.kubus");
  s.open("journey.kubus", journey);
  s.diagnostics();
  s.replace_all("org.kubus", "unit broken {\n", 2);  // org.kubus is on disk, but not open
  s.edit("journey.kubus", test::range(3, 0, 1, 0), "x", 2);  // ends before it starts
  s.notify("textDocument/didChange", {{"textDocument", {{"uri", s.uri("journey.kubus")}, {"version", 3}}},
                                      {"contentChanges", {{{"range", test::range(0, 0, 0, 1)}}}}});  // no text
  auto logs = s.take("window/logMessage");
  REQUIRE(logs.size() == 3);
  CHECK_THAT(logs[0]["params"]["message"].get<std::string>(), Catch::Contains("never opened"));
  CHECK_THAT(logs[1]["params"]["message"].get<std::string>(), Catch::Contains("ends before it starts"));
  for (const auto& [uri, params] : s.diagnostics()) CHECK(params["diagnostics"].empty());
  // The buffer is as it was.
  Json hover = s.request("textDocument/hover", s.position_params("journey.kubus", 3, 10));
  CHECK_THAT(hover["contents"]["value"].get<std::string>(), Catch::Contains("claims-manager"));
  // A position far past the end of the buffer is its end, not a crash.
  s.edit("journey.kubus", test::range(100000, 7, 100000, 9), "\nunit tail\n", 4);
  CHECK(s.take("window/logMessage").empty());
  Json found = s.request("workspace/symbol", {{"query", "tail"}});
  REQUIRE(found.size() == 1);
  CHECK(found[0]["location"]["uri"] == s.uri("journey.kubus"));
}

TEST_CASE("a URI outside the workspace is an error answer, not a crash", "[lsp][server]") {
  LspSession s(test::claims_model());
  auto outside = test::temp_dir() / "elsewhere.kubus";
  test::write_file(outside, "unit x\n");
  Json params = {{"textDocument", {{"uri", lsp::uri_of_path(outside.generic_string())}}},
                 {"position", {{"line", 0}, {"character", 5}}}};
  Json r = s.call("textDocument/hover", params);
  CHECK(error_code(r) == -32602);
  CHECK_THAT(r["error"]["message"].get<std::string>(), Catch::Contains("outside the workspace"));
  params["textDocument"]["uri"] = "untitled:Untitled-1";
  CHECK(error_code(s.call("textDocument/definition", params)) == -32602);
  params["textDocument"]["uri"] = "https://example.org/a.kubus";
  CHECK(error_code(s.call("textDocument/formatting", params)) == -32602);
  // Opening it is logged and ignored: nothing is checked or published for it.
  s.notify("textDocument/didOpen", {{"textDocument", {{"uri", lsp::uri_of_path(outside.generic_string())},
                                                      {"languageId", "kubus"}, {"version", 1}, {"text", "unit x\n"}}}});
  auto logs = s.take("window/logMessage");
  REQUIRE(logs.size() == 1);
  CHECK_THAT(logs[0]["params"]["message"].get<std::string>(), Catch::Contains("outside the workspace"));
  CHECK(s.diagnostics().empty());
}

TEST_CASE("shutdown, then only exit: requests are InvalidRequest, exit code 0", "[lsp][server]") {
  LspSession s(test::claims_model());
  CHECK(s.request("shutdown", nullptr).is_null());
  CHECK(error_code(s.call("textDocument/hover", s.position_params("journey.kubus", 0, 0))) == -32600);
  CHECK(error_code(s.call("shutdown", nullptr)) == -32600);
  CHECK_FALSE(s.server().exited());
  s.notify("exit", nullptr);
  CHECK(s.server().exited());
  CHECK(s.server().exit_code() == 0);
}

TEST_CASE("initialize twice is refused", "[lsp][server]") {
  LspSession s(test::claims_model());
  CHECK(error_code(s.call("initialize", {{"capabilities", Json::object()}})) == -32600);
}

TEST_CASE("initialize answers the capabilities and negotiates the position encoding", "[lsp][server]") {
  LspSession plain(test::claims_model());
  const Json& caps = plain.init_result()["capabilities"];
  CHECK(caps["positionEncoding"] == "utf-16");
  CHECK(caps["textDocumentSync"]["change"] == 2);
  CHECK(caps["textDocumentSync"]["openClose"] == true);
  for (const char* p : {"hoverProvider", "definitionProvider", "referencesProvider", "documentFormattingProvider",
                        "documentSymbolProvider", "workspaceSymbolProvider"})
    CHECK(caps[p] == true);
  CHECK(caps["completionProvider"]["triggerCharacters"].size() >= 3);
  CHECK(plain.init_result()["serverInfo"]["name"] == "kubus");

  LspSession utf32(test::claims_model(), {{"general", {{"positionEncodings", {"utf-8", "utf-32", "utf-16"}}}}});
  CHECK(utf32.init_result()["capabilities"]["positionEncoding"] == "utf-32");
  LspSession utf8(test::claims_model(), {{"general", {{"positionEncodings", {"utf-16", "utf-8"}}}}});
  CHECK(utf8.init_result()["capabilities"]["positionEncoding"] == "utf-8");
  LspSession unknown(test::claims_model(), {{"general", {{"positionEncodings", {"utf-7"}}}}});
  CHECK(unknown.init_result()["capabilities"]["positionEncoding"] == "utf-16");
}

TEST_CASE("serve: framed messages in, framed answers out, exit codes of the lifecycle", "[lsp][server]") {
  auto frame = [](const Json& j) {
    std::string b = j.dump();
    return "Content-Length: " + std::to_string(b.size()) + "\r\n\r\n" + b;
  };
  lsp::ServerOptions options = LspSession::options();
  std::istringstream in(frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", Json::object()}}}}) +
                        frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                        frame({{"jsonrpc", "2.0"}, {"method", "exit"}}) + "ignored after exit");
  std::ostringstream out;
  CHECK(lsp::serve(in, out, options) == 0);
  std::istringstream answers(out.str());
  CHECK(Json::parse(lsp::read_message(answers).body)["id"] == 1);
  CHECK(Json::parse(lsp::read_message(answers).body)["id"] == 2);
  CHECK(lsp::read_message(answers).status == lsp::ReadStatus::End);

  std::istringstream ended(frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", Json::object()}}));
  std::ostringstream out2;
  CHECK(lsp::serve(ended, out2, options) == 1);  // the input ended without shutdown and exit

  std::ostringstream log;
  options.log = &log;
  std::istringstream garbage("\x7F" "ELF\x02\x01\x01 not a header at all\n");
  std::ostringstream out3;
  CHECK(lsp::serve(garbage, out3, options) == 1);
  CHECK(out3.str().empty());
  CHECK_THAT(log.str(), Catch::Contains("stopping"));
}
