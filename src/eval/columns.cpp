#include "eval/columns.h"

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

Columns::Columns(const model::Model& m, const std::vector<const rules::CheckedRule*>& rules) {
  std::vector<std::pair<std::uint16_t, std::uint16_t>> fields;
  for (const rules::CheckedRule* r : rules) {
    if (r->collection) reads(*r->collection, fields);
    if (r->where) reads(*r->where, fields);
    reads(r->expect, fields);
    for (const auto& part : r->message)
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
  std::vector<std::vector<std::uint16_t>> by_kind(m.kind_range.size());
  for (auto [kind, field] : fields)
    if (kind < m.kind_range.size() && slot_[offset_[kind] + field] < 0) {
      slot_[offset_[kind] + field] = static_cast<std::int32_t>(columns_.size());
      columns_.emplace_back();
      by_kind[kind].push_back(field);
    }
  for (std::size_t k = 0; k < by_kind.size(); ++k)
    if (!by_kind[k].empty()) fill(m, static_cast<std::uint16_t>(k), by_kind[k]);
}

// One pass over the kind's entities for all its columns: each entity's fields
// are fetched from memory once, a few entities ahead of their use.
void Columns::fill(const model::Model& m, std::uint16_t kind, const std::vector<std::uint16_t>& fields) {
  constexpr model::Index kAhead = 8;
  auto [begin, end] = m.kind_range[kind];
  std::vector<Column*> cols;
  for (std::uint16_t f : fields) {
    Column& c = columns_[static_cast<std::size_t>(slot_[offset_[kind] + f])];
    c.values.reserve(end - begin);
    cols.push_back(&c);
  }
  std::vector<std::pair<std::size_t, std::size_t>> lists;  // (column, entity): list values to point into items
  for (model::Index i = begin; i < end; ++i) {
    if (i + kAhead < end)
      for (std::uint16_t f : fields) __builtin_prefetch(m.entities[i + kAhead].fields.data() + f);
    for (std::size_t j = 0; j < fields.size(); ++j) {
      const model::Val& v = m.entities[i].fields[fields[j]];
      Column& c = *cols[j];
      Value out = from_val(v);
      if (v.tag == model::Val::Tag::List) {
        // The items' offset for now: the buffer may still move while it grows.
        out.src = Value::Src::Dense;
        out.index = static_cast<model::Index>(c.items.size());
        for (const model::Val& item : v.items) c.items.push_back(from_val(item));
        lists.emplace_back(j, c.values.size());
      }
      c.values.push_back(out);
    }
  }
  for (auto [j, k] : lists) {
    Value& v = cols[j]->values[k];
    v.dense = cols[j]->items.data() + v.index;
    v.index = model::kNone;
  }
}

}  // namespace kubus::eval
