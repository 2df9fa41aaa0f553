// `kubus fmt`: one canonical layout for a parsed file, comments kept.
#pragma once
#include <string>

#include "support/source.h"
#include "syntax/ast.h"

namespace kubus::format {

// The canonical text of `file`, which must have parsed without errors (file.ok)
// from `src`. Idempotent, and parsing the result gives the same tree modulo spans.
// A file with neither declarations nor comments formats to the empty string;
// anything else ends with exactly one newline.
std::string format_file(const ast::File& file, const SourceFile& src);

}  // namespace kubus::format
