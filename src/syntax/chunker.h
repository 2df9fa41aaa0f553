// Splits a file into top-level chunks before ANTLR sees it. Parsing chunk by
// chunk keeps memory bounded on huge models, lets a syntax error in one
// declaration leave the others intact, and refuses absurd nesting before the
// recursive-descent parser could overflow the stack.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "diag/diagnostic.h"

namespace kubus::syntax {

struct Chunk {
  std::size_t begin = 0;  // byte offsets; a chunk always starts at a line start
  std::size_t end = 0;
  std::uint32_t first_line = 1;
  std::optional<std::size_t> too_deep;    // offset of the bracket past kMaxNesting: not parsed
  std::optional<std::size_t> unclosed;    // offset of a bracket still open where the chunk was cut
};

// A chunk ends after a line on which a top-level `}` closed, or before a line
// that starts in column 1 with what looks like a new declaration (`KIND ID`,
// `use`, `rule`), even while a bracket is still open: a missing `}` then
// costs one declaration, not the rest of the file. A chunk of blanks only is
// left out.
std::vector<Chunk> split_chunks(const SourceFile& file);

// Span of a byte range within one line of a file.
Span span_at(const SourceFile& file, FileId id, std::size_t offset, std::size_t length);

}  // namespace kubus::syntax
