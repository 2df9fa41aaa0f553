#include "driver/cube.h"

#include <algorithm>
#include <map>
#include <memory>

#include "schema/schema.h"

namespace kubus::driver {
namespace {

struct Touchpoint {
  model::Index unit = model::kNone;
  std::size_t phase = 0;
  std::vector<model::Index> channels;
  std::size_t findings = 0;
  std::optional<double> cost;  // yearly, in the assessment's currency
};

// Error and warning findings per touchpoint: about the touchpoint itself or
// about a handoff leaving it (the `next` item that creates it is on it). An
// instance that failed to evaluate counts as an error.
std::map<model::Index, std::size_t> findings_per_touchpoint(const Run& r) {
  std::map<model::Index, std::size_t> out;
  for (const auto& result : r.results)
    for (const eval::Instance& in : result.instances) {
      bool counts = in.outcome == eval::Outcome::Error ||
                    (in.outcome == eval::Outcome::Fail && result.severity != Severity::Note);
      if (!counts) continue;
      if (in.subject.kind == eval::Subject::Kind::Entity) ++out[in.subject.index];
      else if (in.subject.kind == eval::Subject::Kind::Handoff) ++out[r.model.handoffs[in.subject.index].from];
    }
  return out;
}

std::vector<Touchpoint> touchpoints(const Run& r) {
  auto counts = findings_per_touchpoint(r);
  const auto& phases = cube_phases();
  std::vector<Touchpoint> out;
  for (model::Index i : r.model.of_kind("touchpoint")) {
    const model::Entity& e = r.model.entities[i];
    Touchpoint t;
    t.unit = r.model.relation(schema::Rel::TouchpointUnit).single(i);
    auto phase = std::find(phases.begin(), phases.end(), r.model.field(e, "phase").text);
    if (phase != phases.end()) t.phase = static_cast<std::size_t>(phase - phases.begin());
    for (const model::Val& c : r.model.field(e, "channels").items)
      if (c.tag == model::Val::Tag::Ref) t.channels.push_back(c.index);
    if (auto it = counts.find(i); it != counts.end()) t.findings = it->second;
    t.cost = yearly_cost(r, i);
    out.push_back(std::move(t));
  }
  return out;
}

template <class In>
CubeTable table(CubeScope scope, model::Index channel, const std::vector<Touchpoint>& all,
                const std::vector<model::Index>& units, In in) {
  std::map<model::Index, std::vector<CubeCell>> cells;
  for (model::Index u : units) cells[u].resize(cube_phases().size());
  for (const Touchpoint& t : all) {
    if (!in(t)) continue;
    auto& row = cells[t.unit];
    row.resize(cube_phases().size());
    CubeCell& c = row[t.phase];
    ++c.touchpoints;
    c.with_findings += t.findings > 0;
    c.findings += t.findings;
    if (t.cost) {  // a channel's table holds its share, as channel.yearly-cost splits it
      c.cost.amount += scope == CubeScope::Channel ? *t.cost / static_cast<double>(t.channels.size()) : *t.cost;
      ++c.cost.touchpoints;
    }
  }
  CubeTable out{scope, channel, {}};
  for (model::Index u : units) out.rows.push_back({u, cells[u]});
  if (auto none = cells.find(model::kNone); none != cells.end()) out.rows.push_back({model::kNone, none->second});
  return out;
}

}  // namespace

std::string_view name_of(CubeScope s) {
  switch (s) {
    case CubeScope::AllChannels: return "all-channels";
    case CubeScope::Channel: return "channel";
    case CubeScope::NoChannel: break;
  }
  return "no-channel";
}

const std::vector<std::string_view>& cube_phases() {
  static const std::vector<std::string_view> phases = schema::find_field(*schema::find_kind("touchpoint"), "phase")->choices;
  return phases;
}

namespace {

std::vector<CubeTable> all_tables(const Run& r) {
  auto all = touchpoints(r);
  if (all.empty()) return {};
  auto units = r.model.of_kind("unit");
  std::vector<CubeTable> out;
  out.push_back(table(CubeScope::AllChannels, model::kNone, all, units, [](const Touchpoint&) { return true; }));
  for (model::Index ch : r.model.of_kind("channel"))
    out.push_back(table(CubeScope::Channel, ch, all, units, [ch](const Touchpoint& t) {
      return std::find(t.channels.begin(), t.channels.end(), ch) != t.channels.end();
    }));
  if (std::any_of(all.begin(), all.end(), [](const Touchpoint& t) { return t.channels.empty(); }))
    out.push_back(table(CubeScope::NoChannel, model::kNone, all, units, [](const Touchpoint& t) { return t.channels.empty(); }));
  return out;
}

}  // namespace

const std::vector<CubeTable>& cube(const Run& r) {
  if (!r.cube_) r.cube_ = std::make_shared<const std::vector<CubeTable>>(all_tables(r));
  return *r.cube_;
}

}  // namespace kubus::driver
