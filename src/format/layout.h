// Internal to the formatter. Formatting runs in three steps:
//   1. layout (format.cpp): the tree becomes output lines, each remembering the
//      source range it prints, so comments can be matched to it;
//   2. placement (comments.cpp): every comment is attached before a line or
//      trailing after one, by source position;
//   3. rendering (comments.cpp): lines and comments are written out with the
//      blank-line rules.
#pragma once
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"
#include "syntax/ast.h"

namespace kubus::format {

inline constexpr std::size_t kMaxWidth = 100;

struct Pos {
  std::uint32_t line = 0;
  std::uint32_t col = 0;
  auto operator<=>(const Pos&) const = default;
};
inline Pos begin_of(const Span& s) { return {s.line, s.col}; }
inline Pos end_of(const Span& s) { return {s.end_line, s.end_col}; }

// The container a line sits in; it decides which blank lines may precede it.
enum class Ctx { Top, Block, List };

struct PlacedComment {
  std::string_view text;  // without trailing whitespace
  std::uint32_t line;     // source line, for the blank-line rules
};

struct Line {
  int indent = 0;  // levels of two spaces
  std::string text;
  Pos start, end;  // the source range this line prints (end exclusive)
  Ctx ctx = Ctx::Top;
  Ctx inner = Ctx::Block;  // closers: the context of what they close
  bool opener = false;     // ends with `{` or `[` that a later line closes
  bool closer = false;     // `}` or `]` (possibly followed by a comma)
  int decl = -1;           // index of the top-level declaration it belongs to
  bool decl_is_use = false;
  std::vector<PlacedComment> before;  // comments placed on their own lines above it
  std::string_view trailing;          // comment kept at the end of the line
};

// Expressions and values on one line (format_expr.cpp).
std::string expr_text(const ast::Expr& e);
std::string number_text(std::string_view number, std::string_view unit);
std::string value_text(const ast::Value& v);

// Code points, which is what the 100-column limit counts.
std::size_t width(std::string_view s);

struct SourceComment {
  Pos pos;
  std::string_view text;  // trailing whitespace removed
  bool own_line;          // nothing but whitespace before it on its line
};
std::vector<SourceComment> source_comments(const ast::File& file, const SourceFile& src);

// Attaches every comment to a line (or to the end of the file).
void place_comments(std::vector<Line>& lines, const std::vector<SourceComment>& comments,
                    std::vector<PlacedComment>& at_end);

std::string render(const std::vector<Line>& lines, const std::vector<PlacedComment>& at_end, const SourceFile& src);

}  // namespace kubus::format
