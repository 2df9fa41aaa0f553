#include "lsp/index.h"

#include <algorithm>
#include <tuple>

namespace kubus::lsp {
namespace {

using model::Val;

auto position(const Occurrence& o) { return std::tuple(o.span.line, o.span.col); }

// The span of the `n` characters at the start or the end of a one-line span.
Span head(Span s, std::size_t n) {
  s.end_line = s.line;
  s.end_col = s.col + static_cast<std::uint32_t>(n);
  return s;
}
Span tail(Span s, std::size_t n) {
  s.line = s.end_line;
  s.col = s.end_col - static_cast<std::uint32_t>(n);
  return s;
}

}  // namespace

bool holds(const Span& s, std::uint32_t line, std::uint32_t col) {
  bool after_start = line > s.line || (line == s.line && col >= s.col);
  bool before_end = line < s.end_line || (line == s.end_line && col <= s.end_col);
  return s.valid() && after_start && before_end;
}

SymbolIndex::SymbolIndex(const model::Model& m, const std::vector<rules::CheckedRule>& rules)
    : by_entity_(m.entities.size()) {
  for (model::Index i = 0; i < m.entities.size(); ++i) {
    const model::Entity& e = m.entities[i];
    add(e.id_span, i, true);
    for (const Val& v : e.fields) add_value(m, v);
  }
  for (const auto& r : rules) {
    if (r.collection) add_node(*r.collection);
    if (r.where) add_node(*r.where);
    add_node(r.expect);
    for (const auto* message : r.messages())
      for (const auto& part : *message)
        if (part.expr) add_node(*part.expr);
  }
  for (auto& [file, list] : by_file_)
    std::sort(list.begin(), list.end(), [](const Occurrence& a, const Occurrence& b) { return position(a) < position(b); });
  for (auto& list : by_entity_)
    std::stable_sort(list.begin(), list.end(), [](const Occurrence& a, const Occurrence& b) {
      return std::tuple(!a.declaration, a.span.file, a.span.line, a.span.col) <
             std::tuple(!b.declaration, b.span.file, b.span.line, b.span.col);
    });
}

void SymbolIndex::add(Span span, model::Index entity, bool declaration) {
  if (!span.valid() || entity >= by_entity_.size()) return;
  Occurrence o{span, entity, declaration};
  by_file_[span.file].push_back(o);
  by_entity_[entity].push_back(o);
}

void SymbolIndex::add_value(const model::Model& m, const Val& v) {
  switch (v.tag) {
    case Val::Tag::Ref: add(v.span, v.index, false); break;
    case Val::Tag::List:
      for (const Val& item : v.items) add_value(m, item);
      break;
    case Val::Tag::Block:
      if (v.index < m.nested.size())
        for (const Val& f : m.nested[v.index].fields) add_value(m, f);
      break;
    case Val::Tag::Handoff:
      // `a -> b`: the IDs are ASCII, so their lengths are their widths.
      if (v.index < m.handoffs.size()) {
        const model::Handoff& h = m.handoffs[v.index];
        add(head(v.span, m.entities[h.from].id.size()), h.from, false);
        add(tail(v.span, m.entities[h.to].id.size()), h.to, false);
      }
      break;
    default: break;
  }
}

void SymbolIndex::add_node(const rules::Node& n) {
  if (n.op == rules::Op::Const && n.value.tag == Val::Tag::Ref) add(n.span, n.value.index, false);
  for (const auto& kid : n.kids) add_node(kid);
}

const Occurrence* SymbolIndex::at(FileId file, std::uint32_t line, std::uint32_t col) const {
  auto it = by_file_.find(file);
  if (it == by_file_.end()) return nullptr;
  const auto& list = it->second;
  // The last occurrence starting at or before the cursor, and the one before
  // it (a cursor between `a` and `,` in `[a,b]` touches only `a`).
  auto upper = std::upper_bound(list.begin(), list.end(), std::tuple(line, col),
                                [](const auto& key, const Occurrence& o) { return key < position(o); });
  for (int back = 0; back < 2 && upper != list.begin(); ++back) {
    --upper;
    if (holds(upper->span, line, col)) return &*upper;
  }
  return nullptr;
}

std::vector<Occurrence> SymbolIndex::of(model::Index entity) const {
  return entity < by_entity_.size() ? by_entity_[entity] : std::vector<Occurrence>{};
}

}  // namespace kubus::lsp
