// report.xlsx: the report's tables for a consultant to work with in Excel,
// complete (report.html caps its tables, this file never does): the summary,
// the scores per dimension (and the benchmark against peers) and per criterion,
// the findings, the gaps, the KPIs and SLAs, the contact-moment cards, the cost
// of contact, the roadmap and its quarters. Scores, shares, money, effort and
// counts are numbers with number formats; headers and sheet names are in the
// run's language.
#include <fmt/format.h>

#include <algorithm>

#include "driver/cards.h"
#include "driver/cost.h"
#include "driver/cube.h"
#include "driver/evidence.h"
#include "i18n/i18n.h"
#include "report/plan_words.h"
#include "report/report.h"
#include "report/saving_words.h"
#include "report/text.h"
#include "report/view_parts.h"
#include "report/xlsx_book.h"

namespace kubus::report {
namespace {

using xlsx::Book;
using xlsx::Kind;

// A sheet name, header or cell word, in the context "xlsx": its own entry in
// the catalogue, since a sheet name may need a shorter word than a heading.

// A label and a value per row: where the run stands and what the plan costs.
void summary_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "Summary"), {{i18n::trc(l, "xlsx", "Measure")}, {i18n::trc(l, "xlsx", "Value")}});
  auto row = [&](const std::string& label) -> xlsx::Table& { return t.text(label); };
  row(i18n::trc(l, "xlsx", "Assessment")).text(r.assessment.title).end_row();
  row(i18n::trc(l, "xlsx", "Date")).text(i18n::date(l, r.assessment.date)).end_row();
  row(i18n::trc(l, "xlsx", "Matrix")).text(r.matrix.title.in(l)).end_row();
  row(i18n::trc(l, "xlsx", "Overall score")).number(r.scores.overall, Kind::Decimal).end_row();
  row(i18n::trc(l, "xlsx", "Overall level")).number(r.scores.overall_level, Kind::Count).end_row();
  row(i18n::trc(l, "xlsx", "Level name")).text(level_name(r.matrix, r.scores.overall_level, r.lang)).end_row();
  row(i18n::trc(l, "xlsx", "Share of the way to the targets")).number(r.scores.percent_to_target, Kind::Share).end_row();
  row(i18n::trc(l, "xlsx", "Findings")).number(static_cast<double>(findings(r).size()), Kind::Count).end_row();
  row(i18n::trc(l, "xlsx", "Gaps")).number(static_cast<double>(r.silo.gaps.count()), Kind::Count).end_row();
  if (!r.roadmap) return;
  row(i18n::trc(l, "xlsx", "Initiatives planned")).number(static_cast<double>(r.roadmap->items.size()), Kind::Count).end_row();
  row(i18n::trc(l, "xlsx", "Total cost")).number(r.roadmap->total_cost, Kind::Money).end_row();
  row(i18n::trc(l, "xlsx", "Total effort (person-months)")).number(r.roadmap->total_effort, Kind::Effort).end_row();
  row(i18n::trc(l, "xlsx", "Dimensions with a target")).number(r.roadmap->targets, Kind::Count).end_row();
  row(i18n::trc(l, "xlsx", "Targets reached by the plan")).number(r.roadmap->reached, Kind::Count).end_row();
}

void dimensions_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "Dimensions"),
                       {{i18n::trc(l, "xlsx", "Dimension ID")}, {i18n::trc(l, "xlsx", "Dimension")}, {i18n::trc(l, "xlsx", "Weight"), Kind::Decimal},
                        {i18n::trc(l, "xlsx", "Level"), Kind::Count}, {i18n::trc(l, "xlsx", "Level name")},
                        {i18n::trc(l, "xlsx", "Score"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Progress to the next level"), Kind::Share},
                        {i18n::trc(l, "xlsx", "Target"), Kind::Count}, {i18n::trc(l, "xlsx", "Gap to target"), Kind::Decimal}});
  for (const score::DimensionScore& d : r.scores.dimensions) {
    t.text(d.dimension->id).text(d.dimension->title.in(l)).number(d.dimension->weight).number(d.level);
    t.text(level_name(r.matrix, d.level, r.lang)).number(d.score).number(d.progress);
    (d.target ? t.number(*d.target) : t.blank()).number(d.gap).end_row();
  }
}

