// Diagnostics on open and on change are those of `kubus check`: the same
// codes, ranges and help text, per file, cleared when fixed.
#include "driver/check.h"
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

std::map<std::string, std::string> broken_model() {
  auto files = test::claims_model();
  auto& j = files["journey.kubus"];
  j.replace(j.find("owner: claims-manager"), 21, "owner: claims-mgr");
  j += "\nrole claims-manager \"Twice\" {\n  department: service\n}\n";
  j += "\ntouchpoint broken \"Broken\" {\n  phase: settle\n  channels: [portal\n";
  return files;
}

}  // namespace

TEST_CASE("diagnostics on open are kubus check's: codes, ranges, messages and help", "[lsp][diagnostics]") {
  LspSession s(broken_model());
  s.open_from_disk("journey.kubus");
  auto published = s.diagnostics();

  driver::Session check(LspSession::options().load);
  driver::check(check, {s.dir().generic_string()});
  check.diags.sort(check.sm);
  REQUIRE(check.diags.all().size() >= 3);
  std::size_t total = 0;
  for (const auto& [uri, p] : published) total += p["diagnostics"].size();
  CHECK(total == check.diags.all().size());
  for (const Diagnostic& d : check.diags.all()) {
    INFO(d.message);
    std::string uri = lsp::uri_of_path(check.sm.file(d.span.file).path);
    REQUIRE(published.count(uri));
    bool found = false;
    for (const auto& pd : published[uri]["diagnostics"]) {
      if (pd["code"] != info(d.code).code || pd["range"]["start"]["line"] != d.span.line - 1) continue;
      found = true;
      CHECK(pd["range"]["start"]["character"] == d.span.col - 1);  // ASCII lines: code points are UTF-16 units
      CHECK(pd["range"]["end"]["character"] == d.span.end_col - 1);
      CHECK(pd["source"] == "kubus");
      CHECK(pd["severity"] == (d.severity == Severity::Error ? 1 : d.severity == Severity::Warning ? 2 : 3));
      std::string message = pd["message"];
      CHECK(message.rfind(d.message, 0) == 0);
      if (!d.help.empty()) CHECK_THAT(message, Catch::Contains("help: " + d.help));
    }
    CHECK(found);
  }
  // The version of the open buffer is named; a file not open has none.
  CHECK(published[s.uri("journey.kubus")]["version"] == 1);
}

TEST_CASE("a fix clears a file's diagnostics, an edit in one file republishes another", "[lsp][diagnostics]") {
  LspSession s(test::claims_model());
  s.open_from_disk("org.kubus");
  s.open_from_disk("journey.kubus");
  CHECK(s.diagnostics().empty());  // a clean model: nothing to publish

  // Renaming the role in org.kubus breaks the reference in journey.kubus.
  std::string org = test::claims_model().at("org.kubus");
  auto [line, col] = test::find_pos(org, "role claims-manager", 5);
  s.edit("org.kubus", test::range(line, col, line, col + 14), "claims-manger", 2);
  auto after = s.diagnostics();
  REQUIRE(after.count(s.uri("journey.kubus")) == 1);
  CHECK(after.count(s.uri("org.kubus")) == 0);
  const Json& list = after[s.uri("journey.kubus")]["diagnostics"];
  REQUIRE(list.size() == 1);
  CHECK(list[0]["code"] == "E0203");
  CHECK_THAT(list[0]["message"].get<std::string>(), Catch::Contains("did you mean 'claims-manger'"));

  // Undo: journey.kubus is cleared with an empty list.
  s.edit("org.kubus", test::range(line, col, line, col + 13), "claims-manager", 3);
  auto cleared = s.diagnostics();
  REQUIRE(cleared.count(s.uri("journey.kubus")) == 1);
  CHECK(cleared[s.uri("journey.kubus")]["diagnostics"].empty());
  CHECK(cleared[s.uri("journey.kubus")]["version"] == 1);
  // Nothing changed since: nothing is sent again.
  s.edit("org.kubus", test::range(0, 0, 0, 0), "", 4);
  CHECK(s.diagnostics().empty());
}

TEST_CASE("a burst of edits is checked once, when no message waits", "[lsp][diagnostics]") {
  LspSession s(test::claims_model());
  s.open_from_disk("journey.kubus");
  s.diagnostics();
  s.edit("journey.kubus", test::range(3, 9, 3, 23), "nobody", 2);
  for (int v = 3; v < 7; ++v) s.edit("journey.kubus", test::range(0, 0, 0, 0), "# edit\n", v);
  CHECK(s.server().pending());
  auto published = s.diagnostics();
  REQUIRE(published.size() == 1);
  const Json& p = published[s.uri("journey.kubus")];
  CHECK(p["version"] == 6);
  REQUIRE(p["diagnostics"].size() == 1);
  CHECK(p["diagnostics"][0]["range"]["start"]["line"] == 7);  // moved down by the four comment lines
  CHECK_FALSE(s.server().pending());
}

