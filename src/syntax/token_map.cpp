#include "syntax/token_map.h"

#include <antlr4-runtime.h>

#include "support/text.h"

namespace kubus::syntax {

TokenMap::TokenMap(const SourceFile& file, FileId id, std::size_t begin, std::size_t end, std::uint32_t first_line)
    : text_(file.text), id_(id), begin_(begin), end_(end), first_line_(first_line) {
  index_bytes();
}

TokenMap::TokenMap(std::string_view text, FileId id, std::uint32_t line, const std::vector<std::uint32_t>& columns)
    : text_(text), id_(id), begin_(0), end_(text.size()), first_line_(line), columns_(&columns) {
  index_bytes();
}

// ANTLR counts code points; only text with non-ASCII characters needs a table to find their bytes.
void TokenMap::index_bytes() {
  std::string_view c = chunk();
  ascii_ = std::all_of(c.begin(), c.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  if (!ascii_) cp_to_byte_ = utf8_offsets(c);
}

std::string_view TokenMap::text(const antlr4::Token* t) const {
  if (t->getType() == antlr4::Token::EOF) return {};
  std::size_t a = byte(t->getStartIndex());
  std::size_t b = byte(t->getStopIndex() + 1);
  return text_.substr(a, b - a);
}

Span TokenMap::span(const antlr4::Token* t) const {
  if (columns_) {  // one line; columns from the map, which knows where each character was written
    std::size_t start = t->getStartIndex();
    std::size_t end = t->getType() == antlr4::Token::EOF ? start : t->getStopIndex() + 1;
    std::uint32_t col = column(start), end_col = column(end);
    return Span{id_, first_line_, col, first_line_, end_col > col ? end_col : col + 1};
  }
  auto line = static_cast<std::uint32_t>(first_line_ + t->getLine() - 1);
  auto col = static_cast<std::uint32_t>(t->getCharPositionInLine() + 1);
  std::uint32_t len = 1;
  if (t->getType() != antlr4::Token::EOF && t->getStopIndex() >= t->getStartIndex())
    len = static_cast<std::uint32_t>(t->getStopIndex() - t->getStartIndex() + 1);
  return Span{id_, line, col, line, col + len};
}

Span TokenMap::join(const antlr4::Token* a, const antlr4::Token* b) const {
  Span s = span(a);
  if (b == nullptr || b->getTokenIndex() < a->getTokenIndex()) return s;
  Span e = span(b);
  s.end_line = e.end_line;
  s.end_col = e.end_col;
  return s;
}

Span TokenMap::span(antlr4::ParserRuleContext* ctx) const { return join(ctx->getStart(), ctx->getStop()); }

}  // namespace kubus::syntax
