// report.xlsx: the report's tables for a consultant to work with in Excel,
// complete (report.html caps its tables, this file never does): the summary,
// the scores per dimension and per criterion, the findings, the gaps, the KPIs
// and SLAs, the roadmap and its quarters. Scores, shares, money, effort and
// counts are numbers with number formats; headers and sheet names are in the
// run's language.
#include <fmt/format.h>

#include <algorithm>

#include "driver/evidence.h"
#include "i18n/i18n.h"
#include "report/report.h"
#include "report/text.h"
#include "report/xlsx_book.h"

namespace kubus::report {
namespace {

using xlsx::Book;
using xlsx::Kind;

// A sheet name, header or cell word, in the context "xlsx": its own entry in
// the catalogue, since a sheet name may need a shorter word than a heading.
std::string h(Lang l, std::string_view msgid) { return i18n::trc(l, "xlsx", msgid); }

// A label and a value per row: where the run stands and what the plan costs.
void summary_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "Summary"), {{h(l, "Measure")}, {h(l, "Value")}});
  auto row = [&](std::string_view label) -> xlsx::Table& { return t.text(h(l, label)); };
  row("Assessment").text(r.assessment.title).end_row();
  row("Date").text(i18n::date(l, r.assessment.date)).end_row();
  row("Matrix").text(r.matrix.title).end_row();
  row("Overall score").number(r.scores.overall, Kind::Decimal).end_row();
  row("Overall level").number(r.scores.overall_level, Kind::Count).end_row();
  row("Level name").text(level_name(r.matrix, r.scores.overall_level)).end_row();
  row("Share of the way to the targets").number(r.scores.percent_to_target, Kind::Share).end_row();
  row("Findings").number(static_cast<double>(findings(r).size()), Kind::Count).end_row();
  row("Gaps").number(static_cast<double>(r.silo.gaps.count()), Kind::Count).end_row();
  if (!r.roadmap) return;
  row("Initiatives planned").number(static_cast<double>(r.roadmap->items.size()), Kind::Count).end_row();
  row("Total cost").number(r.roadmap->total_cost, Kind::Money).end_row();
  row("Total effort (person-months)").number(r.roadmap->total_effort, Kind::Effort).end_row();
  row("Dimensions with a target").number(r.roadmap->targets, Kind::Count).end_row();
  row("Targets reached by the plan").number(r.roadmap->reached, Kind::Count).end_row();
}

void dimensions_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "Dimensions"),
                       {{h(l, "Dimension ID")}, {h(l, "Dimension")}, {h(l, "Weight"), Kind::Decimal},
                        {h(l, "Level"), Kind::Count}, {h(l, "Level name")},
                        {h(l, "Score"), Kind::Decimal}, {h(l, "Progress to the next level"), Kind::Share},
                        {h(l, "Target"), Kind::Count}, {h(l, "Gap to target"), Kind::Decimal}});
  for (const score::DimensionScore& d : r.scores.dimensions) {
    t.text(d.dimension->id).text(d.dimension->title).number(d.dimension->weight).number(d.level);
    t.text(level_name(r.matrix, d.level)).number(d.score).number(d.progress);
    (d.target ? t.number(*d.target) : t.blank()).number(d.gap).end_row();
  }
}

void criteria_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "Criteria"),
                       {{h(l, "Dimension ID")}, {h(l, "Level"), Kind::Count}, {h(l, "Kind")},
                        {h(l, "Reference")}, {h(l, "Status")}, {h(l, "Score"), Kind::Share},
                        {h(l, "Threshold"), Kind::Share}, {h(l, "Weight"), Kind::Decimal},
                        {h(l, "Passed"), Kind::Decimal}, {h(l, "Total"), Kind::Decimal}});
  for (const score::DimensionScore& d : r.scores.dimensions)
    for (const score::CriterionScore& c : d.criteria) {
      const config::Criterion& cr = *c.criterion;
      t.text(d.dimension->id).number(cr.level).text(config::name_of(cr.kind)).text(cr.ref);
      t.text(score::status_name(c));
      bool evaluated = c.measure.status == score::Status::Evaluated;
      (evaluated ? t.number(c.measure.value) : t.blank()).number(cr.threshold).number(cr.weight);
      t.number(c.measure.passed).number(c.measure.total).end_row();
    }
}

