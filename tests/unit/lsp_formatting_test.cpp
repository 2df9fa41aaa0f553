// Document formatting is `kubus fmt` of the buffer; document and workspace
// symbols list the declarations.
#include "driver/fmt.h"
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

const std::string kUntidy = "touchpoint   a \"A\"{phase:settle\n    channels: [portal,phone]  # why\n}\nunit u";

Json format(LspSession& s, const std::string& name) {
  return s.request("textDocument/formatting",
                   {{"textDocument", {{"uri", s.uri(name)}}}, {"options", {{"tabSize", 8}, {"insertSpaces", false}}}});
}

}  // namespace

TEST_CASE("formatting is kubus fmt of the unsaved buffer, as one edit of the whole text", "[lsp][formatting]") {
  LspSession s(test::claims_model());
  s.open("extra.kubus", kUntidy);
  Json edits = format(s, "extra.kubus");
  REQUIRE(edits.size() == 1);
  CHECK(edits[0]["range"] == test::range(0, 0, 3, 6));

  auto disk = test::temp_dir() / "extra.kubus";
  test::write_file(disk, kUntidy);
  driver::Session fmt(LspSession::options().load);
  auto expected = driver::format_files(fmt, {disk.generic_string()});
  REQUIRE(expected.size() == 1);
  CHECK(edits[0]["newText"] == expected[0].text);
  CHECK(edits[0]["newText"] ==
        "touchpoint a \"A\" {\n  phase: settle\n  channels: [portal, phone]  # why\n}\n\nunit u\n");

  // Formatted already: no edit. With a syntax error: none either (as `kubus fmt` leaves it).
  s.replace_all("extra.kubus", expected[0].text, 2);
  CHECK(format(s, "extra.kubus").empty());
  s.replace_all("extra.kubus", "touchpoint a {\n  phase: [\n}\n", 3);
  CHECK(format(s, "extra.kubus").is_null());
  // The check of the model is not disturbed by formatting's own parse.
  auto published = s.diagnostics();
  REQUIRE(published[s.uri("extra.kubus")]["diagnostics"].size() == 1);
}

TEST_CASE("formatting ranges count UTF-16 units on the last line", "[lsp][formatting]") {
  LspSession s(test::claims_model());
  s.open("dutch.kubus", "unit u  \"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80\"");
  Json edits = format(s, "dutch.kubus");
  REQUIRE(edits.size() == 1);
  CHECK(edits[0]["range"]["end"] == Json{{"line", 0}, {"character", 16}});
  CHECK(edits[0]["newText"] == "unit u \"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80\"\n");
}

TEST_CASE("document symbols: the declarations and their fields", "[lsp][symbols]") {
  LspSession s(test::claims_model(), {{"textDocument", {{"documentSymbol", {{"hierarchicalDocumentSymbolSupport", true}}}}}});
  Json symbols = s.request("textDocument/documentSymbol", {{"textDocument", {{"uri", s.uri("journey.kubus")}}}});
  REQUIRE(symbols.size() == 4);
  std::vector<std::string> names;
  for (const auto& sym : symbols) names.push_back(sym["name"]);
  CHECK(names == std::vector<std::string>{"submit-claim", "claim-question", "claims-to-service", "owned"});
  CHECK(symbols[0]["kind"] == lsp::symbol_kind::kEvent);
  CHECK(symbols[0]["detail"] == "touchpoint \"Submit a claim\"");
  CHECK(symbols[0]["range"] == test::range(0, 0, 7, 1));
  CHECK(symbols[0]["selectionRange"] == test::range(0, 11, 0, 23));
  std::vector<std::string> fields;
  for (const auto& f : symbols[0]["children"]) fields.push_back(f["name"]);
  CHECK(fields == std::vector<std::string>{"phase", "mandatory", "owner", "channels", "uses", "next"});
  CHECK(symbols[0]["children"][3]["detail"] == "[portal]");
  CHECK(symbols[3]["kind"] == lsp::symbol_kind::kFunction);

  Json org = s.request("textDocument/documentSymbol", {{"textDocument", {{"uri", s.uri("org.kubus")}}}});
  CHECK(org[0]["name"] == "use ccm");
  CHECK(org[0]["kind"] == lsp::symbol_kind::kModule);
}

TEST_CASE("document symbols as a flat list for a client without hierarchy", "[lsp][symbols]") {
  LspSession s(test::claims_model());
  Json symbols = s.request("textDocument/documentSymbol", {{"textDocument", {{"uri", s.uri("journey.kubus")}}}});
  REQUIRE(symbols.size() == 4);
  CHECK(symbols[1]["name"] == "claim-question");
  CHECK(symbols[1]["location"]["uri"] == s.uri("journey.kubus"));
  CHECK(symbols[1]["location"]["range"]["start"]["line"] == 9);
  CHECK_FALSE(symbols[1].contains("children"));
}

TEST_CASE("workspace symbols: entities by ID or title, any case", "[lsp][symbols]") {
  LspSession s(test::claims_model());
  std::set<std::string> found;
  for (const auto& sym : s.request("workspace/symbol", {{"query", "CLAIM"}})) found.insert(sym["name"]);
  for (const char* id : {"claims", "claims-manager", "submit-claim", "claim-question", "claims-to-service"})
    CHECK(found.count(id));
  CHECK_FALSE(found.count("phone"));
  Json portal = s.request("workspace/symbol", {{"query", "my port"}});
  REQUIRE(portal.size() == 1);
  CHECK(portal[0]["name"] == "portal");
  CHECK(portal[0]["containerName"] == "channel");
  CHECK(portal[0]["location"]["uri"] == s.uri("org.kubus"));
}