TEST_CASE("notes are related locations when the client shows them, else text", "[lsp][diagnostics]") {
  auto files = test::claims_model();
  files["zz-more.kubus"] = "channel portal \"Another portal\" {\n  medium: web\n}\n";
  LspSession with(files, {{"textDocument", {{"publishDiagnostics", {{"relatedInformation", true}}}}}});
  with.open_from_disk("zz-more.kubus");
  auto d = with.diagnostics()[with.uri("zz-more.kubus")]["diagnostics"];
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "E0204");
  REQUIRE(d[0]["relatedInformation"].size() == 1);
  CHECK(d[0]["relatedInformation"][0]["location"]["uri"] == with.uri("org.kubus"));
  CHECK(d[0]["relatedInformation"][0]["message"] == "first declared here");

  LspSession without(files);
  without.open_from_disk("zz-more.kubus");
  auto t = without.diagnostics()[without.uri("zz-more.kubus")]["diagnostics"];
  REQUIRE(t.size() == 1);
  CHECK_FALSE(t[0].contains("relatedInformation"));
  CHECK_THAT(t[0]["message"].get<std::string>(), Catch::Contains("note: first declared here: " + without.path("org.kubus")));
}

TEST_CASE("ranges on lines with non-ASCII text count UTF-16 units, or code points under utf-32", "[lsp][diagnostics]") {
  auto files = test::claims_model();
  // "één" is 3 code points and 3 UTF-16 units; the emoji 1 code point and 2 units.
  files["dutch.kubus"] = "role lezer \"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80 lezer\" { departmnt: claims }\n";
  const int cps_before = 27;  // `role lezer "één 😀 lezer" { ` in code points
  auto unknown_field = [](const Json& list) {
    for (const auto& d : list)
      if (d["code"] == "E0202") return d;
    FAIL("no E0202 in " << list.dump());
    return Json();
  };
  LspSession utf16(files);
  utf16.open_from_disk("dutch.kubus");
  Json d16 = unknown_field(utf16.diagnostics()[utf16.uri("dutch.kubus")]["diagnostics"]);
  CHECK(d16["range"]["start"] == Json{{"line", 0}, {"character", cps_before + 1}});
  CHECK(d16["range"]["end"] == Json{{"line", 0}, {"character", cps_before + 1 + 9}});

  LspSession utf32(files, {{"general", {{"positionEncodings", {"utf-32"}}}}});
  utf32.open_from_disk("dutch.kubus");
  Json d32 = unknown_field(utf32.diagnostics()[utf32.uri("dutch.kubus")]["diagnostics"]);
  CHECK(d32["range"]["start"] == Json{{"line", 0}, {"character", cps_before}});

  LspSession utf8(files, {{"general", {{"positionEncodings", {"utf-8"}}}}});
  utf8.open_from_disk("dutch.kubus");
  Json d8 = unknown_field(utf8.diagnostics()[utf8.uri("dutch.kubus")]["diagnostics"]);
  CHECK(d8["range"]["start"] == Json{{"line", 0}, {"character", cps_before + 2 + 3}});  // é: 1 byte more each, the emoji 3
}

TEST_CASE("an unsaved buffer is what is checked, closing it brings back the file on disk", "[lsp][diagnostics]") {
  LspSession s(test::claims_model());
  std::string text = test::claims_model().at("journey.kubus");
  s.open("journey.kubus", text + "\nunit bad {\n  colour: red\n}\n");
  auto open = s.diagnostics();
  REQUIRE(open[s.uri("journey.kubus")]["diagnostics"].size() == 1);
  s.notify("textDocument/didClose", {{"textDocument", {{"uri", s.uri("journey.kubus")}}}});
  CHECK(s.diagnostics()[s.uri("journey.kubus")]["diagnostics"].empty());
}

TEST_CASE("a new buffer not yet saved is part of the model", "[lsp][diagnostics]") {
  LspSession s(test::claims_model());
  s.open("draft.kubus", "touchpoint draft \"Draft\" {\n  phase: promise\n  owner: claims-manager\n  next: [nowhere]\n}\n");
  auto d = s.diagnostics()[s.uri("draft.kubus")]["diagnostics"];
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "E0203");
  CHECK(d[0]["range"]["start"] == Json{{"line", 3}, {"character", 9}});
}

TEST_CASE("an empty model directory is said once in a message", "[lsp][diagnostics]") {
  LspSession s(std::map<std::string, std::string>{{"notes.txt", "no model here"}});
  s.server().idle();
  s.notify("workspace/didChangeWatchedFiles", {{"changes", Json::array()}});
  auto shown = s.take("window/showMessage");
  REQUIRE(shown.size() == 1);
  CHECK_THAT(shown[0]["params"]["message"].get<std::string>(), Catch::Contains("no .kubus files"));
  s.notify("workspace/didChangeWatchedFiles", {{"changes", Json::array()}});
  CHECK(s.take("window/showMessage").empty());
}
