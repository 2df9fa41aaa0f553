// The syntax stage: text to ast::File, with syntax diagnostics collected.
#pragma once
#include "diag/diagnostic.h"
#include "syntax/ast.h"

namespace kubus::syntax {

// Deepest bracket nesting accepted; deeper input is reported, not recursed into.
inline constexpr int kMaxNesting = 64;

ast::File parse(const SourceManager& sm, FileId file, Diagnostics& diags);

}  // namespace kubus::syntax