// Every finding, the most severe first, then by rule and subject.
void findings_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "Findings"), {{h(l, "Severity")}, {h(l, "Rule")},
                                                 {h(l, "Subject")}, {h(l, "Message")},
                                                 {h(l, "Location")}});
  std::vector<const Finding*> all;
  for (const Finding& f : findings(r)) all.push_back(&f);
  std::stable_sort(all.begin(), all.end(), [](const Finding* a, const Finding* b) { return a->severity < b->severity; });
  for (const Finding* f : all)
    t.text(h(l, rule_severity_name(f->severity))).text(f->rule).text(f->subject).text(f->message)
        .text(where(f->span)).end_row();
}

void gaps_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "Gaps"), {{h(l, "Kind")}, {h(l, "Gap ID")},
                                             {h(l, "Members"), Kind::Count}, {h(l, "Member IDs")},
                                             {h(l, "Location")}, {h(l, "Waived by")}});
  for (const graph::Gap& g : r.silo.gaps.gaps) {
    std::string members;
    for (const std::string& m : g.members) members += (members.empty() ? "" : ", ") + m;
    t.text(schema::name_of(g.kind)).text(g.id).number(static_cast<double>(g.members.size())).text(members);
    t.text(where(g.span)).text(g.waived() ? std::string_view(r.model.entities[g.waiver].id) : "").end_row();
  }
}

void targets_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  auto& t = book.table(h(l, "KPIs and SLAs"),
                       {{h(l, "Kind")}, {h(l, "ID")}, {h(l, "Title")}, {h(l, "Measures")},
                        {h(l, "Target")}, {h(l, "Actual")}, {h(l, "Met")},
                        {h(l, "Shortfall"), Kind::Share}, {h(l, "Owner")}, {h(l, "Location")}});
  for (const driver::TargetRow& row : driver::targets(r)) {
    t.text(row.kind == "kpi" ? "KPI" : "SLA").text(row.id).text(row.title).text(row.measures).text(row.target);
    t.text(row.actual).text(row.met ? h(l, *row.met ? "yes" : "no") : "");
    // Relative to the target, but absolute (in the target's unit) for a target of 0.
    Kind shortfall = row.zero_target ? Kind::Decimal : Kind::Share;
    (row.shortfall ? t.number(*row.shortfall, shortfall) : t.blank()).text(row.owner).text(where(row.span)).end_row();
  }
}

// An initiative a row, then its effort in each quarter of the horizon (the
// Gantt chart as numbers: the plan spreads effort evenly over its quarters).
void roadmap_sheets(Book& book, const Run& r) {
  if (!r.roadmap) return;
  Lang l = r.lang;
  std::vector<xlsx::Column> columns = {
      {h(l, "Initiative ID")}, {h(l, "Initiative")}, {h(l, "Status")}, {h(l, "Start")}, {h(l, "End")},
      {h(l, "Quarters"), Kind::Count}, {h(l, "Effort (person-months)"), Kind::Effort}, {h(l, "Cost"), Kind::Money},
      {h(l, "Overall uplift"), Kind::Decimal}, {h(l, "Findings and gaps resolved"), Kind::Count}};
  for (const plan::Period& p : r.roadmap->quarters) columns.push_back({p.label, Kind::Effort});
  auto& t = book.table(h(l, "Roadmap"), std::move(columns));
  const int quarters = static_cast<int>(r.roadmap->quarters.size());
  for (const plan::Scheduled& s : r.roadmap->items) {
    t.text(s.initiative->id).text(s.initiative->title).text(h(l, s.started ? "started" : "planned"));
    t.text(r.assessment.quarter_label(s.start)).text(r.assessment.quarter_label(s.end)).number(s.quarters());
    t.number(s.effort).number(s.cost).number(s.uplift.overall).number(static_cast<double>(s.resolves));
    for (int q = 0; q < quarters; ++q) (s.start <= q && q <= s.end ? t.number(s.effort / s.quarters()) : t.blank());
    t.end_row();
  }
  auto& q = book.table(h(l, "Quarters"), {{h(l, "Quarter")},
                                                 {h(l, "Effort (person-months)"), Kind::Effort},
                                                 {h(l, "Cost"), Kind::Money}});
  for (const plan::Period& p : r.roadmap->quarters) q.text(p.label).number(p.effort).number(p.cost).end_row();
}

}  // namespace

bool write_xlsx(const Run& r, const SourceManager& sm, const std::string& path, std::string& error) {
  Book book(path, r.assessment.currency);
  book.properties(r.assessment.title, r.assessment.date);
  Locator where(r, sm);
  summary_sheet(book, r);
  dimensions_sheet(book, r);
  criteria_sheet(book, r);
  findings_sheet(book, r, where);
  gaps_sheet(book, r, where);
  targets_sheet(book, r, where);
  roadmap_sheets(book, r);
  return book.close(error);
}

}  // namespace kubus::report
