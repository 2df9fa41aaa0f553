// The roadmap: a Gantt chart of the initiatives per quarter with the effort
// per quarter and the cost per year under it, what each initiative buys, the
// years that spend without moving a score, the projected score per year and
// the scenarios.
#include <algorithm>
#include <cmath>

#include "report/plan_words.h"
#include "report/roadmap_facts.h"
#include "report/saving_words.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

// "+0.18 overall (Governance +0.50, Culture +0.17)": the dimensions it moves, by title.
// A change of score with its sign, "+0.13".
std::string signed_score(Lang l, double v) {
  return (v < 0 ? "-" : "+") + i18n::number(l, std::abs(v) < 0.005 ? 0 : std::abs(v), 2);
}

std::string uplift_words(const Run& r, const plan::Uplift& u) {
  auto sign = [&](double v) { return signed_score(r.lang, v); };
  std::string dims;
  for (const auto& [id, delta] : u.dimensions)
    if (std::abs(round4(delta)) >= 0.005) dims += (dims.empty() ? "" : ", ") + dimension_title(r, id) + " " + sign(delta);
  return say(r.lang, "{delta} overall", fmt::arg("delta", sign(u.overall))) + (dims.empty() ? "" : " (" + dims + ")");
}

std::string runs_words(const Run& r, const plan::Scheduled& s) {
  std::string first = r.assessment.quarter_label(s.start);
  if (s.end == s.start) return first;
  return say(r.lang, "{from} to {to}", fmt::arg("from", first), fmt::arg("to", r.assessment.quarter_label(s.end)));
}

std::string quarters_words(Lang l, const plan::Scheduled& s) {
  std::string out = say_n(l, "{n} quarter", "{n} quarters", s.quarters());
  if (s.stretched()) out += " " + say(l, "(stretched; at least {min})", fmt::arg("min", s.initiative->duration));
  return out;
}

// The horizon's quarters, or more when an initiative runs past it.
int quarter_count(const Run& r) {
  int n = r.assessment.years * 4;
  for (const auto& s : r.roadmap->items) n = std::max(n, s.end + 1);
  return n;
}

Gantt gantt(const Run& r) {
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  Gantt g;
  g.heading = i18n::tr(l, "Initiative");
  const int quarters = quarter_count(r);
  for (int q = 0; q < quarters; ++q) g.quarters.push_back(r.assessment.quarter_label(q));
  if (r.assessment.start) {
    const int first = r.assessment.start->index();
    for (int q = 0; q < quarters;) {
      int span = std::min(4 - (first + q) % 4, quarters - q);
      g.years.emplace_back((first + q) / 4, span);
      q += span;
    }
  }
  for (const auto& s : p.items)
    g.bars.push_back({s.initiative->title.in(l), s.start, s.end, s.stretched(),
                      person_months(l, s.effort) + ", " + uplift_words(r, {s.uplift.overall, {}}),
                      runs_words(r, s) + ", " + quarters_words(l, s) + "; " +
                          say(l, "buys {uplift}", fmt::arg("uplift", uplift_words(r, s.uplift))),
                      i18n::number(l, s.effort, 1), signed_score(l, s.uplift.overall)});
  g.cap = kBars;
  if (g.bars.size() > kBars) g.more = more_text(l, g.bars.size() - kBars);
  g.effort_label = i18n::tr(l, "Effort per quarter (person-months)");
  for (int q = 0; q < quarters; ++q)
    g.effort.push_back(q < static_cast<int>(p.quarters.size()) ? i18n::number(l, p.quarters[q].effort, 1) : "");
  g.cost_label = i18n::tr(l, "Cost per year");
  for (int q = 0, y = 0; q < quarters && y < static_cast<int>(p.years.size()); ++y) {
    int span = 0;
    while (q + span < quarters && p.quarters[q + span].label.compare(0, 4, p.years[y].label) == 0) ++span;
    g.cost.emplace_back(std::max(span, 1), i18n::money(l, p.years[y].cost, r.assessment.currency));
    q += std::max(span, 1);
  }
  return g;
}

// The yearly saving of the initiative's channel shifts, with the shifts below
// it; why there is none; "–" for an initiative that shifts no channel.
Cell saving_cell(const Run& r, const plan::Scheduled& s) {
  if (s.initiative->shifts.empty()) return none(CellKind::Money);
  Cell c = s.saving.amount ? money(r.lang, *s.saving.amount, r.assessment.currency)
                           : text(saving_words(r.lang, s.saving, r.assessment.currency));
  c.detail = shifts_words(r.lang, *s.initiative);
  return c;
}

