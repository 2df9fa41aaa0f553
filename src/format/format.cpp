// Layout: declarations, members and values become output lines. Every line
// records the source range it prints; comments.cpp attaches comments by it.
#include "format/format.h"

#include <algorithm>

#include "format/layout.h"

namespace kubus::format {
namespace {

class Layout {
 public:
  explicit Layout(const std::vector<SourceComment>& comments) : comments_(comments) {}

  std::vector<Line> run(const ast::File& file) {
    for (std::size_t i = 0; i < file.decls.size(); ++i) {
      decl_ = static_cast<int>(i);
      is_use_ = file.decls[i].kind == ast::DeclKind::Use;
      decl(file.decls[i]);
    }
    return std::move(lines_);
  }

 private:
  Line& add(int indent, std::string text, Pos start, Pos end, Ctx ctx) {
    Line l;
    l.indent = indent;
    l.text = std::move(text);
    l.start = start;
    l.end = end;
    l.ctx = ctx;
    l.decl = decl_;
    l.decl_is_use = is_use_;
    lines_.push_back(std::move(l));
    return lines_.back();
  }

  // A comment strictly inside (a, b) keeps the construct spanning several lines.
  bool comment_within(Pos a, Pos b) const {
    auto it = std::upper_bound(comments_.begin(), comments_.end(), a,
                               [](Pos p, const SourceComment& c) { return p < c.pos; });
    return it != comments_.end() && it->pos < b;
  }

  void decl(const ast::Decl& d) {
    Pos start = begin_of(d.span), end = end_of(d.span);
    if (d.kind == ast::DeclKind::Use) {
      std::string text = "use ";
      text += d.id.text.empty() ? d.title : d.id.text;
      add(0, std::move(text), start, end, Ctx::Top);
      return;
    }
    std::string head(d.keyword_or_kind.text);
    head += ' ';
    head += d.id.text;
    Pos head_end = end_of(d.id.span);
    if (!d.title.empty()) {
      head += ' ';
      head += d.title;
      head_end = end_of(d.title_span);
    }
    if (!d.has_block) {
      add(0, std::move(head), start, end, Ctx::Top);
      return;
    }
    bool empty = d.members.empty() && d.items.empty();
    // `{}` stays on the header line unless a comment sits inside it.
    if (empty && !comment_within(head_end, end)) {
      add(0, head + " {}", start, end, Ctx::Top);
      return;
    }
    add(0, head + " {", start, head_end, Ctx::Top).opener = true;
    for (const auto& m : d.members) member(m, 1);
    for (const auto& item : d.items) rule_item(item);
    close(0, "}", end, Ctx::Top, Ctx::Block);
  }

  void close(int indent, std::string text, Pos end, Ctx ctx, Ctx inner) {
    Line& l = add(indent, std::move(text), Pos{end.line, end.col - 1}, end, ctx);
    l.closer = true;
    l.inner = inner;
  }

  void member(const ast::Member& m, int indent) {
    Pos start = begin_of(m.span()), end = end_of(m.span());
    std::string key(m.key.text);
    if (!m.is_block) {
      value(key + ": ", m.value, indent, Ctx::Block, start, end, "");
      return;
    }
    if (m.members.empty() && !comment_within(end_of(m.key.span), end)) {
      add(indent, key + " {}", start, end, Ctx::Block);
      return;
    }
    add(indent, key + " {", start, end_of(m.key.span), Ctx::Block).opener = true;
    for (const auto& sub : m.members) member(sub, indent + 1);
    close(indent, "}", end, Ctx::Block, Ctx::Block);
  }

  // `prefix` is `key: ` for a field and empty for a list item; `suffix` is the
  // item's comma. A list goes one item per line when it does not fit or holds a comment.
  void value(const std::string& prefix, const ast::Value& v, int indent, Ctx ctx, Pos start, Pos end,
             std::string_view suffix) {
    std::string flat = prefix + value_text(v) + std::string(suffix);
    bool fits = static_cast<std::size_t>(indent) * 2 + width(flat) <= kMaxWidth;
    if (v.kind != ast::ValueKind::List || (fits && !comment_within(begin_of(v.span), end_of(v.span)))) {
      add(indent, std::move(flat), start, end, ctx);
      return;
    }
    Pos open = begin_of(v.span);
    add(indent, prefix + "[", start, Pos{open.line, open.col + 1}, ctx).opener = true;
    for (const auto& item : v.items)
      value("", item, indent + 1, Ctx::List, begin_of(item.span), end_of(item.span), ",");
    close(indent, "]" + std::string(suffix), end_of(v.span), ctx, Ctx::List);
  }

  void rule_item(const ast::RuleItem& item) {
    if (item.kind == ast::RuleItemKind::Field) {
      member(item.field, 1);
      return;
    }
    std::string text;
    if (item.kind == ast::RuleItemKind::For) {
      text = "for ";
      text += item.var.text;
      text += " in ";
      text += expr_text(*item.coll);
      if (item.where) text += " where " + expr_text(*item.where);
    } else {
      text = "expect " + expr_text(*item.coll);
    }
    add(1, std::move(text), begin_of(item.span), end_of(item.span), Ctx::Block);
  }

  const std::vector<SourceComment>& comments_;
  std::vector<Line> lines_;
  int decl_ = -1;
  bool is_use_ = false;
};

}  // namespace

std::string format_file(const ast::File& file, const SourceFile& src) {
  std::vector<SourceComment> comments = source_comments(file, src);
  std::vector<Line> lines = Layout(comments).run(file);
  std::vector<PlacedComment> at_end;
  place_comments(lines, comments, at_end);
  return render(lines, at_end, src);
}

}  // namespace kubus::format
