// The syntax stage: text to ast::File, with syntax diagnostics collected.
#pragma once
#include "diag/diagnostic.h"
#include "syntax/ast.h"

namespace kubus::syntax {

// Deepest bracket nesting accepted; deeper input is reported, not recursed into.
inline constexpr int kMaxNesting = 64;

// Antlr sends every chunk through the generated parser; only the tests that prove
// the fast path (syntax/entity_parser.h) equivalent to it ask for that.
enum class ParsePath { Fast, Antlr };

ast::File parse(const SourceManager& sm, FileId file, Diagnostics& diags, ParsePath path = ParsePath::Fast);

}  // namespace kubus::syntax
