#include "driver/cost.h"

#include <algorithm>

#include "driver/cube.h"
#include "schema/schema.h"

namespace kubus::driver {
namespace {

void add(CostCell& c, double amount) {
  c.amount += amount;
  ++c.touchpoints;
}

std::size_t phase_of(const Run& r, model::Index touchpoint) {
  const auto& phases = cube_phases();
  auto it = std::find(phases.begin(), phases.end(), r.model.field(r.model.entities[touchpoint], "phase").text);
  return it == phases.end() ? 0 : static_cast<std::size_t>(it - phases.begin());
}

}  // namespace

std::optional<double> yearly_cost(const Run& r, model::Index touchpoint) {
  const model::Val& v = r.model.relation(schema::Rel::TouchpointYearlyCost).quantity(touchpoint);
  if (v.tag != model::Val::Tag::Quantity || v.text != r.assessment.currency) return std::nullopt;
  return v.number;
}

namespace {

CostTable cost_table(const Run& r) {
  const std::size_t phases = cube_phases().size();
  CostTable out;
  out.currency = r.assessment.currency;
  auto channels = r.model.of_kind("channel");
  std::vector<CostRow> rows(channels.size() + 1);  // the last: no channel
  for (std::size_t c = 0; c < rows.size(); ++c) {
    rows[c].channel = c < channels.size() ? channels[c] : model::kNone;
    rows[c].phases.resize(phases);
  }
  out.phase_totals.resize(phases);
  for (model::Index t : r.model.of_kind("touchpoint")) {
    ++out.touchpoints;
    auto cost = yearly_cost(r, t);
    if (!cost) {
      out.other_currency += r.model.relation(schema::Rel::TouchpointYearlyCost).quantity(t).present();
      continue;
    }
    ++out.costed;
    const std::size_t phase = phase_of(r, t);
    add(out.phase_totals[phase], *cost);
    add(out.total, *cost);
    std::vector<std::size_t> on;  // the rows its cost is split over
    for (const model::Val& c : r.model.field(r.model.entities[t], "channels").items)
      if (c.tag == model::Val::Tag::Ref)
        on.push_back(static_cast<std::size_t>(std::find(channels.begin(), channels.end(), c.index) - channels.begin()));
    if (on.empty()) on.push_back(channels.size());
    for (std::size_t row : on) {
      add(rows[row].phases[phase], *cost / static_cast<double>(on.size()));
      add(rows[row].total, *cost / static_cast<double>(on.size()));
    }
  }
  if (rows.back().total.none()) rows.pop_back();
  out.rows = std::move(rows);
  return out;
}

}  // namespace

const CostTable& cost_of_contact(const Run& r) {
  if (!r.cost_) r.cost_ = std::make_shared<const CostTable>(cost_table(r));
  return *r.cost_;
}

}  // namespace kubus::driver
