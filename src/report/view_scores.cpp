// The scores: the radar of current, target and projected score per dimension,
// and every dimension with its criteria and the interview evidence behind them.
#include <algorithm>

#include "driver/evidence.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

// The last projected score of dimension `id`, or its score today without a projection.
double projected(const plan::YearProjection& y, const score::DimensionScore& d) {
  for (const auto& [id, score] : y.dimensions)
    if (id == d.dimension->id) return score;
  return d.score;
}

std::string status_title(Lang l, const score::CriterionScore& c) {
  switch (c.measure.status) {
    case score::Status::NotApplicable: return i18n::tr(l, "not applicable");
    case score::Status::NotEvaluated: return i18n::tr(l, "not evaluated");
    case score::Status::Evaluated: break;
  }
  return c.holds ? i18n::tr(l, "holds") : i18n::tr(l, "fails");
}

// "75% (3/4)" as a share, or "2.0 of 3" observed practices at the level.
Cell score_cell(Lang l, const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return none(CellKind::Number);
  if (c.criterion->kind == config::CriterionKind::Observed) {
    Cell out = number(l, c.measure.passed, 1);
    out.text = say(l, "{passed} of {min}", fmt::arg("passed", out.text), fmt::arg("min", i18n::number(l, c.criterion->min)));
    return out;
  }
  Cell out = percent(l, c.measure.value);
  out.text += fmt::format(" ({}/{})", i18n::number(l, c.measure.passed), i18n::number(l, c.measure.total));
  return out;
}

Table criteria(const Run& r, const score::DimensionScore& d) {
  const Lang l = r.lang;
  Table t{{}, {{i18n::tr(l, "Level"), CellKind::Level}, {i18n::tr(l, "Criterion")}, {i18n::tr(l, "Status")},
               {i18n::tr(l, "Score"), CellKind::Number}, {i18n::tr(l, "Threshold"), CellKind::Number}}};
  for (const auto& c : d.criteria) {
    Tone tone = c.measure.status != score::Status::Evaluated ? Tone::Muted : c.holds ? Tone::Good : Tone::Bad;
    t.rows.push_back({level(c.criterion->level, {}), code(c.criterion->key()), text(status_title(l, c), tone),
                      score_cell(l, c), number(l, c.criterion->threshold, 2)});
  }
  t.keep = true;
  cap(l, t, kRowsPerTable);
  return t;
}

Cell optional_text(const std::string& s) { return s.empty() ? none(CellKind::Text) : text(s); }

// The observations of one practice; an interviewee column when any names one.
Table evidence_table(Lang l, const std::vector<driver::ObservationRow>& rows, Locator& where) {
  bool interviewees = std::any_of(rows.begin(), rows.end(), [](const auto& o) { return !o.interviewee.empty(); });
  Table t{{}, {{i18n::tr(l, "Observation")}, {i18n::tr(l, "Level"), CellKind::Number}, {i18n::tr(l, "Confidence")},
               {i18n::tr(l, "Evidence")}, {i18n::tr(l, "Source")}}};
  if (interviewees) t.columns.push_back({i18n::tr(l, "Interviewee")});
  t.columns.push_back({i18n::tr(l, "Date")});
  t.columns.push_back({i18n::tr(l, "Where")});
  for (const auto& o : rows) {
    std::vector<Cell> row{text(o.title), number(l, o.level, o.level == static_cast<int>(o.level) ? 0 : 1),
                          text(engine_words(l, o.confidence)), optional_text(o.evidence), optional_text(o.source)};
    if (interviewees) row.push_back(optional_text(o.interviewee));
    row.push_back(o.date.empty() ? none(CellKind::Text) : text(i18n::date(l, o.date)));
    row.push_back(code(where(o.span)));
    t.rows.push_back(std::move(row));
  }
  cap(l, t, kEvidenceRows);
  return t;
}

