// report.json: every result of the run, versioned ("kubus-report": 2); the
// schema is documented in docs/report-format.md.
#include <cmath>
#include <nlohmann/json.hpp>

#include "driver/cube.h"
#include "driver/evidence.h"
#include "report/benchmark_text.h"
#include "report/gap_evidence.h"
#include "report/json_contacts.h"
#include "report/json_reason.h"
#include "report/json_rows.h"
#include "report/json_writer.h"
#include "report/plan_words.h"
#include "report/report.h"
#include "report/roadmap_facts.h"
#include "report/text.h"

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;

J opt(const std::string& s) { return s.empty() ? J(nullptr) : J(s); }

// The interview evidence behind an `observed:` criterion.
J observations_json(const Run& r, std::string_view practice, Locator& where) {
  J out = J::array();
  for (const auto& o : driver::observations_of(r, practice))
    out.push_back(observation_json(o, where(o.span), WithPractice::Yes));
  return out;
}

J criterion_json(const Run& r, const score::CriterionScore& c, Locator& where) {
  const config::Criterion& cr = *c.criterion;
  J j = {
      {"level", cr.level}, {"kind", config::name_of(cr.kind)}, {"ref", cr.ref},      {"status", score::status_name(c)},
      {"score", nullptr},  {"threshold", cr.threshold},        {"weight", cr.weight}};
  if (c.measure.status == score::Status::Evaluated) j["score"] = round4(c.measure.value);
  if (cr.kind == config::CriterionKind::Observed) {
    j["min"] = cr.min;
    if (c.measure.status == score::Status::Evaluated) j["observed"] = round4(c.measure.passed);
    j["observations"] = observations_json(r, cr.ref, where);
  } else {
    j["passed"] = c.measure.passed;
    j["total"] = c.measure.total;
  }
  return j;
}

J since(std::optional<double> delta) { return delta ? J(round4(*delta)) : J(nullptr); }

J previous_json(const Run& r) {
  if (!r.previous) return nullptr;
  return {{"run", r.previous->id},
          {"date", r.previous->assessment_date},
          {"git_commit", r.previous->git_commit},
          {"overall", round4(r.previous->overall)}};
}

// The standing among the store's other organisations: "sector" is the one
// compared within (null: all), "organisation_sector" and "sector_peers" say why.
J peers_json(const Run& r) {
  if (!r.benchmark) return nullptr;
  J out = benchmark_value(r.benchmark->result);
  out["organisation_sector"] = r.benchmark->sector.empty() ? J(nullptr) : J(r.benchmark->sector);
  out["sector_peers"] = r.benchmark->sector_peers;
  return out;
}

J dimensions_json(const Run& r, Locator& where) {
  J dims = J::array();
  for (const score::DimensionScore& d : r.scores.dimensions) {
    J crit = J::array();
    for (const auto& c : d.criteria) crit.push_back(criterion_json(r, c, where));
    dims.push_back({{"id", d.dimension->id},
                    {"title", d.dimension->title.in(r.lang)},
                    {"weight", d.dimension->weight},
                    {"level", d.level},
                    {"level_name", level_name(r.matrix, d.level, r.lang)},
                    {"score", round4(d.score)},
                    {"progress", round4(d.progress)},
                    {"target", d.target ? J(*d.target) : J(nullptr)},
                    {"gap_to_target", round4(d.gap)},
                    {"since_previous", since(r.progress(d.dimension->id))},
                    {"criteria", crit}});
  }
  return dims;
}

// The cube: per table (all channels, each channel, no channel) a row per
// unit (`null`: no unit), a cell per phase.
J cube_json(const Run& r) {
  J tables = J::array();
  auto id = [&](model::Index i) { return i == model::kNone ? J(nullptr) : J(std::string(r.model.entities[i].id)); };
  for (const driver::CubeTable& t : driver::cube(r)) {
    J rows = J::array();
    for (const driver::CubeRow& row : t.rows) {
      J cells = J::array();
      for (const driver::CubeCell& c : row.cells)
        cells.push_back({{"touchpoints", c.touchpoints},
                         {"with_findings", c.with_findings},
                         {"findings", c.findings},
                         {"yearly_cost", amount_json(c.cost)}});
      rows.push_back({{"unit", id(row.unit)}, {"cells", cells}});
    }
    tables.push_back({{"scope", driver::name_of(t.scope)}, {"channel", id(t.channel)}, {"rows", rows}});
  }
  return {{"phases", driver::cube_phases()}, {"tables", tables}};
}

