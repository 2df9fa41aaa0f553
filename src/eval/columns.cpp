#include "eval/columns.h"

#include <algorithm>

#include "eval/parallel.h"

namespace kubus::eval {
namespace {

void reads(const rules::Node& n, std::vector<std::pair<std::uint16_t, std::uint16_t>>& out) {
  if (n.op == rules::Op::Path)
    for (std::size_t kind = 0; kind < n.access.size(); ++kind)
      if (n.access[kind].how == rules::AccessKind::Field)
        out.emplace_back(static_cast<std::uint16_t>(kind), n.access[kind].index);
  for (const rules::Node& kid : n.kids) reads(kid, out);
}

}  // namespace

Columns::Columns(const model::Model& m, const std::vector<const rules::CheckedRule*>& rules, unsigned threads) {
  std::vector<std::pair<std::uint16_t, std::uint16_t>> fields;
  for (const rules::CheckedRule* r : rules) {
    if (r->collection) reads(*r->collection, fields);
    if (r->where) reads(*r->where, fields);
    reads(r->expect, fields);
    for (const auto* message : r->messages())
      for (const auto& part : *message)
        if (part.expr) reads(*part.expr, fields);
  }
  if (fields.empty()) return;
  const auto& kinds = schema::kinds();
  kind_of_.resize(m.entities.size());
  for (std::size_t k = 0; k < m.kind_range.size(); ++k) {
    begin_.push_back(m.kind_range[k].first);
    offset_.push_back(slot_.size());
    slot_.resize(slot_.size() + kinds[k].fields.size(), -1);
    for (model::Index i = m.kind_range[k].first; i < m.kind_range[k].second; ++i)
      kind_of_[i] = static_cast<std::uint16_t>(k);
  }
  std::vector<std::pair<std::uint16_t, std::uint16_t>> cached;  // by column
  for (auto [kind, field] : fields)
    if (kind < m.kind_range.size() && slot_[offset_[kind] + field] < 0) {
      slot_[offset_[kind] + field] = static_cast<std::int32_t>(cached.size());
      cached.emplace_back(kind, field);
    }
  // Each column is written by one thread only; the model is only read.
  columns_.resize(cached.size());
  parallel_for(cached.size(), std::min<std::size_t>(threads, cached.size()), [&](unsigned, std::size_t c) {
    fill(m, cached[c].first, cached[c].second, columns_[c]);
  });
}

// One pass over the kind's entities, each one's field fetched from memory a
// few entities ahead of its use, a list's items once the field has arrived.
void Columns::fill(const model::Model& m, std::uint16_t kind, std::uint16_t field, Column& c) {
  constexpr model::Index kAhead = 8;
  auto [begin, end] = m.kind_range[kind];
  c.values.reserve(end - begin);
  std::vector<std::size_t> lists;  // entities whose list value is to point into items
  for (model::Index i = begin; i < end; ++i) {
    // Two steps ahead: the field's Val, then (once it has arrived) a list's items.
    if (i + 2 * kAhead < end) __builtin_prefetch(m.entities[i + 2 * kAhead].fields.data() + field);
    if (i + kAhead < end) __builtin_prefetch(m.entities[i + kAhead].fields[field].items.data());
    const model::Val& v = m.entities[i].fields[field];
    Value out = from_val(v);
    if (v.tag == model::Val::Tag::List) {
      // The items' offset for now: the buffer may still move while it grows.
      out.src = Value::Src::Dense;
      out.index = static_cast<model::Index>(c.items.size());
      for (const model::Val& item : v.items) c.items.push_back(from_val(item));
      lists.push_back(c.values.size());
    }
    c.values.push_back(out);
  }
  for (std::size_t k : lists) {
    Value& v = c.values[k];
    v.dense = c.items.data() + v.index;
    v.index = model::kNone;
  }
}

}  // namespace kubus::eval
