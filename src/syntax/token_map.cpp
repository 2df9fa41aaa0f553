#include "syntax/token_map.h"

#include <antlr4-runtime.h>

#include "support/text.h"

namespace kubus::syntax {

TokenMap::TokenMap(const SourceFile& file, FileId id, std::size_t begin, std::size_t end, std::uint32_t first_line)
    : file_(file), id_(id), begin_(begin), end_(end), first_line_(first_line) {
  std::string_view c = chunk();
  ascii_ = std::all_of(c.begin(), c.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  if (ascii_) return;
  cp_to_byte_ = utf8_offsets(c);
}

std::string_view TokenMap::text(const antlr4::Token* t) const {
  if (t->getType() == antlr4::Token::EOF) return {};
  std::size_t a = byte(t->getStartIndex());
  std::size_t b = byte(t->getStopIndex() + 1);
  return std::string_view(file_.text).substr(a, b - a);
}

Span TokenMap::span(const antlr4::Token* t) const {
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
