// Page one: where the organisation stands, its three biggest problems for
// customers, and what the plan costs per year, where it takes the scores and
// what that buys. Plain words: titles, not IDs; no rule or gap prefixes.
#include <algorithm>

#include "driver/evidence.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

constexpr int kTopGaps = 3;

std::string level_words(const Run& r, int level) {
  std::string name = level_name(r.matrix, level, r.lang);
  return say(r.lang, "level {level} of {max}", fmt::arg("level", level), fmt::arg("max", r.matrix.max_level())) +
         (name.empty() ? "" : ", " + name);
}

Figures figures(const Run& r) {
  const Lang l = r.lang;
  const score::Scores& s = r.scores;
  Figures out;
  out.items.push_back({i18n::tr(l, "Where we stand"),
                       say(l, "Level {level}", fmt::arg("level", s.overall_level)),
                       say(l, "{name}, score {score} of {max}", fmt::arg("name", level_name(r.matrix, s.overall_level, r.lang)),
                           fmt::arg("score", score_text(l, s.overall)), fmt::arg("max", r.matrix.max_level()))});
  if (!r.assessment.targets.empty())
    out.items.push_back({i18n::tr(l, "Way to the targets"), i18n::percent(l, s.percent_to_target),
                         i18n::tr(l, "of the distance from level 1 to the target levels")});
  out.items.push_back({i18n::tr(l, "Silo gaps"), i18n::number(l, double(r.silo.gaps.count())),
                       i18n::tr(l, "places where the customer falls between departments")});
  if (r.roadmap && !r.roadmap->items.empty())
    out.items.push_back({i18n::tr(l, "The plan"), i18n::money(l, r.roadmap->total_cost, r.assessment.currency),
                         person_months(l, r.roadmap->total_effort)});
  return out;
}

Paragraph standing(const Run& r) {
  const Lang l = r.lang;
  const score::Scores& s = r.scores;
  std::string out = say(l, "Overall the organisation is at {level} (score {score}).",
                        fmt::arg("level", level_words(r, s.overall_level)), fmt::arg("score", score_text(l, s.overall)));
  if (!r.assessment.targets.empty())
    out += " " + say(l, "It has come {percent} of the way to its targets: of the distance from level 1 to the target "
                        "levels, measured over the dimensions with a target, that share is covered.",
                     fmt::arg("percent", i18n::percent(l, s.percent_to_target)));
  if (auto delta = r.progress())
    out += " " + say(l, "Since run {run} ({date}) the score moved {delta}.", fmt::arg("run", r.previous->id),
                     fmt::arg("date", i18n::date(l, r.previous->assessment_date)),
                     fmt::arg("delta", (*delta >= 0 ? "+" : "") + i18n::number(l, *delta, 2)));
  return {{{out}}, Para::Normal};
}

Table dimension_table(const Run& r) {
  const Lang l = r.lang;
  Table t{{}, {{i18n::tr(l, "Dimension")}, {i18n::tr(l, "Level"), CellKind::Level}, {i18n::tr(l, "Score"), CellKind::Number},
               {i18n::tr(l, "Target"), CellKind::Level}, {i18n::tr(l, "Gap to target"), CellKind::Number}}};
  if (r.previous) t.columns.push_back({i18n::tr(l, "Since previous"), CellKind::Number});
  for (const auto& d : r.scores.dimensions) {
    std::vector<Cell> row{text(d.dimension->title.in(l)), level(d.level, level_name(r.matrix, d.level, l)), number(l, d.score, 2),
                          d.target ? level(*d.target, {}) : none(CellKind::Level),
                          d.target ? number(l, d.gap, 2) : none(CellKind::Number)};
    if (r.previous) {
      auto delta = r.progress(d.dimension->id);
      row.push_back(delta ? number(l, *delta, 2) : none(CellKind::Number));
    }
    t.rows.push_back(std::move(row));
  }
  t.keep = true;
  cap(l, t, kRowsPerTable);
  return t;
}

void problems(Section& s, const Run& r) {
  const Lang l = r.lang;
  s.blocks.emplace_back(Heading{i18n::tr(l, "The biggest problems"), {}});
  auto top = top_gaps(r, kTopGaps);
  if (top.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "No silo gaps found: the customer does not fall between departments.")}}});
    return;
  }
  s.blocks.emplace_back(Paragraph{{{say_n(l, "{n} silo gap found. The biggest for customers (the touchpoints every "
                                            "customer passes and the contacts a year count first):",
                                         "{n} silo gaps found. The biggest for customers (the touchpoints every "
                                            "customer passes and the contacts a year count first):",
                                         static_cast<long>(r.silo.gaps.count()))}}});
  List list;
  for (const auto& g : top) list.items.push_back(gap_line(r, g));
  s.blocks.emplace_back(std::move(list));
}

void targets(Section& s, const Run& r) {
  const Lang l = r.lang;
  std::size_t measured = 0, missed = 0, total = 0;
  for (const auto& t : driver::targets(r)) {
    ++total;
    measured += t.met.has_value();
    missed += t.met == false;
  }
  if (total == 0) return;
  std::string out = say(l, "{missed} of the {measured} measured KPIs and SLAs miss their target",
                        fmt::arg("missed", missed), fmt::arg("measured", measured));
  if (total > measured)
    out += "; " + say_n(l, "{n} is not measured", "{n} are not measured", static_cast<long>(total - measured));
  s.blocks.emplace_back(Heading{i18n::tr(l, "KPIs and SLAs"), {}});
  s.blocks.emplace_back(Paragraph{{{out + ". " + i18n::tr(l, "The section KPIs and SLAs lists them, missed ones first.")}}});
}

}  // namespace

std::string span_words(const Run& r) {
  if (!r.roadmap || r.roadmap->items.empty()) return {};
  int first = r.roadmap->items.front().start, last = 0;
  for (const auto& s : r.roadmap->items) {
    first = std::min(first, s.start);
    last = std::max(last, s.end);
  }
  return say(r.lang, "{from} to {to}", fmt::arg("from", r.assessment.quarter_label(first)),
             fmt::arg("to", r.assessment.quarter_label(last)));
}

Section summary(const Run& r) {
  const Lang l = r.lang;
  Section s{"summary", i18n::tr(l, "Summary"), {}};
  s.blocks.emplace_back(figures(r));
  s.blocks.emplace_back(Heading{i18n::tr(l, "Where we stand"), {}});
  s.blocks.emplace_back(standing(r));
  s.blocks.emplace_back(dimension_table(r));
  problems(s, r);
  plan_summary(s, r);
  targets(s, r);
  return s;
}

}  // namespace kubus::report::view
