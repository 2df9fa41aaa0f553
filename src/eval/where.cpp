#include <algorithm>
#include <tuple>

#include "eval/eval.h"

namespace kubus::eval {

namespace {

// The model's declarations that name a library entity through its kind's
// inverse relations (a practice's observations, a capability's components).
std::vector<Span> naming_declarations(const model::Model& m, model::Index entity) {
  std::vector<Span> out;
  const auto& kind = schema::kinds()[m.entities[entity].kind];
  for (const auto& d : kind.derived) {
    if (d.compute != schema::Compute::Inverse || schema::kinds()[static_cast<std::size_t>(d.source_kind)].implicit)
      continue;
    for (model::Index e : m.relation(d.id).list(entity))
      if (!m.in_library(m.entities[e].span.file)) out.push_back(m.entities[e].span);
  }
  return out;
}

}  // namespace

std::vector<Span> model_spans(const model::Model& m, const Subject& s, const Span& declared) {
  Span own = s.kind == Subject::Kind::None ? declared : subject_span(m, s);
  if (!own.valid() || !m.in_library(own.file)) return {own};
  std::vector<Span> out;
  if (s.kind == Subject::Kind::Entity) out = naming_declarations(m, s.index);
  std::sort(out.begin(), out.end(),
            [](const Span& a, const Span& b) { return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col); });
  if (!out.empty()) return out;
  for (model::Index o : m.of_kind("organisation"))
    if (!m.in_library(m.entities[o].span.file)) return {m.entities[o].span};
  return {own};
}

}  // namespace kubus::eval
