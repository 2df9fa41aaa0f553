// Under the roadmap: the years that spend without moving a score, done and
// stalled initiatives, targets out of reach, the projected score per year and
// the scenarios.
#include "report/plan_words.h"
#include "report/roadmap_facts.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

Table scenarios(const Run& r) {
  const Lang l = r.lang;
  const std::string& cur = r.assessment.currency;
  Table t{{}, {{i18n::tr(l, "Scenario")}, {i18n::tr(l, "Budget per year"), CellKind::Money},
               {i18n::tr(l, "Capacity per quarter (person-months)"), CellKind::Number},
               {i18n::tr(l, "Years"), CellKind::Number}, {i18n::tr(l, "Targets reached"), CellKind::Number},
               {i18n::tr(l, "Ends")}, {i18n::tr(l, "Total cost"), CellKind::Money},
               {i18n::tr(l, "Overall at the horizon"), CellKind::Number}}};
  bool first = true;
  for (const auto& row : scenario_rows(r)) {
    Cell reached = number(l, row.reached, 0);
    reached.text = say(l, "{reached} of {targets}", fmt::arg("reached", row.reached), fmt::arg("targets", row.targets));
    t.rows.push_back({text(first ? i18n::tr(l, "this plan") : row.name), money(l, row.budget_per_year, cur),
                      number(l, row.capacity_pm, 1), number(l, row.years, 0), reached, text(row.end),
                      money(l, row.total_cost, cur), number(l, row.overall, 2)});
    first = false;
  }
  t.keep = true;
  cap(l, t, kRowsPerTable);
  return t;
}

}  // namespace

void roadmap_notes(Section& s, const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  for (const auto& y : p.flat_years)
    s.blocks.emplace_back(Paragraph{{{flat_year_text(l, y, r.assessment.currency)}}, Para::Flag});
  if (!p.done.empty()) {
    Line done{{i18n::tr(l, "Done (progress), left out of the plan:") + " "}};
    for (std::size_t i = 0; i < p.done.size(); ++i) {
      if (i > 0) done.push_back({", "});
      done.push_back({p.done[i], Style::Code});
    }
    done.push_back({"."});
    s.blocks.emplace_back(Paragraph{std::move(done)});
  }
  for (const auto& st : p.stalled)
    s.blocks.emplace_back(Paragraph{{{st.id, Style::Code}, {" " + i18n::tr(l, "is started but fits no quarter:") + " " + clause_words(l, st.reason)}},
                                    Para::Flag});
  for (const auto& u : p.unreachable)
    s.blocks.emplace_back(Paragraph{{{dimension_title(r, u.dimension), Style::Strong},
                                     {" " + say(l, "stays below its target {target} (projected {projected}):",
                                                fmt::arg("target", u.target),
                                                fmt::arg("projected", score_text(l, u.projected))) +
                                      " " + reason_words(l, u.reason, [&](const std::string& id) { return dimension_title(r, id); })}},
                                    Para::Flag});
}

void roadmap_projection(Section& s, const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  if (!p.projection.empty()) {
    s.blocks.emplace_back(Heading{i18n::tr(l, "Projected score at the end of each year"), {}});
    // A row per dimension and a column per year: a column per dimension made
    // the table wider than an A4 page with more than six dimensions.
    Table t{{}, {{i18n::tr(l, "Dimension")}, {i18n::tr(l, "Target"), CellKind::Number},
                 {i18n::tr(l, "now"), CellKind::Number}}};
    for (const auto& y : p.projection) t.columns.push_back({std::to_string(y.year), CellKind::Number});
    std::vector<Cell> overall{text(i18n::tr(l, "Overall")), none(CellKind::Number), number(l, r.scores.overall, 2)};
    for (const auto& y : p.projection) overall.push_back(number(l, y.overall, 2));
    t.rows.push_back(std::move(overall));
    for (const auto& d : r.scores.dimensions) {
      std::vector<Cell> row{text(d.dimension->title.in(l)),
                            d.target ? number(l, *d.target, 0) : none(CellKind::Number), number(l, d.score, 2)};
      for (const auto& y : p.projection)
        for (const auto& [id, projected] : y.dimensions)
          if (id == d.dimension->id) row.push_back(number(l, projected, 2));
      t.rows.push_back(std::move(row));
    }
    t.keep = true;
    cap(l, t, kRowsPerTable);
    s.blocks.emplace_back(std::move(t));
  }
  if (scenario_rows(r).empty()) return;
  s.blocks.emplace_back(Heading{i18n::tr(l, "Scenarios"), {}});
  s.blocks.emplace_back(scenarios(r));
}

}  // namespace kubus::report::view
