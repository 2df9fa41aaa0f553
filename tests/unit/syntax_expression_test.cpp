// syntax::parse_expression: one expression through the grammar's `expression`
// entry rule, with spans placed where the text stands in its file.
#include <catch2/catch.hpp>

#include <string>

#include "support/text.h"
#include "syntax/parse.h"

using namespace kubus;

namespace {

constexpr FileId kFile = 3;
constexpr std::uint32_t kLine = 7;

struct Parsed {
  std::string text;
  syntax::ParsedExpression result;
  Diagnostics diags;
};

// `text` as if written on line kLine from column `first`, one column per code point.
Parsed parse(std::string text, std::uint32_t first = 20) {
  Parsed p{std::move(text), {}, Diagnostics()};
  syntax::ExpressionText source{kFile, kLine, p.text, {}};
  std::uint32_t col = first;
  for (std::size_t i = 0; i < utf8_offsets(p.text).size(); ++i) source.columns.push_back(col++);
  p.result = syntax::parse_expression(source, p.diags);
  return p;
}

}  // namespace

TEST_CASE("parse_expression: the tree of one expression, spans where it stands", "[syntax]") {
  Parsed p = parse("count(t.channels) >= 2 days");
  REQUIRE(p.diags.all().empty());
  REQUIRE(p.result.expr);
  const ast::Expr& cmp = *p.result.expr;
  CHECK(cmp.kind == ast::ExprKind::Cmp);
  CHECK(cmp.op == ast::CmpOp::Ge);
  CHECK(cmp.span.file == kFile);
  CHECK(cmp.span.line == kLine);
  CHECK(cmp.span.col == 20);
  CHECK(cmp.span.end_col == 47);  // 27 characters
  const ast::Expr& call = *cmp.kids.at(0);
  CHECK(call.kind == ast::ExprKind::Call);
  CHECK(call.text == "count");
  const ast::Expr& path = *call.kids.at(0);
  CHECK(path.kind == ast::ExprKind::Path);
  CHECK(path.var.text == "channels");
  CHECK(path.var.span.col == 28);
  const ast::Expr& days = *cmp.kids.at(1);
  CHECK(days.kind == ast::ExprKind::Number);
  CHECK(days.text == "2");
  CHECK(days.unit == "days");  // a word after a number on its line is its unit, as in a file
}

TEST_CASE("parse_expression: columns come from the map, so decoded text keeps its file columns", "[syntax]") {
  // Decoded text: the `é` was written as a two-column escape, so later characters stand one column further right.
  std::string text = "\"é\" == t.purpose";
  syntax::ExpressionText source{kFile, kLine, text, {}};
  std::uint32_t col = 10;
  for (std::size_t k = 0; k < utf8_offsets(text).size(); ++k) source.columns.push_back(col += (k == 1 ? 2 : 1));
  Diagnostics diags;
  auto parsed = syntax::parse_expression(source, diags);
  REQUIRE(diags.all().empty());
  REQUIRE(parsed.expr);
  const ast::Expr& purpose = *parsed.expr->kids.at(1);
  CHECK(purpose.var.text == "purpose");
  CHECK(purpose.var.span.col == source.columns[9]);  // `"é" == t.` is nine code points
  CHECK(purpose.var.span.end_col == source.columns.back());
  CHECK(parsed.expr->kids.at(0)->text == "\"é\"");
}

TEST_CASE("parse_expression: a syntax error is located and worded as in a file", "[syntax]") {
  SECTION("the text ends too early") {
    Parsed p = parse("t.");
    CHECK_FALSE(p.result.expr);
    REQUIRE(p.diags.all().size() == 1);
    const Diagnostic& d = p.diags.all()[0];
    CHECK(d.code == Code::Syntax);
    CHECK(d.message == "unexpected end of the expression; expected a name");
    CHECK(d.span.line == kLine);
    CHECK(d.span.col == 22);  // just past the text
  }
  SECTION("the error is where the input stops fitting, not where a decision began") {
    Parsed p = parse("t.owner is nne");
    CHECK_FALSE(p.result.expr);
    REQUIRE(p.diags.all().size() == 1);
    CHECK(p.diags.all()[0].message.rfind("unexpected 'nne'", 0) == 0);
    CHECK(p.diags.all()[0].span.col == 31);
  }
  SECTION("a character the lexer cannot take") {
    Parsed p = parse("t.owner ; x");
    CHECK_FALSE(p.result.expr);
    REQUIRE_FALSE(p.diags.all().empty());
    CHECK(p.diags.all()[0].code == Code::UnexpectedChar);
    CHECK(p.diags.all()[0].span.col == 28);
  }
  SECTION("a string left open") {
    Parsed p = parse("t.purpose == \"abc");
    CHECK_FALSE(p.result.expr);
    REQUIRE_FALSE(p.diags.all().empty());
    CHECK(p.diags.all()[0].code == Code::UnterminatedString);
  }
}

TEST_CASE("parse_expression: a second expression is not an error in the first", "[syntax]") {
  Parsed p = parse("t expect t");
  CHECK(p.diags.all().empty());
  CHECK_FALSE(p.result.expr);
  REQUIRE(p.result.rest.valid());
  CHECK(p.result.rest.col == 22);  // `expect`
}

TEST_CASE("parse_expression: nesting and size are bounded", "[syntax]") {
  SECTION("brackets") {
    Parsed p = parse(std::string(200, '(') + "t" + std::string(200, ')'));
    CHECK_FALSE(p.result.expr);
    REQUIRE(p.diags.all().size() == 1);
    CHECK(p.diags.all()[0].code == Code::TooDeep);
    CHECK(p.diags.all()[0].span.col == 20 + syntax::kMaxNesting);
  }
  SECTION("prefix operators") {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "not ";
    Parsed p = parse(text + "true");
    CHECK_FALSE(p.result.expr);
    REQUIRE(p.diags.all().size() == 1);
    CHECK(p.diags.all()[0].code == Code::TooDeep);
  }
  SECTION("tokens") {
    std::string text = "1";
    for (int i = 0; i < 3000; ++i) text += " + 1";
    Parsed p = parse(text);
    CHECK_FALSE(p.result.expr);
    REQUIRE(p.diags.all().size() == 1);
    CHECK(p.diags.all()[0].code == Code::TooDeep);
    CHECK(p.diags.all()[0].message == "expression is too large (more than 5000 tokens)");
  }
  SECTION("just inside the limits parses") {
    Parsed p = parse(std::string(syntax::kMaxNesting, '(') + "t" + std::string(syntax::kMaxNesting, ')'));
    CHECK(p.diags.all().empty());
    CHECK(p.result.expr);
  }
}