// The standing among the store's other organisations (anonymous), when it has any.
void benchmark_sheet(Book& book, const Run& r) {
  if (!r.benchmark) return;
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "Benchmark"),
                       {{i18n::trc(l, "xlsx", "Dimension ID")}, {i18n::trc(l, "xlsx", "Dimension")},
                        {i18n::trc(l, "xlsx", "Score"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Peers"), Kind::Count},
                        {i18n::trc(l, "xlsx", "Lower quartile"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Median"), Kind::Decimal},
                        {i18n::trc(l, "xlsx", "Upper quartile"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Percentile"), Kind::Decimal},
                        {i18n::trc(l, "xlsx", "Sector compared within")}});
  auto or_blank = [&t](const std::optional<double>& v) -> xlsx::Table& { return v ? t.number(*v) : t.blank(); };
  const std::string& sector = r.benchmark->result.sector;
  auto row = [&](std::string_view id, std::string_view title, const history::Standing& s) {
    t.text(id).text(title).number(s.score).number(s.peers);
    or_blank(s.p25);
    or_blank(s.median);
    or_blank(s.p75);
    or_blank(s.percentile);
    t.text(sector.empty() ? i18n::trc(l, "xlsx", "every sector") : sector).end_row();
  };
  for (const auto& d : r.benchmark->result.dimensions) row(d.id, view::dimension_title(r, d.id), d);
  row("overall", i18n::trc(l, "xlsx", "Overall"), r.benchmark->result.overall);
}

void criteria_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "Criteria"),
                       {{i18n::trc(l, "xlsx", "Dimension ID")}, {i18n::trc(l, "xlsx", "Level"), Kind::Count}, {i18n::trc(l, "xlsx", "Kind")},
                        {i18n::trc(l, "xlsx", "Reference")}, {i18n::trc(l, "xlsx", "Status")}, {i18n::trc(l, "xlsx", "Score"), Kind::Share},
                        {i18n::trc(l, "xlsx", "Threshold"), Kind::Share}, {i18n::trc(l, "xlsx", "Weight"), Kind::Decimal},
                        {i18n::trc(l, "xlsx", "Passed"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Total"), Kind::Decimal}});
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
  auto& t = book.table(i18n::trc(l, "xlsx", "Findings"), {{i18n::trc(l, "xlsx", "Severity")}, {i18n::trc(l, "xlsx", "Rule")},
                                                 {i18n::trc(l, "xlsx", "Subject")}, {i18n::trc(l, "xlsx", "Message")},
                                                 {i18n::trc(l, "xlsx", "Location")}});
  std::vector<const Finding*> all;
  for (const Finding& f : findings(r)) all.push_back(&f);
  std::stable_sort(all.begin(), all.end(), [](const Finding* a, const Finding* b) { return a->severity < b->severity; });
  for (const Finding* f : all)
    t.text(view::severity_title(l, f->severity)).text(f->rule).text(f->subject).text(f->message)
        .text(where(f->span)).end_row();
}

void gaps_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "Gaps"), {{i18n::trc(l, "xlsx", "Kind")}, {i18n::trc(l, "xlsx", "Gap ID")},
                                             {i18n::trc(l, "xlsx", "Members"), Kind::Count}, {i18n::trc(l, "xlsx", "Member IDs")},
                                             {i18n::trc(l, "xlsx", "Location")}, {i18n::trc(l, "xlsx", "Waived by")}});
  for (const graph::Gap& g : r.silo.gaps.gaps) {
    std::string members;
    for (const std::string& m : g.members) members += (members.empty() ? "" : ", ") + m;
    t.text(schema::name_of(g.kind)).text(g.id).number(static_cast<double>(g.members.size())).text(members);
    t.text(where(g.span)).text(g.waived() ? std::string_view(r.model.entities[g.waiver].id) : "").end_row();
  }
}

void targets_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  auto& t = book.table(i18n::trc(l, "xlsx", "KPIs and SLAs"),
                       {{i18n::trc(l, "xlsx", "Kind")}, {i18n::trc(l, "xlsx", "ID")}, {i18n::trc(l, "xlsx", "Title")}, {i18n::trc(l, "xlsx", "Measures")},
                        {i18n::trc(l, "xlsx", "Target")}, {i18n::trc(l, "xlsx", "Actual")}, {i18n::trc(l, "xlsx", "Met")},
                        {i18n::trc(l, "xlsx", "Shortfall"), Kind::Share}, {i18n::trc(l, "xlsx", "Owner")}, {i18n::trc(l, "xlsx", "Location")}});
  for (const driver::TargetRow& row : driver::targets(r)) {
    t.text(row.kind == "kpi" ? "KPI" : "SLA").text(row.id).text(row.title).text(row.measures).text(row.target);
    t.text(row.actual).text(row.met ? (*row.met ? i18n::trc(l, "xlsx", "yes") : i18n::trc(l, "xlsx", "no")) : "");
    // Relative to the target, but absolute (in the target's unit) for a target of 0.
    Kind shortfall = row.zero_target ? Kind::Decimal : Kind::Share;
    (row.shortfall ? t.number(*row.shortfall, shortfall) : t.blank()).text(row.owner).text(where(row.span)).end_row();
  }
}

// The shifts of an initiative, and why they save nothing when a figure is missing.
std::string shifts_saving(Lang l, const plan::Scheduled& s) {
  std::string why = no_saving_words(l, s.saving);
  return shifts_words(l, *s.initiative) + (why.empty() ? "" : " (" + why + ")");
}

// The yearly cost of contact by channel and phase, with a total row (the cube section's table, complete).
void cost_sheet(Book& book, const Run& r) {
  Lang l = r.lang;
  std::vector<xlsx::Column> columns{{i18n::trc(l, "xlsx", "Channel ID")}, {i18n::trc(l, "xlsx", "Channel")}};
  for (auto p : driver::cube_phases()) columns.push_back({view::phase_title(l, p), Kind::Money});
  columns.push_back({i18n::trc(l, "xlsx", "Total"), Kind::Money});
  auto& t = book.table(i18n::trc(l, "xlsx", "Cost of contact"), std::move(columns));
  auto amounts = [&t](const std::vector<driver::CostCell>& phases, const driver::CostCell& total) {
    for (const auto& c : phases) (c.none() ? t.blank() : t.number(c.amount));
    (total.none() ? t.blank() : t.number(total.amount)).end_row();
  };
  const driver::CostTable& cost = driver::cost_of_contact(r);
  for (const auto& row : cost.rows) {
    if (row.channel == model::kNone) t.text("").text(i18n::trc(l, "xlsx", "No channel"));
    else t.text(r.model.entities[row.channel].id).text(r.model.display(r.model.entities[row.channel], l));
    amounts(row.phases, row.total);
  }
  t.text("").text(i18n::trc(l, "xlsx", "Total"));
  amounts(cost.phase_totals, cost.total);
}

// The facts of a card's answer as one cell.
std::string answer(const view::Card& c, std::string_view key) {
  std::string out;
  for (const auto& row : c.rows)
    if (row.key == key)
      for (const auto& f : row.facts) out += (out.empty() ? "" : "; ") + f.text;
  return out;
}

// A money amount in the book's currency as a number; in another currency as text (never converted).
void amount(xlsx::Table& t, const Run& r, const std::optional<driver::Money>& m) {
  if (!m) t.blank();
  else if (m->currency == r.assessment.currency) t.number(m->amount);
  else t.text(i18n::money(r.lang, m->amount, m->currency, 2));
}

// Every contact-moment card, the most contacts a year first: its figures as
// numbers, its answers as the report words them ("not described" included).
void cards_sheet(Book& book, const Run& r, Locator& where) {
  Lang l = r.lang;
  const auto& all = driver::cards(r);
  const auto shown = view::cards(r, all);
  std::vector<xlsx::Column> columns{
      {i18n::trc(l, "xlsx", "Touchpoint ID")},  {i18n::trc(l, "xlsx", "Touchpoint")},
      {i18n::trc(l, "xlsx", "Phase")},          {i18n::trc(l, "xlsx", "Contacts a year"), Kind::Count},
      {i18n::trc(l, "xlsx", "Customer effort"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Cost per contact"), Kind::Price},
      {i18n::trc(l, "xlsx", "Yearly cost"), Kind::Money}, {i18n::trc(l, "xlsx", "KPIs met"), Kind::Count},
      {i18n::trc(l, "xlsx", "KPIs missed"), Kind::Count}};
  const std::vector<std::string_view> keys{"purpose", "exchanges", "experience", "promised", "channels",
                                           "owner",   "supervisor", "kpis",      "feedback", "mandate"};
  for (auto key : keys) columns.push_back({view::answer_label(l, key)});
  columns.push_back({i18n::trc(l, "xlsx", "Switch moment")});
  columns.push_back({i18n::trc(l, "xlsx", "Location")});
  auto& t = book.table(i18n::trc(l, "xlsx", "Contact moments"), std::move(columns));
  for (std::size_t i = 0; i < all.size(); ++i) {
    const driver::Card& c = all[i];
    std::size_t met = 0, missed = 0;
    for (const auto& k : c.kpis) (k.met == true ? met : missed) += k.met.has_value();
    t.text(r.model.entities[c.touchpoint].id).text(shown[i].title).text(view::phase_title(l, c.phase));
    (c.volume ? t.number(*c.volume) : t.blank());
    (c.effort ? t.number(*c.effort) : t.blank());
    amount(t, r, c.cost);
    amount(t, r, c.yearly_cost);
    t.number(double(met)).number(double(missed));
    for (auto key : keys) t.text(answer(shown[i], key));
    t.text(c.switch_moment ? i18n::trc(l, "xlsx", "yes") : i18n::trc(l, "xlsx", "no")).text(where(c.span)).end_row();
  }
}

// An initiative a row, then its effort in each quarter of the horizon (the
// Gantt chart as numbers: the plan spreads effort evenly over its quarters).
void roadmap_sheets(Book& book, const Run& r) {
  if (!r.roadmap) return;
  Lang l = r.lang;
  std::vector<xlsx::Column> columns = {
      {i18n::trc(l, "xlsx", "Initiative ID")}, {i18n::trc(l, "xlsx", "Initiative")}, {i18n::trc(l, "xlsx", "Status")}, {i18n::trc(l, "xlsx", "Start")}, {i18n::trc(l, "xlsx", "End")},
      {i18n::trc(l, "xlsx", "Quarters"), Kind::Count}, {i18n::trc(l, "xlsx", "Effort (person-months)"), Kind::Effort}, {i18n::trc(l, "xlsx", "Cost"), Kind::Money},
      {i18n::trc(l, "xlsx", "Saving per year"), Kind::Money}, {i18n::trc(l, "xlsx", "Channel shifts")},
      {i18n::trc(l, "xlsx", "Overall uplift"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Findings and gaps resolved"), Kind::Count}};
  for (const plan::Period& p : r.roadmap->quarters) columns.push_back({p.label, Kind::Effort});
  auto& t = book.table(i18n::trc(l, "xlsx", "Roadmap"), std::move(columns));
  const int quarters = static_cast<int>(r.roadmap->quarters.size());
  for (const plan::Scheduled& s : r.roadmap->items) {
    t.text(s.initiative->id).text(s.initiative->title.in(l)).text((s.started ? i18n::trc(l, "xlsx", "started") : i18n::trc(l, "xlsx", "planned")));
    t.text(r.assessment.quarter_label(s.start)).text(r.assessment.quarter_label(s.end)).number(s.quarters());
    t.number(s.effort).number(s.cost);
    (s.saving.amount ? t.number(*s.saving.amount) : t.blank()).text(shifts_saving(l, s));
    t.number(s.uplift.overall).number(static_cast<double>(s.resolves));
    for (int q = 0; q < quarters; ++q) (s.start <= q && q <= s.end ? t.number(s.effort / s.quarters()) : t.blank());
    t.end_row();
  }
  auto& q = book.table(i18n::trc(l, "xlsx", "Quarters"), {{i18n::trc(l, "xlsx", "Quarter")},
                                                 {i18n::trc(l, "xlsx", "Effort (person-months)"), Kind::Effort},
                                                 {i18n::trc(l, "xlsx", "Cost"), Kind::Money}});
  for (const plan::Period& p : r.roadmap->quarters) q.text(p.label).number(p.effort).number(p.cost).end_row();
  if (r.roadmap->unreachable.empty()) return;
  // The targets out of reach, with the reason the report gives (in the run's language).
  auto& o = book.table(i18n::trc(l, "xlsx", "Out of reach"),
                       {{i18n::trc(l, "xlsx", "Dimension ID")}, {i18n::trc(l, "xlsx", "Target"), Kind::Count},
                        {i18n::trc(l, "xlsx", "Projected score"), Kind::Decimal}, {i18n::trc(l, "xlsx", "Limits")},
                        {i18n::trc(l, "xlsx", "Reason")}});
  for (const plan::Unreachable& u : r.roadmap->unreachable) {
    std::string limits;
    for (plan::Limit limit : u.limits()) limits += (limits.empty() ? "" : ", ") + limit_words(l, limit);
    o.text(u.dimension).number(u.target).number(u.projected).text(limits).text(reason_words(l, u.reason, [&](const std::string& id) { return view::dimension_title(r, id); }))
        .end_row();
  }
}

}  // namespace

bool write_xlsx(const Run& r, const SourceManager& sm, const std::string& path, std::string& error) {
  Book book(path, r.assessment.currency, xlsx::Layout::Streamed);
  book.properties(r.assessment.title, r.assessment.date);
  Locator where(r, sm);
  summary_sheet(book, r);
  dimensions_sheet(book, r);
  benchmark_sheet(book, r);
  criteria_sheet(book, r);
  findings_sheet(book, r, where);
  gaps_sheet(book, r, where);
  targets_sheet(book, r, where);
  cards_sheet(book, r, where);
  cost_sheet(book, r);
  roadmap_sheets(book, r);
  return book.close(error);
}

}  // namespace kubus::report