// The big arrays are streamed: rules, findings and gaps grow with the model.
void write_rules(JsonWriter& w, const Run& r) {
  w.begin_array();
  for (std::size_t i = 0; i < r.rules.size(); ++i) {
    const model::Entity& rule = r.model.entities[r.rules[i].entity];
    const eval::RuleResult& res = r.results[i];
    w.begin_object();
    w.member("id", rule.id);
    w.member("title", r.model.display(rule));
    w.member("severity", rule_severity_name(res.severity));
    w.member("instances", res.total());
    w.member("passed", res.passed);
    w.member("failed", res.failed);
    w.member("errors", res.errors);
    w.member("waived", res.waived);
    w.end_object();
  }
  w.end_array();
}

// `waived`: the findings waivers take out, each with its waiver.
void write_findings(JsonWriter& w, const Run& r, Locator& where, bool waived) {
  w.begin_array();
  for (const Finding& f : waived ? driver::waived_findings(r) : findings(r)) {
    w.begin_object();
    w.member("rule", f.rule);
    w.member("severity", rule_severity_name(f.severity));
    w.member("subject", f.subject);
    w.member("message", f.message);
    if (waived)
      w.member("waiver", r.model.entities[f.waiver].id);
    else
      w.member("error", f.error);
    w.member("location", where(f.span));
    w.key("related");
    w.begin_array();
    for (const Span& s : f.related) w.value(where(s));
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

J targets_json(const Run& r, Locator& where) {
  J out = J::array();
  for (const auto& t : driver::targets(r))
    out.push_back({{"kind", t.kind},
                   {"id", t.id},
                   {"title", t.title},
                   {"measures", t.measures},
                   {"orientation", t.orientation},
                   {"target", t.target},
                   {"actual", opt(t.actual)},
                   {"met", t.met ? J(*t.met) : J(nullptr)},
                   {"shortfall", t.shortfall ? J(round4(*t.shortfall)) : J(nullptr)},
                   {"owner", opt(t.owner)},
                   {"location", where(t.span)}});
  return out;
}

J waivers_json(const Run& r, Locator& where) {
  J out = J::array();
  for (const auto& w : driver::waivers(r))
    out.push_back({{"id", w.id},
                   {"title", w.title},
                   {"waives", w.waives},
                   {"entities", w.subjects.empty() ? J(nullptr) : J(w.subjects)},
                   {"reason", w.reason},
                   {"owner", w.owner},
                   {"expires", w.expires},
                   {"expired", w.expired},
                   {"taken_out", w.taken_out},
                   {"location", where(w.span)}});
  return out;
}

void write_gaps(JsonWriter& w, const Run& r, Locator& where) {
  J sites = J::object();
  for (const auto& kind : schema::kGapKinds) {
    auto it = r.silo.gaps.sites.find(kind.kind);
    sites[std::string(kind.name)] = {{"gaps", r.silo.gaps.count(kind.kind)},
                                     {"waived", r.silo.gaps.waived(kind.kind)},
                                     {"sites", it == r.silo.gaps.sites.end() ? 0 : it->second}};
  }
  w.begin_object();
  w.member("by_kind", sites);
  w.key("gaps");
  w.begin_array();
  for (const graph::Gap& g : r.silo.gaps.gaps) {
    w.begin_object();
    w.member("kind", schema::name_of(g.kind));
    w.member("id", g.id);
    w.key("members");
    w.begin_array();
    for (const std::string& m : g.members) w.value(m);
    w.end_array();
    w.key("evidence");
    write_evidence(w, r.silo.graph, g);
    w.member("location", where(g.span));
    w.member("waiver", g.waived() ? J(std::string(r.model.entities[g.waiver].id)) : J(nullptr));
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

J uplift_json(const plan::Uplift& u) {
  J dims = J::object();
  for (const auto& [id, delta] : u.dimensions) dims[id] = round4(delta);
  return {{"overall", round4(u.overall)}, {"dimensions", dims}};
}

// An initiative's channel shifts and what they save a year (null with why, when a figure is missing).
J saving_json(const plan::Initiative& in, const plan::Saving& saving) {
  J shifts = J::array();
  for (const plan::Shift& s : in.shifts)
    shifts.push_back({{"from", s.from}, {"to", s.to}, {"share", round4(s.share / 100)}});
  J out = {{"shifts", shifts},
           {"per_year", saving.amount ? J(round4(*saving.amount)) : J(nullptr)},
           {"moved_per_year", round4(saving.moved)}};
  if (!saving.amount) {
    out["why"] = plan::no_saving_name(saving.why);
    if (!saving.channel.empty()) out["channel"] = saving.channel;
    if (!saving.currency.empty()) out["currency"] = saving.currency;
  }
  return out;
}

J items_json(const Run& r, const plan::Roadmap& p) {
  J items = J::array();
  for (const plan::Scheduled& s : p.items) {
    J fixes = J::array();
    for (const plan::Fix& f : s.initiative->fixes) fixes.push_back(config::criterion_key(f.kind, f.ref));
    items.push_back({{"id", s.initiative->id},
                     {"title", s.initiative->title.in(r.lang)},
                     {"status", s.started ? "started" : "planned"},
                     {"start", r.assessment.quarter_label(s.start)},
                     {"end", r.assessment.quarter_label(s.end)},
                     {"quarters", s.quarters()},
                     {"min_quarters", s.initiative->duration},
                     {"effort_pm", round4(s.effort)},
                     {"cost", round4(s.cost)},
                     {"uplift", uplift_json(s.uplift)},
                     {"resolves", s.resolves},
                     {"fixes", fixes},
                     {"after", s.initiative->after}});
    if (!s.initiative->shifts.empty()) items.back()["saving"] = saving_json(*s.initiative, s.saving);
  }
  return items;
}

J stalled_json(const plan::Roadmap& p) {
  J out = J::array();
  for (const plan::Stalled& st : p.stalled)
    out.push_back({{"id", st.id}, {"reason", clause_words(Lang::En, st.reason)}, {"clause", clause_json(st.reason)}});
  return out;
}

J scenarios_json(const Run& r) {
  J out = J::array();
  auto rows = scenario_rows(r);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const ScenarioRow& row = rows[i];
    out.push_back({{"name", row.name},
                   {"budget_per_year", round4(row.budget_per_year)},
                   {"capacity_per_quarter_pm", round4(row.capacity_pm)},
                   {"years", row.years},
                   {"targets", row.targets},
                   {"reached", row.reached},
                   {"end", row.end == "–" ? J(nullptr) : J(row.end)},
                   {"total_cost", round4(row.total_cost)},
                   {"overall_at_horizon", round4(row.overall)}});
  }
  return out;
}

J roadmap_json(const Run& r) {
  if (!r.roadmap) return nullptr;
  const plan::Roadmap& p = *r.roadmap;
  J projection = J::array();
  for (const plan::YearProjection& y : p.projection) {
    J dims = J::object();
    for (const auto& [id, score] : y.dimensions) dims[id] = round4(score);
    projection.push_back({{"year", y.year}, {"overall", round4(y.overall)}, {"dimensions", dims}});
  }
  auto periods = [](const std::vector<plan::Period>& ps) {
    J arr = J::array();
    for (const plan::Period& q : ps)
      arr.push_back({{"period", q.label}, {"effort_pm", round4(q.effort)}, {"cost", round4(q.cost)}});
    return arr;
  };
  J flat = J::array();
  for (const plan::FlatYear& y : p.flat_years)
    flat.push_back({{"year", y.year},
                    {"cost", round4(y.cost)},
                    {"overall_before", round4(y.overall_before)},
                    {"overall_after", round4(y.overall_after)},
                    {"largest_move", round4(y.largest_move)}});
  J unreachable = J::array();
  for (const plan::Unreachable& u : p.unreachable) {
    J limits = J::array(), clauses = J::array();
    for (const plan::Clause& c : u.reason)
      limits.push_back(plan::limit_name(c.limit)), clauses.push_back(clause_json(c));
    unreachable.push_back({{"dimension", u.dimension},
                           {"target", u.target},
                           {"projected", round4(u.projected)},
                           {"reason", reason_words(Lang::En, u.reason)},
                           {"limits", limits},
                           {"clauses", clauses},
                           {"reachable_alone", u.alone}});
  }
  return {{"currency", r.assessment.currency},
          {"budget_per_year", round4(r.assessment.budget_per_year)},
          {"capacity_per_quarter_pm", round4(r.assessment.capacity_pm)},
          {"total_effort_pm", round4(p.total_effort)},
          {"total_cost", round4(p.total_cost)},
          {"total_saving_per_year", p.total_saving ? J(round4(*p.total_saving)) : J(nullptr)},
          {"objective", round4(p.objective)},
          {"targets", p.targets},
          {"reached", p.reached},
          {"initiatives", items_json(r, p)},
          {"done", p.done},
          {"stalled", stalled_json(p)},
          {"projection", projection},
          {"quarters", periods(p.quarters)},
          {"years", periods(p.years)},
          {"flat_years", flat},
          {"unreachable", unreachable},
          {"scenarios", scenarios_json(r)}};
}

}  // namespace

std::string roadmap_to_json(const Run& r) {
  return roadmap_json(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void stream_json(const Run& r, const SourceManager& sm, const std::string& tool_version, const Piece& write) {
  const score::Scores& s = r.scores;
  J model_counts = J::object();
  for (auto kind : {"touchpoint", "department", "role", "component", "channel", "sla", "kpi", "observation", "rule"})
    model_counts[std::string(kind) + "s"] = r.model.of_kind(kind).size();
  model_counts["handoffs"] = r.model.handoffs.size();
  std::string out;
  JsonWriter w(out, write);
  Locator where(r, sm);
  w.begin_object();
  w.member("kubus-report", 2);
  w.member("tool", J{{"name", "kubus"}, {"version", tool_version}});
  w.member("assessment",
           J{{"title", r.assessment.title},
             {"date", r.assessment.date},
             {"matrix", {{"id", r.matrix.id}, {"title", r.matrix.title.in(r.lang)}, {"sha256", r.matrix.hash}}},
             {"model", model_counts}});
  w.member("overall", J{{"score", round4(s.overall)},
                        {"level", s.overall_level},
                        {"level_name", level_name(r.matrix, s.overall_level, r.lang)},
                        {"gap_to_target", round4(s.gap)},
                        {"percent_to_target", round4(s.percent_to_target)},
                        {"since_previous", since(r.progress())}});
  w.member("previous", previous_json(r));
  w.member("benchmark", peers_json(r));
  w.member("dimensions", dimensions_json(r, where));
  w.member("targets", targets_json(r, where));
  w.member("cube", cube_json(r));
  w.member("cost", cost_json(r));
  w.key("cards");
  write_cards(w, r, where);
  w.key("rules");
  write_rules(w, r);
  w.key("findings");
  write_findings(w, r, where, false);
  w.member("waivers", waivers_json(r, where));
  w.key("waived");
  write_findings(w, r, where, true);
  w.key("gaps");
  write_gaps(w, r, where);
  w.member("roadmap", roadmap_json(r));
  w.end_object();
  out += '\n';
  write(out);
}

std::string to_json(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  std::string out;
  stream_json(r, sm, tool_version, [&out](std::string_view piece) { out += piece; });
  return out;
}

}  // namespace kubus::report