Table initiatives(const Run& r) {
  const Lang l = r.lang;
  // The saving column only when some initiative shifts channels: a column of "–" says nothing.
  const bool savings = std::any_of(r.roadmap->items.begin(), r.roadmap->items.end(),
                                   [](const plan::Scheduled& s) { return !s.initiative->shifts.empty(); });
  // When it runs goes under its title: a column of its own left too little room for the criteria it fixes.
  Table t{{}, {{i18n::tr(l, "Initiative")}, {i18n::tr(l, "Effort (person-months)"), CellKind::Number},
               {i18n::tr(l, "Cost"), CellKind::Money}}};
  if (savings) t.columns.push_back({i18n::tr(l, "Saving per year"), CellKind::Money});
  // What it resolves and the criteria it fixes in one column: two made the rows twice as tall in print.
  t.columns.insert(t.columns.end(),
                   {{i18n::tr(l, "Buys (projected score at the horizon)")}, {i18n::tr(l, "Resolves"), CellKind::Text, true}});
  for (const auto& s : r.roadmap->items) {
    std::string fixes;
    for (const auto& f : s.initiative->fixes) fixes += (fixes.empty() ? "" : ", ") + config::criterion_key(f.kind, f.ref);
    Cell title = text(s.initiative->title.in(l) + (s.started ? " " + i18n::tr(l, "(started)") : "") + "\n" +
                      runs_words(r, s) + ", " + quarters_words(l, s));
    title.detail = s.initiative->id;
    std::vector<Cell> row{title, number(l, s.effort, 1), money(l, s.cost, r.assessment.currency)};
    if (savings) row.push_back(saving_cell(r, s));
    Cell resolves = text(say_n(l, "{n} finding or gap", "{n} findings and gaps", static_cast<long>(s.resolves)));
    resolves.detail = fixes;
    row.insert(row.end(), {text(uplift_words(r, s.uplift)), std::move(resolves)});
    t.rows.push_back(std::move(row));
  }
  t.dense = true;
  cap(l, t, kBars);
  return t;
}

}  // namespace

void roadmap_notes(Section& s, const Run& r);       // view_roadmap_notes.cpp
void roadmap_projection(Section& s, const Run& r);  // view_roadmap_notes.cpp

Section roadmap(const Run& r) {
  const Lang l = r.lang;
  Section s{"roadmap", i18n::tr(l, "Roadmap"), {}};
  if (!r.roadmap) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "No roadmap was planned.")}}, Para::Note});
    return s;
  }
  const plan::Roadmap& p = *r.roadmap;
  if (p.items.empty()) {
    std::string why = p.note == plan::Note::None ? std::string() : ": " + note_words(l, p.note);
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "No initiative is needed or possible") + why + "."}}, Para::Note});
  } else {
    s.blocks.emplace_back(Paragraph{{{say_n(
        l, "{n} initiative, {span}: {effort}, {cost}. Each bar runs from the initiative's first to its last quarter and "
           "shows its effort and what it adds to the projected overall score; a lighter bar is stretched beyond its "
           "minimum duration, its effort and cost spread over the quarters it runs.",
        "{n} initiatives, {span}: {effort}, {cost}. Each bar runs from the initiative's first to its last quarter and "
        "shows its effort and what it adds to the projected overall score; a lighter bar is stretched beyond its "
        "minimum duration, its effort and cost spread over the quarters it runs.",
        static_cast<long>(p.items.size()), fmt::arg("span", span_words(r)),
        fmt::arg("effort", person_months(l, p.total_effort)),
        fmt::arg("cost", i18n::money(l, p.total_cost, r.assessment.currency)))}}});
    if (p.total_saving)
      s.blocks.emplace_back(Paragraph{{{say(l, "Once done, the channel shifts of these initiatives save {saving} a year "
                                               "in the cost of contact (the saving per year in the table below).",
                                            fmt::arg("saving", i18n::money(l, *p.total_saving, r.assessment.currency)))}}});
    s.blocks.emplace_back(gantt(r));
    s.blocks.emplace_back(Heading{i18n::tr(l, "What each initiative buys"), {}});
    s.blocks.emplace_back(initiatives(r));
  }
  roadmap_notes(s, r);
  roadmap_projection(s, r);
  return s;
}

}  // namespace kubus::report::view
