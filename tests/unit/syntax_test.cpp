#include <catch2/catch.hpp>

#include "syntax/parse.h"
#include "test_util.h"

using namespace kubus;

namespace {

struct Parsed {
  SourceManager sm;
  Diagnostics diags;
  ast::File file;
};

std::unique_ptr<Parsed> parse_text(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  FileId id = p->sm.add("test.kubus", text);
  p->file = syntax::parse(p->sm, id, p->diags);
  return p;
}

}  // namespace

TEST_CASE("entity declarations keep kind, id, title, members and spans", "[syntax]") {
  auto p = parse_text("touchpoint claim-form \"Claim form\" {\n  phase: settle\n  cost: 4.20 EUR\n}\n");
  REQUIRE(p->diags.all().empty());
  REQUIRE(p->file.decls.size() == 1);
  const auto& d = p->file.decls[0];
  CHECK(d.keyword_or_kind.text == "touchpoint");
  CHECK(d.id.text == "claim-form");
  CHECK(d.title == "\"Claim form\"");
  CHECK(d.id.span.line == 1);
  CHECK(d.id.span.col == 12);
  REQUIRE(d.members.size() == 2);
  CHECK(d.members[1].key.text == "cost");
  CHECK(d.members[1].value.kind == ast::ValueKind::Quantity);
  CHECK(d.members[1].value.text == "4.20");
  CHECK(d.members[1].value.unit() == "EUR");
  CHECK(d.members[1].span().line == 3);
}

TEST_CASE("every value form parses to its kind", "[syntax]") {
  auto p = parse_text(
      "x y {\n  s: \"a \\\"b\\\"\"\n  b: true\n  d: 2026-11-20\n  q: 2027-Q1\n  n: 1_200_000\n  r: 1200000 /year\n"
      "  p: 30 %\n  h: a -> b\n  c: response-time <= 2 days\n  t: >= 30\n  l: [a, b,]\n  ref: use\n  e: -5\n}\n");
  REQUIRE(p->diags.all().empty());
  const auto& m = p->file.decls.at(0).members;
  using K = ast::ValueKind;
  std::vector<K> kinds{K::String, K::Bool, K::Date, K::Quarter, K::Quantity, K::Quantity, K::Quantity,
                       K::Handoff, K::Comparison, K::Comparison, K::List, K::Ref, K::Quantity};
  REQUIRE(m.size() == kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) CHECK(m[i].value.kind == kinds[i]);
  CHECK(m[5].value.unit() == "/year");
  CHECK(m[6].value.unit() == "%");
  CHECK(m[7].value.left().text == "a");
  CHECK(m[7].value.text == "b");
  // The left name's span is worked out from the value's: line 9, `a` at column 6.
  ast::Name from = m[7].value.left();
  CHECK((from.span.line == 9 && from.span.col == 6 && from.span.end_line == 9 && from.span.end_col == 7));
  CHECK(m[8].value.left().text == "response-time");
  CHECK(m[8].value.op == ast::CmpOp::Le);
  REQUIRE(m[8].value.items.size() == 1);
  CHECK(m[8].value.items[0].unit() == "days");
  CHECK(m[8].value.unit().empty());
  CHECK(m[9].value.left().text.empty());
  CHECK(m[10].value.items.size() == 2);
  CHECK(m[11].value.text == "use");  // keywords are names outside rules
  CHECK(m[12].value.text == "-5");
}

TEST_CASE("a block member spans from its key to its closing brace", "[syntax]") {
  auto p = parse_text("touchpoint t {\n  feedback {\n    closed-loop: true\n  }\n  effort: 2\n}\n");
  REQUIRE(p->diags.all().empty());
  const auto& m = p->file.decls.at(0).members;
  REQUIRE(m.size() == 2);
  Span block = m[0].span();
  CHECK((block.line == 2 && block.col == 3 && block.end_line == 4 && block.end_col == 4));
  Span field = m[1].span();
  CHECK((field.line == 5 && field.col == 3 && field.end_line == 5 && field.end_col == 12));
  REQUIRE(m[0].members.size() == 1);
  CHECK(m[0].members[0].span().end_col == 22);
}

