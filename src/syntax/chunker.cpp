#include "syntax/chunker.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "support/text.h"
#include "syntax/parse.h"

namespace kubus::syntax {
namespace {

bool ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// The bytes the chunker acts on; it passes over all others (most of a file) with
// one table lookup each.
constexpr std::array<bool, 256> kActs = [] {
  std::array<bool, 256> table{};
  for (char c : std::string_view("\"#{[(}])\n")) table[static_cast<unsigned char>(c)] = true;
  return table;
}();

// Does the line starting at `pos` look like the head of a declaration?
bool looks_like_decl_head(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || !ident_start(text[pos])) return false;
  std::size_t e = pos;
  while (e < text.size() && ident_char(text[e])) ++e;
  std::string_view first = text.substr(pos, e - pos);
  if (first == "use" || first == "rule") return true;
  if (first == "for" || first == "expect" || first == "where" || first == "and" || first == "or" || first == "not")
    return false;
  std::size_t s = e;
  while (s < text.size() && (text[s] == ' ' || text[s] == '\t')) ++s;
  return s > e && s < text.size() && ident_start(text[s]);
}

}  // namespace

Span span_at(const SourceFile& file, FileId id, std::size_t offset, std::size_t length) {
  auto it = std::upper_bound(file.line_starts.begin(), file.line_starts.end(), static_cast<std::uint32_t>(offset));
  auto line = static_cast<std::uint32_t>(it - file.line_starts.begin());
  std::size_t start = file.line_starts[line - 1];
  std::string_view text(file.text);
  auto col = static_cast<std::uint32_t>(utf8_length(text.substr(start, offset - start)) + 1);
  auto len = static_cast<std::uint32_t>(std::max<std::size_t>(1, utf8_length(text.substr(offset, length))));
  return Span{id, line, col, line, col + len};
}

std::vector<Chunk> split_chunks(const SourceFile& file) {
  std::string_view t(file.text);
  std::vector<Chunk> chunks;
  Chunk cur;
  // ANTLR drops a leading byte-order mark; start after it so offsets agree.
  if (t.substr(0, 3) == "\xEF\xBB\xBF") cur.begin = 3;
  std::vector<std::size_t> open;  // offsets of open brackets (bounded by kMaxNesting + 1)
  int depth = 0;
  bool closed_top = false;
  std::uint32_t line = 1;

  auto cut = [&](std::size_t at, std::uint32_t next_line) {
    cur.end = at;
    if (depth > 0 && !open.empty()) cur.unclosed = open.back();
    if (cur.end > cur.begin) chunks.push_back(cur);
    cur = Chunk{at, at, next_line, std::nullopt, std::nullopt};
    depth = 0;
    open.clear();
    closed_top = false;
  };

  for (std::size_t i = cur.begin; i < t.size(); ++i) {
    char c = t[i];
    if (!kActs[static_cast<unsigned char>(c)]) continue;
    if (c == '"') {
      for (++i; i < t.size() && t[i] != '"' && t[i] != '\n'; ++i)
        if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] != '\n') ++i;
      if (i < t.size() && t[i] == '\n') --i;  // unterminated: the newline is handled below
      continue;
    }
    if (c == '#') {
      while (i + 1 < t.size() && t[i + 1] != '\n') ++i;
      continue;
    }
    if (c == '{' || c == '[' || c == '(') {
      ++depth;
      if (depth <= kMaxNesting + 1) open.push_back(i);
      if (depth == kMaxNesting + 1 && !cur.too_deep) cur.too_deep = i;
    } else if (c == '}' || c == ']' || c == ')') {
      if (depth > 0) {
        if (depth <= kMaxNesting + 1 && !open.empty()) open.pop_back();
        --depth;
      }
      if (depth == 0 && c == '}') closed_top = true;
    } else if (c == '\n') {
      ++line;
      if ((depth == 0 && closed_top) || looks_like_decl_head(t, i + 1)) cut(i + 1, line);
    }
  }
  cut(t.size(), line);
  return chunks;
}

}  // namespace kubus::syntax
