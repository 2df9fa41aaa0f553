#include <algorithm>

#include "graph/gaps.h"

namespace kubus::graph {
namespace {

// The handoff a gap of a handoff kind is about; kNone for the other kinds.
model::Index handoff_of(const Gap& g) {
  if (const auto* u = std::get_if<UncoveredEvidence>(&g.evidence)) return u->handoff;
  if (const auto* c = std::get_if<ContextBreakEvidence>(&g.evidence)) return c->handoff;
  return model::kNone;
}

bool takes_out(const model::Waiver& w, const Gap& g) {
  if (w.gap != g.kind) return false;
  if (w.every) return true;
  if (model::Index h = handoff_of(g); h != model::kNone) return w.names_handoff(h);
  return !g.entities.empty() &&
         std::all_of(g.entities.begin(), g.entities.end(), [&](model::Index e) { return w.names_entity(e); });
}

}  // namespace

void waive(GapReport& r, const std::vector<model::Waiver>& active) {
  for (Gap& g : r.gaps) {
    g.waiver = model::kNone;
    for (const auto& w : active)
      if (takes_out(w, g)) {
        g.waiver = w.entity;
        break;
      }
  }
}

}  // namespace kubus::graph
