// Internal to the syntax module: maps ANTLR token positions (code points,
// lines relative to what was lexed) back to byte views and spans of the
// source file.
#pragma once
#include <algorithm>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace kubus::syntax {

class TokenMap {
 public:
  // A chunk of `file`: bytes [begin, end), starting on line `first_line`.
  TokenMap(const SourceFile& file, FileId id, std::size_t begin, std::size_t end, std::uint32_t first_line);
  // Text that is not the file's own bytes (an expression decoded from a string
  // literal) but stands on line `line` of file `id`: code point k at column
  // columns[k], and columns[size] just past its end. Both must outlive the map.
  TokenMap(std::string_view text, FileId id, std::uint32_t line, const std::vector<std::uint32_t>& columns);

  std::string_view text(const antlr4::Token* t) const;
  Span span(const antlr4::Token* t) const;
  Span span(antlr4::ParserRuleContext* ctx) const;
  Span join(const antlr4::Token* a, const antlr4::Token* b) const;
  std::string_view chunk() const { return text_.substr(begin_, end_ - begin_); }

 private:
  void index_bytes();
  std::size_t byte(std::size_t cp) const { return begin_ + (ascii_ ? cp : cp_to_byte_[cp]); }
  std::uint32_t column(std::size_t cp) const { return (*columns_)[std::min(cp, columns_->size() - 1)]; }

  std::string_view text_;  // the file's text, or text of its own
  FileId id_;
  std::size_t begin_, end_;
  std::uint32_t first_line_;
  const std::vector<std::uint32_t>* columns_ = nullptr;  // set for text of its own
  bool ascii_ = true;
  std::vector<std::uint32_t> cp_to_byte_;  // only for text with non-ASCII characters
};

}  // namespace kubus::syntax
