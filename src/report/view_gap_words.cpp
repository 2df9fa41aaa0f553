// A silo gap in plain words for page one: what happens to the customer, the
// members by title (a long circle by its size, not its list), and what it
// touches (unavoidable touchpoints, contacts per year).
#include <algorithm>
#include <variant>

#include "report/gap_words.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

constexpr std::size_t kNamed = 3;  // up to this many members are named; more are counted

std::string title_of(const Run& r, model::Index e) { return std::string(r.model.display(r.model.entities[e], r.lang)); }

// "A", "A and B", "A, B and C".
std::string names(const Run& r, const std::vector<model::Index>& members) {
  std::string out;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (i > 0) out += i + 1 == members.size() ? i18n::tr(r.lang, " and ") : ", ";
    out += title_of(r, members[i]);
  }
  return out;
}

std::string department_of(const Run& r, model::Index touchpoint) {
  model::Index d = r.model.relation(schema::Rel::TouchpointDepartment).single(touchpoint);
  return d == model::kNone ? i18n::tr(r.lang, "no department") : title_of(r, d);
}

// `sentence` is translated already (a tr call at the caller, where xgettext finds it).
std::string handoff_words(const Run& r, const GapImpact& g, const std::string& sentence) {
  const auto& ends = g.gap->entities;
  if (ends.size() != 2) return names(r, ends);
  return fmt::format(fmt::runtime(sentence), fmt::arg("from", title_of(r, ends[0])), fmt::arg("from_department", department_of(r, ends[0])),
             fmt::arg("to", title_of(r, ends[1])), fmt::arg("to_department", department_of(r, ends[1])));
}

std::string circle_words(const Run& r, const GapImpact& g) {
  const auto departments = static_cast<long>(g.departments.size());
  if (g.touchpoints.size() <= kNamed)
    return say_n(r.lang, "a circle between {names}, across {n} department",
                 "a circle between {names}, across {n} departments", departments,
                 fmt::arg("names", names(r, g.touchpoints)));
  return say_n(r.lang, "a circle of {touchpoints} touchpoints across {n} department",
               "a circle of {touchpoints} touchpoints across {n} departments", departments,
               fmt::arg("touchpoints", i18n::number(r.lang, double(g.touchpoints.size()))));
}

std::string island_words(const Run& r, const GapImpact& g) {
  const auto* e = std::get_if<graph::IslandEvidence>(&g.gap->evidence);
  std::string capability = e && e->capability != model::kNone ? title_of(r, e->capability) : std::string();
  std::string systems = g.gap->entities.size() <= kNamed
                            ? names(r, g.gap->entities)
                            : say(r.lang, "{n} systems", fmt::arg("n", g.gap->entities.size()));
  std::vector<model::Index> owners;  // the components' departments, not their users'
  for (model::Index c : g.gap->entities)
    if (model::Index d = graph::component_department(r.model, c); d != model::kNone) owners.push_back(d);
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  return say_n(r.lang, "{capability} is built separately in {systems}, owned by {n} department",
               "{capability} is built separately in {systems}, owned by {n} departments",
               static_cast<long>(owners.size()), fmt::arg("capability", capability), fmt::arg("systems", systems));
}

std::string member_words(const Run& r, const GapImpact& g) {
  const auto tps = static_cast<long>(g.touchpoints.size());
  switch (g.gap->kind) {
    case schema::GapKind::UncoveredHandoff:
      return handoff_words(r, g, i18n::tr(r.lang, "{from} ({from_department}) hands the customer to {to} "
                                                 "({to_department}) without an agreement on time or quality"));
    case schema::GapKind::ContextBreak:
      return handoff_words(r, g, i18n::tr(r.lang, "{from} ({from_department}) hands over to {to} ({to_department}) "
                                                 "without a shared customer history: the customer explains again"));
    case schema::GapKind::PingPong: return circle_words(r, g);
    case schema::GapKind::IslandImplementation: return island_words(r, g);
    case schema::GapKind::IsolatedDepartment:
      return say_n(r.lang, "{names}, with {n} touchpoint, shares no handoff, system or SLA with the rest",
                   "{names}, with {n} touchpoints, shares no handoff, system or SLA with the rest", tps,
                   fmt::arg("names", names(r, g.gap->entities)));
    case schema::GapKind::BottleneckComponent: break;
  }
  return say_n(r.lang, "{names} carries {n} touchpoint: without it part of the journey falls away",
               "{names} carries {n} touchpoints: without it part of the journey falls away", tps,
               fmt::arg("names", names(r, g.gap->entities)));
}

// "; 2 unavoidable for every customer, 120,000 contacts a year", or nothing.
std::string impact_words(const Run& r, const GapImpact& g) {
  std::string out;
  if (g.mandatory > 0)
    out += say_n(r.lang, "{n} touchpoint every customer passes", "{n} touchpoints every customer passes",
                 static_cast<long>(g.mandatory));
  if (g.volume > 0)
    out += (out.empty() ? "" : ", ") +
           say(r.lang, "{volume} contacts a year", fmt::arg("volume", i18n::number(r.lang, g.volume)));
  return out.empty() ? out : " (" + out + ")";
}

}  // namespace

Line gap_line(const Run& r, const GapImpact& g) {
  return {{gap_title(r.lang, g.gap->kind), Style::Strong}, {": " + member_words(r, g) + impact_words(r, g) + "."}};
}

}  // namespace kubus::report::view
