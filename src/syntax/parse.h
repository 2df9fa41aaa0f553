// The syntax stage: text to ast::File (or one expression to ast::Expr), with
// syntax diagnostics collected.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "syntax/ast.h"

namespace kubus::syntax {

// Deepest bracket nesting accepted; deeper input is reported, not recursed into.
inline constexpr int kMaxNesting = 64;

// Antlr sends every chunk through the generated parser; only the tests that prove
// the fast path (syntax/entity_parser.h) equivalent to it ask for that.
enum class ParsePath { Fast, Antlr };

ast::File parse(const SourceManager& sm, FileId file, Diagnostics& diags, ParsePath path = ParsePath::Fast);

// One expression of the rule language on its own (the grammar's `expr` rule as
// an entry point), such as the `{...}` of a message template. `text` is what the
// parser reads; it stands on line `line` of `file`, its code point k at column
// `columns[k]`, and `columns` has one entry more, the column just past its end
// (text decoded from a string literal, whose escapes are wider in the file, maps
// each character to where it was written). The expression points into `text`,
// which must outlive it.
struct ExpressionText {
  FileId file = 0;
  std::uint32_t line = 0;
  std::string_view text;
  std::vector<std::uint32_t> columns;
};

struct ParsedExpression {
  ast::ExprPtr expr;  // null when the text is not one expression: it does not parse
                      // (the errors are in `diags`) or more follows (`rest`)
  Span rest;          // valid when text follows a complete expression: its first token
};

// Parses `source` with the checks and limits of a rule (stray characters,
// nesting and prefix operators up to kMaxNesting, at most 5000 tokens); spans
// point into `source.file`. Syntax errors are worded as in a file, the end of
// the text being "the end of the expression".
ParsedExpression parse_expression(const ExpressionText& source, Diagnostics& diags);

}  // namespace kubus::syntax
