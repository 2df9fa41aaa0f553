// Bounded output (issue 9): however many diagnostics a model produces, what is
// printed stays small, the counts stay exact, a long line is quoted around its
// column only, and every unknown reference still gets a did-you-mean.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/render.h"
#include "support/text.h"
#include "test_util.h"

using namespace kubus;

namespace {

// One touchpoint whose `channels` list names `n` channels that do not exist, all on one line.
std::string unknown_channels_on_one_line(std::size_t n) {
  std::string refs;
  for (std::size_t i = 0; i < n; ++i) refs += (i ? ", ch" : "ch") + std::to_string(i);
  return "touchpoint t \"T\" {\n  phase: promise\n  channels: [" + refs + "]\n}\n";
}

std::size_t count_of(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

std::size_t longest_line(const std::string& text) {
  std::size_t longest = 0, start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    longest = std::max(longest, utf8_length(std::string_view(text).substr(start, nl - start)));
  return longest;
}

}  // namespace

TEST_CASE("5,000 unknown references on one line print a bounded report with exact counts", "[diag]") {
  auto l = test::load_text(unknown_channels_on_one_line(5000));
  REQUIRE(l->diags.error_count() == 5000);
  CHECK(l->diags.count() == 5000);
  CHECK(l->diags.all().size() <= 4096);  // kept: bounded, the rest counted
  std::string text = test::rendered_text(l->diags, l->sm);
  CHECK(text.size() < 100'000);
  CHECK(count_of(text, "error[E0203]") == l->diags.limits().per_file);
  CHECK(longest_line(text) <= 140);
  CHECK(text.find("and 4900 more error(s) not shown (at most 100 per file and 200 in all are shown)\n") !=
        std::string::npos);
  CHECK(text.ends_with("\n5000 error(s), 0 warning(s) or note(s)\n"));
  // The first ones by column are the ones shown.
  CHECK(text.find("unknown channel 'ch0'\n") != std::string::npos);
  CHECK(text.find("unknown channel 'ch99'\n") != std::string::npos);
  CHECK(text.find("unknown channel 'ch100'\n") == std::string::npos);
}

TEST_CASE("100,000 diagnostics are counted without keeping them all", "[diag]") {
  SourceManager sm;
  FileId a = sm.add("a.kubus", "x\n"), b = sm.add("b.kubus", "y\n");
  Diagnostics diags;
  for (std::uint32_t i = 100'000; i > 0; --i)
    diags.add(Code::UnknownReference, Span{i % 2 ? a : b, 1, i, 1, i + 1}, "unknown " + std::to_string(i));
  diags.add(Code::ShadowedVariable, Span{a, 1, 1, 1, 2}, "a warning");
  CHECK(diags.error_count() == 100'000);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.all().size() <= 8192);
  diags.sort(sm);
  auto shown = diags.shown();
  REQUIRE(shown.size() == 200);
  // Each file's first 100 by column, although they arrived last.
  CHECK(shown[0]->message == "unknown 1");
  CHECK(shown[1]->message == "a warning");  // same place: by code
  CHECK(shown[99]->message == "unknown 197");
  CHECK(shown[100]->message == "unknown 2");
  CHECK(shown[199]->message == "unknown 200");
}

TEST_CASE("JSON and SARIF carry the same bounded set and say how many were left out", "[diag]") {
  auto l = test::load_text(unknown_channels_on_one_line(500));
  std::ostringstream json, sarif;
  render_json(json, l->diags, l->sm);
  render_sarif(sarif, l->diags, l->sm, "test");
  auto j = nlohmann::json::parse(json.str());
  CHECK(j["diagnostics"].size() == 100);
  CHECK(j["errors"] == 500);
  CHECK(j["warnings"] == 0);
  CHECK(j["omitted"] == 400);
  auto s = nlohmann::json::parse(sarif.str());
  CHECK(s["runs"][0]["results"].size() == 100);
  CHECK(s["runs"][0]["properties"]["omittedResults"] == 400);
}

TEST_CASE("JSON of a clean run says nothing was left out", "[diag]") {
  SourceManager sm;
  Diagnostics diags;
  std::ostringstream json;
  render_json(json, diags, sm);
  CHECK(json.str() == "{\n  \"diagnostics\": [],\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"omitted\": 0\n}\n");
}

TEST_CASE("A long line is quoted around the column, with ellipses, and the caret under the span", "[diag]") {
  std::string line = "  description: \"" + std::string(5000, 'a') + "\" owner: nobody " + std::string(5000, 'b');
  SourceManager sm;
  FileId f = sm.add("long.kubus", "x\n" + line + "\n");
  auto col = static_cast<std::uint32_t>(line.find("nobody") + 1);
  Diagnostics diags;
  diags.add(Code::UnknownReference, Span{f, 2, col, 2, col + 6}, "unknown role 'nobody'");
  diags.sort(sm);
  std::string text = test::rendered_text(diags, sm);
  INFO(text);
  std::istringstream in(text);
  std::string head, quoted, caret;
  std::getline(in, head);
  std::getline(in, quoted);
  std::getline(in, caret);
  CHECK(head == "long.kubus:2:" + std::to_string(col) + ": error[E0203]: unknown role 'nobody'");
  CHECK(utf8_length(quoted) <= 130);
  CHECK(quoted.find("   2 | …") == 0);
  CHECK(quoted.substr(quoted.size() - 3) == "…");
  // The caret sits under "nobody", as wide as the span.
  std::size_t at = caret.find('^');
  REQUIRE(at != std::string::npos);
  std::size_t quoted_col = utf8_length(std::string_view(quoted).substr(0, quoted.find("nobody")));
  CHECK(at == quoted_col);
  CHECK(caret.substr(at) == "^^^^^^");
}

TEST_CASE("A short line is quoted whole", "[diag]") {
  SourceManager sm;
  FileId f = sm.add("short.kubus", "  owner: nobody\n");
  Diagnostics diags;
  diags.add(Code::UnknownReference, Span{f, 1, 10, 1, 16}, "unknown role 'nobody'");
  diags.sort(sm);
  CHECK(test::rendered_text(diags, sm) ==
        "short.kubus:1:10: error[E0203]: unknown role 'nobody'\n"
        "   1 |   owner: nobody\n"
        "     |          ^^^^^^\n"
        "1 error(s), 0 warning(s) or note(s)\n");
}

TEST_CASE("NameIndex gives the answer of closest() on a small set", "[diag][suggest]") {
  std::vector<std::string> names = {"claims-manager", "service-manager", "cx-lead", "settle", "promise"};
  NameIndex index(names);
  for (std::string word : {"claims-mgr", "servce-manager", "setle", "cx-led", "zzz", "promis", "claims-manager"})
    CHECK(index.closest(word) == closest(word, names));
}

TEST_CASE("NameIndex finds typos at either end of an ID among 100,000", "[diag][suggest]") {
  std::vector<std::string> ids;
  for (int i = 0; i < 100'000; ++i) ids.push_back("role-" + std::to_string(i) + "-manager");
  NameIndex index(ids);
  CHECK(index.closest("role-4242-manger") == "role-4242-manager");   // a typo at the end
  CHECK(index.closest("rloe-77777-manager") == "role-77777-manager");  // and at the start
  // Every one of 20,000 distinct typos gets its suggestion.
  std::size_t found = 0;
  for (int i = 0; i < 20'000; ++i) found += index.closest("role-" + std::to_string(i * 5) + "-manger").has_value();
  CHECK(found == 20'000);
}

TEST_CASE("Every shown unknown reference gets its did-you-mean, however many there are", "[diag][suggest]") {
  std::string text;
  for (int i = 0; i < 20'000; ++i) text += "role r" + std::to_string(i) + "-manager { department: d }\n";
  text += "department d { kind: line }\n";
  for (int i = 0; i < 20'000; ++i)
    text += "touchpoint t" + std::to_string(i) + " { phase: use owner: r" + std::to_string(i) + "-manger }\n";
  auto l = test::load_text(text);
  CHECK(l->diags.error_count() == 20'000);
  auto shown = l->diags.shown();
  REQUIRE(shown.size() == 100);
  for (const Diagnostic* d : shown) {
    INFO(d->message);
    CHECK(d->help.rfind("did you mean 'r", 0) == 0);
  }
}