// The interview evidence behind a dimension's `observed:` criteria, one table per practice.
void evidence(Section& s, const Run& r, const score::DimensionScore& d, Locator& where) {
  const Lang l = r.lang;
  std::vector<std::string_view> seen;
  for (const auto& c : d.criteria) {
    const config::Criterion& cr = *c.criterion;
    if (cr.kind != config::CriterionKind::Observed || std::find(seen.begin(), seen.end(), cr.ref) != seen.end()) continue;
    seen.push_back(cr.ref);
    auto rows = driver::observations_of(r, cr.ref);
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "Interview evidence for") + " "}, {cr.key(), Style::Code},
                                     {rows.empty() ? i18n::tr(l, ": no observation.") : ":"}}});
    if (rows.empty()) continue;
    if (auto spread = driver::spread(rows))
      s.blocks.emplace_back(Paragraph{{{say(l, "The observations disagree: levels {low} to {high}. Talk the answers "
                                               "through with the interviewees before relying on their mean.",
                                            fmt::arg("low", i18n::number(l, spread->low, 0)),
                                            fmt::arg("high", i18n::number(l, spread->high, 0)))}},
                                      Para::Flag});
    s.blocks.emplace_back(evidence_table(l, rows, where));
  }
}

}  // namespace

Section radar(const Run& r) {
  const Lang l = r.lang;
  Section s{"radar", i18n::tr(l, "Scores per dimension"), {}};
  if (r.scores.dimensions.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "The matrix has no dimensions.")}}, Para::Note});
    return s;
  }
  Radar chart;
  chart.max_level = r.matrix.max_level();
  Series current{SeriesKind::Current, i18n::tr(l, "Current"), {}};
  for (const auto& d : r.scores.dimensions) {
    chart.axes.push_back(d.dimension->title.in(l));
    current.values.push_back(d.score);
  }
  chart.series.push_back(std::move(current));
  if (!r.assessment.targets.empty()) {
    // A dimension without a target sits at its current score: no gap to show.
    Series target{SeriesKind::Target, i18n::tr(l, "Target"), {}};
    for (const auto& d : r.scores.dimensions) target.values.push_back(d.target ? *d.target : d.score);
    chart.series.push_back(std::move(target));
  }
  if (r.roadmap && !r.roadmap->projection.empty()) {
    const plan::YearProjection& last = r.roadmap->projection.back();
    Series p{SeriesKind::Projected, say(l, "Projected end of {year}", fmt::arg("year", last.year)), {}};
    for (const auto& d : r.scores.dimensions) p.values.push_back(projected(last, d));
    chart.series.push_back(std::move(p));
  }
  if (r.previous) {
    // Where the last recorded run stood; a dimension it did not have sits at today's score.
    Series p{SeriesKind::Previous,
             say(l, "Previous run ({date})", fmt::arg("date", i18n::date(l, r.previous->assessment_date))), {}};
    for (const auto& d : r.scores.dimensions) {
      auto delta = r.progress(d.dimension->id);
      p.values.push_back(delta ? d.score - *delta : d.score);
    }
    chart.series.push_back(std::move(p));
  }
  chart.caption = say(l, "Scores from 1 to {max}: the level reached plus the progress to the next level.",
                      fmt::arg("max", chart.max_level));
  s.blocks.emplace_back(std::move(chart));
  return s;
}

Section dimensions(const Run& r, Locator& where) {
  const Lang l = r.lang;
  Section s{"dimensions", i18n::tr(l, "Dimensions"), {}};
  for (const auto& d : r.scores.dimensions) {
    s.blocks.emplace_back(Heading{d.dimension->title.in(l), d.dimension->id});
    std::string line = say(l, "Level {level} ({name}), score {score}", fmt::arg("level", d.level),
                           fmt::arg("name", level_name(r.matrix, d.level, r.lang)), fmt::arg("score", score_text(l, d.score)));
    if (d.target) line += say(l, ", target {target}", fmt::arg("target", *d.target));
    s.blocks.emplace_back(Paragraph{{{line + "."}}});
    s.blocks.emplace_back(criteria(r, d));
    evidence(s, r, d, where);
  }
  return s;
}

}  // namespace kubus::report::view
