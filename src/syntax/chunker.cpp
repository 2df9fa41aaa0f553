#include "syntax/chunker.h"

#include <algorithm>
#include <string_view>

#include "support/text.h"
#include "syntax/find_any.h"
#include "syntax/parse.h"

namespace kubus::syntax {
namespace {

bool ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9') || c == '-'; }

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

namespace {

// The state of one pass over a file: the chunk being gathered and its open brackets.
class Splitter {
 public:
  explicit Splitter(std::string_view text) : t_(text) {
    // ANTLR drops a leading byte-order mark; start after it so offsets agree.
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") cur_.begin = 3;
  }

  std::vector<Chunk> run() {
    // Most of a file is words and blanks that the chunker passes over.
    for (std::size_t i = next_act(cur_.begin); i < t_.size(); i = next_act(i + 1)) {
      char c = t_[i];
      if (c == '"') i = string_end(i);
      else if (c == '#') i = comment_end(i);
      else if (c == '{' || c == '[' || c == '(') open(i);
      else if (c == '}' || c == ']' || c == ')') close(c);
      else newline(i);
    }
    cut(t_.size(), line_);
    return std::move(chunks_);
  }

 private:
  std::size_t next_act(std::size_t i) const { return find_any<'"', '#', '{', '[', '(', '}', ']', ')', '\n'>(t_, i); }

  // The last byte of the string starting at i (before the newline of an unterminated one).
  std::size_t string_end(std::size_t i) const {
    for (i = find_any<'"', '\\', '\n'>(t_, i + 1); i < t_.size() && t_[i] == '\\';
         i = find_any<'"', '\\', '\n'>(t_, i + 1))
      if (i + 1 < t_.size() && t_[i + 1] != '\n') ++i;
    if (i < t_.size() && t_[i] == '\n') --i;  // unterminated: the newline is handled by run()
    return i;
  }

  // The last byte of the comment starting at i.
  std::size_t comment_end(std::size_t i) const { return std::min(t_.find('\n', i), t_.size()) - 1; }

  void open(std::size_t i) {
    ++depth_;
    if (depth_ <= kMaxNesting + 1) open_.push_back(i);
    if (depth_ == kMaxNesting + 1 && !cur_.too_deep) cur_.too_deep = i;
  }

  void close(char c) {
    if (depth_ > 0) {
      if (depth_ <= kMaxNesting + 1 && !open_.empty()) open_.pop_back();
      --depth_;
    }
    if (depth_ == 0 && c == '}') closed_top_ = true;
  }

  void newline(std::size_t i) {
    ++line_;
    if ((depth_ == 0 && closed_top_) || looks_like_decl_head(t_, i + 1)) cut(i + 1, line_);
  }

  void cut(std::size_t at, std::uint32_t next_line) {
    cur_.end = at;
    if (depth_ > 0 && !open_.empty()) cur_.unclosed = open_.back();
    // The blank lines between declarations come out as chunks of their own; they
    // hold nothing to parse, and keeping them doubled the chunks of a typical file
    // and what the parser reserves for their declarations.
    if (t_.substr(cur_.begin, cur_.end - cur_.begin).find_first_not_of(" \t\r\f\n") != std::string_view::npos)
      chunks_.push_back(cur_);
    cur_ = Chunk{at, at, next_line, std::nullopt, std::nullopt};
    depth_ = 0;
    open_.clear();
    closed_top_ = false;
  }

  std::string_view t_;
  std::vector<Chunk> chunks_;
  Chunk cur_;
  std::vector<std::size_t> open_;  // offsets of open brackets (bounded by kMaxNesting + 1)
  int depth_ = 0;
  bool closed_top_ = false;
  std::uint32_t line_ = 1;
};

}  // namespace

std::vector<Chunk> split_chunks(const SourceFile& file) { return Splitter(file.text).run(); }

}  // namespace kubus::syntax