TEST_CASE("a word on the next line is not a unit", "[syntax]") {
  auto p = parse_text("organisation o {\n  customers: 1200\n  employees: 30\n}\n");
  REQUIRE(p->diags.all().empty());
  CHECK(p->file.decls[0].members[0].value.unit().empty());
}

TEST_CASE("rules parse with every clause and expression form", "[syntax]") {
  auto p = parse_text(
      "rule r \"R\" {\n  severity: error\n  message: \"{t} fails\"\n  for t in touchpoints where t.mandatory and not t.phase == use\n"
      "  expect t.owner is not none and t.department.kind == line or count([c in t.uses where customer-history in c.capabilities]) >= 1"
      " and all h in t.outgoing: h.covered and any x in t.channels: x.medium != post and no k in t.kpis: k.actual is none"
      " and (t.cost * 2 - 1 EUR) / 3 < 5 EUR and email not in t.channels and sum(t.uses.cost) > -1 EUR and [a, b] == [a, b]\n}\n");
  INFO(p->diags.all().size());
  REQUIRE(p->diags.all().empty());
  const auto& d = p->file.decls.at(0);
  CHECK(d.kind == ast::DeclKind::Rule);
  REQUIRE(d.items.size() == 4);
  CHECK(d.items[2].kind == ast::RuleItemKind::For);
  CHECK(d.items[2].var.text == "t");
  REQUIRE(d.items[2].where);
  CHECK(d.items[2].where->kind == ast::ExprKind::And);
  CHECK(d.items[3].kind == ast::RuleItemKind::Expect);
  CHECK(d.items[3].coll->kind == ast::ExprKind::Or);  // `or` binds loosest
}

TEST_CASE("comments are collected with their positions", "[syntax]") {
  auto p = parse_text("# head\nunit a \"A\" { # trailing\n  description: \"x\" # more\n}\n");
  REQUIRE(p->file.comments.size() == 3);
  CHECK(p->file.comments[0].line == 1);
  CHECK(p->file.comments[1].text == "# trailing");
  CHECK(p->file.comments[2].line == 3);
}

TEST_CASE("a syntax error costs one declaration, not the file", "[syntax][recovery]") {
  auto p = parse_text("unit a \"A\" {\n  description: : x\n}\n\nunit b \"B\"\n\nunit c \"C\" {\n  description \"x\"\n}\n\nunit d \"D\"\n");
  CHECK(p->diags.error_count() == 2);
  CHECK_FALSE(p->file.ok);
  std::vector<std::string_view> ids;
  for (const auto& d : p->file.decls) ids.push_back(d.id.text);
  CHECK(ids == std::vector<std::string_view>{"b", "d"});
  CHECK(p->diags.all()[0].span.line == 2);
  CHECK(p->diags.all()[1].span.line == 8);
}

TEST_CASE("a missing closing brace points at the opening one", "[syntax][recovery]") {
  auto p = parse_text("unit a \"A\" {\n  description: \"x\"\n\nunit b \"B\"\n");
  REQUIRE(p->diags.all().size() == 1);
  CHECK(p->diags.all()[0].message == "'{' is never closed");
  CHECK(p->diags.all()[0].span.line == 1);
  CHECK(p->diags.all()[0].span.col == 12);
  REQUIRE(p->file.decls.size() == 1);
  CHECK(p->file.decls[0].id.text == "b");
}

