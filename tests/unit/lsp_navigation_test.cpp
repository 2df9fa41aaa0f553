// Go to definition and find references, across the model's files, handoffs,
// rules and the bundled library.
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

Json at(LspSession& s, const std::string& method, const std::string& name, const std::string& needle, int offset,
        Json extra = Json::object()) {
  auto [line, col] = test::find_pos(test::claims_model().at(name), needle, offset);
  Json params = s.position_params(name, line, col);
  params.update(extra);
  return s.request(method, params);
}

std::multiset<std::string> places(const Json& locations) {
  std::multiset<std::string> out;
  for (const auto& l : locations) {
    std::string uri = l["uri"];
    out.insert(uri.substr(uri.rfind('/') + 1) + ":" + std::to_string(l["range"]["start"]["line"].get<int>() + 1) + ":" +
               std::to_string(l["range"]["start"]["character"].get<int>() + 1));
  }
  return out;
}

}  // namespace

TEST_CASE("definition of a reference is its declaration, in another file", "[lsp][navigation]") {
  LspSession s(test::claims_model());
  Json d = at(s, "textDocument/definition", "journey.kubus", "claims-manager", 3);
  CHECK(d["uri"] == s.uri("org.kubus"));
  CHECK(d["range"] == test::range(10, 5, 10, 19));
  // From a handoff and from a rule expression.
  CHECK(at(s, "textDocument/definition", "journey.kubus", "-> claim-question", 5)["range"] == test::range(9, 11, 9, 25));
  CHECK(at(s, "textDocument/definition", "journey.kubus", "portal in", 1)["uri"] == s.uri("org.kubus"));
}

TEST_CASE("definition into the bundled library, and of a use", "[lsp][navigation]") {
  LspSession s(test::claims_model());
  Json d = at(s, "textDocument/definition", "org.kubus", "customer-history", 3);
  std::string uri = d["uri"];
  CHECK_THAT(uri, Catch::EndsWith("/rules/ccm/capabilities.kubus"));
  Json files = at(s, "textDocument/definition", "org.kubus", "use ccm", 5);
  REQUIRE(files.is_array());
  CHECK(files.size() >= 5);
  for (const auto& f : files) CHECK_THAT(f["uri"].get<std::string>(), Catch::Contains("/rules/ccm/"));
  // Inside the library file, hover and definition work as in the model's own files.
  auto lib = lsp::path_of_uri(uri);
  REQUIRE(lib);
  Json inside = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", d["range"]["start"]}});
  CHECK_THAT(inside["contents"]["value"].get<std::string>(), Catch::Contains("capability customer-history"));
  // Nothing to go to on a field name.
  CHECK(at(s, "textDocument/definition", "journey.kubus", "phase", 1).is_null());
}

TEST_CASE("references: every place an entity is named, with or without its declaration", "[lsp][navigation]") {
  LspSession s(test::claims_model());
  // The channel portal: its declaration, two channel lists and the rule;
  // `medium: portal` is an enumerated value, not the channel.
  Json refs = at(s, "textDocument/references", "org.kubus", "channel portal", 9, {{"context", {{"includeDeclaration", true}}}});
  CHECK(places(refs) == std::multiset<std::string>{"org.kubus:20:9", "journey.kubus:5:14", "journey.kubus:13:21",
                                                   "journey.kubus:27:52"});
  Json without = at(s, "textDocument/references", "journey.kubus", "[portal]", 2, {{"context", {{"includeDeclaration", false}}}});
  CHECK(without.size() == 3);
  // A touchpoint: declared, in a `next` list and in an SLA's handoff.
  Json tp = at(s, "textDocument/references", "journey.kubus", "touchpoint claim-question", 12,
               {{"context", {{"includeDeclaration", true}}}});
  CHECK(places(tp) == std::multiset<std::string>{"journey.kubus:10:12", "journey.kubus:7:10", "journey.kubus:19:28"});
  // Not on a name: nothing.
  CHECK(at(s, "textDocument/references", "journey.kubus", "phase", 1).is_null());
}
