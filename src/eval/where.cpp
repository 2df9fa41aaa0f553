#include <algorithm>
#include <tuple>

#include "eval/eval.h"

namespace kubus::eval {

std::vector<Span> model_spans(const model::Model& m, const Subject& s) {
  Span own = subject_span(m, s);
  if (s.kind != Subject::Kind::Entity || !own.valid() || !m.in_library(own.file)) return {own};
  std::vector<Span> out;
  const auto& kind = schema::kinds()[m.entities[s.index].kind];
  for (const auto& d : kind.derived) {
    if (d.compute != schema::Compute::Inverse || schema::kinds()[static_cast<std::size_t>(d.source_kind)].implicit)
      continue;
    for (model::Index e : m.relation(d.id).list(s.index))
      if (!m.in_library(m.entities[e].span.file)) out.push_back(m.entities[e].span);
  }
  std::sort(out.begin(), out.end(),
            [](const Span& a, const Span& b) { return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col); });
  if (!out.empty()) return out;
  for (model::Index o : m.of_kind("organisation"))
    if (!m.in_library(m.entities[o].span.file)) return {m.entities[o].span};
  return {own};
}

}  // namespace kubus::eval