TEST_CASE("bad input is diagnosed, never crashes", "[syntax][bad-input]") {
  SECTION("200,000 nested brackets") {
    std::string text = "unit a {\n  description: " + std::string(200000, '[') + "\n}\n";
    auto p = parse_text(text);
    REQUIRE(p->diags.all().size() == 1);
    CHECK(p->diags.all()[0].code == Code::TooDeep);
    CHECK(p->diags.all()[0].span.line == 2);
  }
  SECTION("200,000 nested prefix operators in a rule") {
    std::string text = "rule r {\n  expect " ;
    for (int i = 0; i < 200000; ++i) text += "not ";
    text += "true\n}\n";
    auto p = parse_text(text);
    REQUIRE_FALSE(p->diags.all().empty());
    CHECK(p->diags.all()[0].code == Code::TooDeep);
  }
  SECTION("binary garbage") {
    std::string text = "unit a\n";
    for (int i = 0; i < 4096; ++i) text += static_cast<char>((i * 7919) % 256);
    auto p = parse_text(text);
    REQUIRE(p->diags.all().size() == 1);
    CHECK(p->diags.all()[0].code == Code::BinaryFile);
    CHECK(p->diags.all()[0].span.line >= 1);
  }
  SECTION("invalid UTF-8") {
    auto p = parse_text("unit a \"caf\xe9\"\n");
    REQUIRE(p->diags.all().size() == 1);
    CHECK(p->diags.all()[0].code == Code::InvalidUtf8);
    CHECK(p->diags.all()[0].span.line == 1);
    CHECK(p->diags.all()[0].span.col == 12);
  }
  SECTION("an unterminated string") {
    auto p = parse_text("unit a \"A {\n  description: \"x\"\n}\n");
    REQUIRE_FALSE(p->diags.all().empty());
    CHECK(p->diags.all()[0].code == Code::UnterminatedString);
    CHECK(p->diags.all()[0].span.col == 8);
  }
  SECTION("random printable noise") {
    std::string text;
    std::uint64_t s = 42;
    for (int i = 0; i < 20000; ++i) {
      s = s * 6364136223846793005ULL + 1442695040888963407ULL;
      text += " {}[]():,.->=<!\"#\nabc123_%/"[(s >> 33) % 26];
    }
    auto p = parse_text(text);
    CHECK(p->diags.error_count() >= 1);
    CHECK(p->diags.error_count() <= 51);
  }
  SECTION("an empty file is a valid, empty model") {
    auto p = parse_text("");
    CHECK(p->diags.all().empty());
    CHECK(p->file.decls.empty());
  }
}

TEST_CASE("non-ASCII text keeps columns in characters", "[syntax]") {
  auto p = parse_text("unit e \"Zorg — Noord\" {\n  description: \"ç\" ?\n}\n");
  REQUIRE_FALSE(p->diags.all().empty());
  const auto& d = p->diags.all()[0];
  CHECK(d.code == Code::UnexpectedChar);
  CHECK(d.span.line == 2);
  CHECK(d.span.col == 20);
}

TEST_CASE("a leading byte-order mark is skipped", "[syntax][bad-input]") {
  auto p = parse_text("\xEF\xBB\xBFunit u \"U\"\n");
  REQUIRE(p->diags.all().empty());
  REQUIRE(p->file.decls.size() == 1);
  CHECK(p->file.decls[0].keyword_or_kind.text == "unit");
  CHECK(p->file.decls[0].id.text == "u");
}

TEST_CASE("an unknown string escape is an error at its backslash, in entities and in rules", "[syntax]") {
  for (const std::string& text : {std::string("touchpoint t {\n  purpose: \"a \\q b\"\n  phase: use\n}\n"),
                                 std::string("rule r {\n  expect \"a \\q b\" == \"x\"\n}\n")}) {
    INFO(text);
    auto l = test::load_text(text);
    REQUIRE(l->diags.error_count() == 1);
    const Diagnostic& d = l->diags.all()[0];
    CHECK(d.code == Code::UnknownEscape);
    CHECK(d.message == "unknown escape '\\q' in a string");
    CHECK(d.span.line == 2);
    CHECK(d.span.end_col == d.span.col + 2);
  }
  auto fine = test::load_text("touchpoint t \"\\\"\\\\\\n\\t\" {\n  phase: promise\n}\n");
  CHECK_FALSE(fine->diags.has_errors());
}
