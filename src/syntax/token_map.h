// Internal to the syntax module: maps ANTLR token positions (code points,
// chunk-relative lines) back to byte views and spans of the source file.
#pragma once
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
  TokenMap(const SourceFile& file, FileId id, std::size_t begin, std::size_t end, std::uint32_t first_line);
  std::string_view text(const antlr4::Token* t) const;
  Span span(const antlr4::Token* t) const;
  Span span(antlr4::ParserRuleContext* ctx) const;
  Span join(const antlr4::Token* a, const antlr4::Token* b) const;
  std::string_view chunk() const { return std::string_view(file_.text).substr(begin_, end_ - begin_); }

 private:
  std::size_t byte(std::size_t cp) const { return begin_ + (ascii_ ? cp : cp_to_byte_[cp]); }

  const SourceFile& file_;
  FileId id_;
  std::size_t begin_, end_;
  std::uint32_t first_line_;
  bool ascii_;
  std::vector<std::uint32_t> cp_to_byte_;  // only for chunks with non-ASCII text
};

}  // namespace kubus::syntax
