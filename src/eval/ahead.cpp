#include "eval/ahead.h"

#include <algorithm>

namespace kubus::eval {
namespace {

void subject_reads(const rules::Node& n, std::vector<std::pair<std::uint16_t, std::uint16_t>>& out) {
  if (n.op == rules::Op::Path && n.kids[0].op == rules::Op::Var && n.kids[0].slot == 0)
    for (std::size_t kind = 0; kind < n.access.size(); ++kind)
      if (n.access[kind].how == rules::AccessKind::Field)
        out.emplace_back(static_cast<std::uint16_t>(kind), n.access[kind].index);
  for (const rules::Node& kid : n.kids) subject_reads(kid, out);
}

}  // namespace

Ahead::Ahead(const rules::CheckedRule& rule) {
  if (!rule.collection) return;
  if (rule.where) subject_reads(*rule.where, reads_);
  subject_reads(rule.expect, reads_);
  std::sort(reads_.begin(), reads_.end());
  reads_.erase(std::unique(reads_.begin(), reads_.end()), reads_.end());
}

void Ahead::fetch(const model::Model& m, const Value& coll, std::uint32_t k) const {
  if (k + 2 * kDistance < coll.size) {
    model::Index far = entity_item(coll, k + 2 * kDistance);
    if (far != model::kNone) {  // its kind and its fields' address, which may lie in two cache lines
      __builtin_prefetch(&m.entities[far].kind);
      __builtin_prefetch(&m.entities[far].fields);
    }
  }
  if (k + kDistance >= coll.size) return;
  model::Index near = entity_item(coll, k + kDistance);
  if (near == model::kNone) return;
  const model::Entity& e = m.entities[near];
  for (auto [kind, field] : reads_)
    if (kind == e.kind) __builtin_prefetch(e.fields.data() + field);
}

}  // namespace kubus::eval
