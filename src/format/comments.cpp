// Comment placement and rendering. No comment is ever dropped: each one ends up
// above a line, at the end of a line, or at the end of the file.
#include <algorithm>

#include "format/layout.h"

namespace kubus::format {
namespace {

bool blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool blank_source_line(const SourceFile& src, std::uint32_t n) {
  std::string_view l = src.line(n);
  return std::all_of(l.begin(), l.end(), blank_char);
}

// Did the author leave an empty line somewhere strictly between lines a and b?
bool blank_between(const SourceFile& src, std::uint32_t a, std::uint32_t b) {
  for (std::uint32_t n = a + 1; n < b; ++n)
    if (blank_source_line(src, n)) return true;
  return false;
}

// One output line in rendering order: a comment or a code line.
struct Entry {
  bool code = false;
  int indent = 0;
  Ctx ctx = Ctx::Top;
  bool opener = false, closer = false;
  std::uint32_t first = 0, last = 0;  // source lines
  int next_decl = -1;                 // the declaration it is (code) or precedes (comment); -1 at the end
  bool next_is_use = false;
};

}  // namespace

std::vector<SourceComment> source_comments(const ast::File& file, const SourceFile& src) {
  std::vector<SourceComment> out;
  out.reserve(file.comments.size());
  for (const auto& c : file.comments) {
    std::string_view text = c.text;
    while (!text.empty() && blank_char(text.back())) text.remove_suffix(1);
    // Own line when only whitespace precedes it; the text views point into src.
    bool own = true;
    if (c.line >= 1 && c.line <= src.line_starts.size() && text.data() >= src.text.data()) {
      std::size_t at = static_cast<std::size_t>(text.data() - src.text.data());
      for (std::size_t i = src.line_starts[c.line - 1]; i < at && i < src.text.size(); ++i)
        if (!blank_char(src.text[i])) own = false;
    }
    out.push_back({Pos{c.line, c.col}, text, own});
  }
  std::sort(out.begin(), out.end(), [](const SourceComment& a, const SourceComment& b) { return a.pos < b.pos; });
  return out;
}

void place_comments(std::vector<Line>& lines, const std::vector<SourceComment>& comments,
                    std::vector<PlacedComment>& at_end) {
  for (const auto& c : comments) {
    PlacedComment pc{c.text, c.pos.line};
    // Line ranges are disjoint and in source order, so the only line that can
    // hold the comment, or end just before it, is the last one starting before it.
    auto next = std::upper_bound(lines.begin(), lines.end(), c.pos, [](Pos p, const Line& l) { return p < l.start; });
    if (next != lines.begin()) {
      Line& prev = *(next - 1);
      if (c.pos < prev.end) {  // inside a construct printed on one line: move it above
        prev.before.push_back(pc);
        continue;
      }
      if (!c.own_line && prev.end.line == c.pos.line && prev.trailing.empty()) {
        prev.trailing = c.text;
        continue;
      }
    }
    if (next != lines.end()) next->before.push_back(pc);
    else at_end.push_back(pc);
  }
}

std::string render(const std::vector<Line>& lines, const std::vector<PlacedComment>& at_end, const SourceFile& src) {
  std::string out;
  bool first = true;
  Entry prev;
  int prev_decl = -1;  // declaration of the last code line written
  bool prev_decl_use = false;

  auto blank_before = [&](const Entry& b) {
    if (first || b.closer) return false;  // never a blank line before `}` or `]`
    switch (b.ctx) {
      case Ctx::Top:
        // A run of `use` statements stays together, comments included.
        if (prev_decl >= 0 && prev_decl_use && b.next_decl >= 0 && b.next_is_use) return false;
        if (prev.code) return true;  // exactly one blank line after a declaration
        return blank_between(src, prev.last, b.first);
      case Ctx::Block: return !prev.opener && blank_between(src, prev.last, b.first);
      case Ctx::List: return false;
    }
    return false;
  };
  auto write = [&](const Entry& e, std::string_view text, std::string_view trailing) {
    if (blank_before(e)) out += '\n';
    out.append(static_cast<std::size_t>(e.indent) * 2, ' ');
    out += text;
    if (!trailing.empty()) {
      out += "  ";
      out += trailing;
    }
    out += '\n';
    first = false;
    prev = e;
  };
  auto comment = [&](const PlacedComment& c, int indent, Ctx ctx, int next_decl, bool next_is_use) {
    Entry e;
    e.indent = indent;
    e.ctx = ctx;
    e.first = e.last = c.line;
    e.next_decl = next_decl;
    e.next_is_use = next_is_use;
    write(e, c.text, {});
  };

  for (const Line& l : lines) {
    // Comments above a closer belong to the block's body.
    for (const auto& c : l.before)
      comment(c, l.closer ? l.indent + 1 : l.indent, l.closer ? l.inner : l.ctx, l.decl, l.decl_is_use);
    Entry e;
    e.code = true;
    e.indent = l.indent;
    e.ctx = l.ctx;
    e.opener = l.opener;
    e.closer = l.closer;
    e.first = l.start.line;
    e.last = l.end.line;
    e.next_decl = l.decl;
    e.next_is_use = l.decl_is_use;
    write(e, l.text, l.trailing);
    prev_decl = l.decl;
    prev_decl_use = l.decl_is_use;
  }
  for (const auto& c : at_end) comment(c, 0, Ctx::Top, -1, false);
  return out;
}

}  // namespace kubus::format
