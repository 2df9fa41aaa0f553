// `kubus explain` as text: the rule or dimension, then each instance with the
// values of its operands, and each gap, with its file:line.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/commands.h"
#include "report/text.h"

namespace kubus::report {
namespace {

std::string_view outcome_word(eval::Outcome o) {
  switch (o) {
    case eval::Outcome::Pass: return "PASS";
    case eval::Outcome::Fail: return "FAIL";
    case eval::Outcome::Error: return "ERROR";
    case eval::Outcome::Waived: return "WAIVED";
  }
  return "ERROR";
}

void instances(std::string& out, const std::vector<driver::ExplainedInstance>& list, std::string_view indent) {
  for (const auto& in : list) {
    out += fmt::format("{}{:<5} {}  {}", indent, outcome_word(in.outcome), in.subject, in.location);
    if (!in.message.empty()) out += "  " + in.message;
    out += "\n";
    for (const auto& [expr, value] : in.operands) out += fmt::format("{}      {} = {}\n", indent, expr, value);
    if (in.waiver)
      out += fmt::format("{}      waived by {} until {}{}: {} (owner: {})\n", indent, in.waiver->id, in.waiver->expires,
                         in.waiver->expired ? " (expired)" : "", in.waiver->reason, in.waiver->owner);
  }
}

void observations(std::string& out, const driver::CriterionExplanation& c) {
  for (std::size_t i = 0; i < c.observations.size(); ++i) {
    const auto& o = c.observations[i];
    out += fmt::format("      OBSERVED {}  {}  level {:g}, confidence {}{}\n", o.id, c.observation_locations[i], o.level,
                       o.confidence, o.date.empty() ? "" : ", " + std::string(o.date));
    if (!o.evidence.empty()) out += fmt::format("        evidence: {}\n", o.evidence);
    if (!o.source.empty()) out += fmt::format("        source: {}\n", o.source);
    if (!o.interviewee.empty()) out += fmt::format("        interviewee: {}\n", o.interviewee);
  }
  if (auto s = driver::spread(c.observations))
    out += fmt::format("      SPREAD the observations disagree: levels {:g} to {:g}\n", s->low, s->high);
}

std::string rule_text(const driver::RuleExplanation& r) {
  std::string out = fmt::format("rule {} \"{}\" ({})\n  defined at {}\n  expect {}\n", r.id, r.title,
                                rule_severity_name(r.severity), r.location, r.expect);
  out += fmt::format("  {} instance(s): {} pass, {} fail, {} error(s)", r.total, r.passed, r.failed, r.errors);
  out += r.waived ? fmt::format("; {} waived\n", r.waived) : "\n";
  instances(out, r.instances, "  ");
  return out;
}

std::string criterion_score(const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return "-";
  int decimals = c.criterion->kind == config::CriterionKind::Observed ? 1 : 0;  // counts are whole; levels a mean
  return fmt::format("{}% ({}/{})", fixed(c.measure.value * 100, 0), fixed(c.measure.passed, decimals),
                     fixed(c.measure.total, decimals));
}

std::string dimension_text(const driver::DimensionExplanation& x) {
  const score::DimensionScore& d = *x.score;
  std::string out = fmt::format("dimension {} \"{}\": level {} ({}), score {}", d.dimension->id, x.title,
                                d.level, x.level_name, fixed(d.score, 2));
  if (d.target) out += fmt::format(", target {}", *d.target);
  out += "\n";
  for (const auto& c : x.criteria) {
    const config::Criterion& cr = *c.score->criterion;
    out += fmt::format("  level {}  {}  {}  {}  threshold {}\n", cr.level, cr.key(),
                       score::status_name(*c.score), criterion_score(*c.score), fixed(cr.threshold, 2));
    instances(out, c.failing, "      ");
    for (std::size_t i = 0; i < c.gaps.size(); ++i)
      out += fmt::format("      GAP   {}  {}{}\n", c.gaps[i].first, c.gaps[i].second,
                         c.gap_waivers[i].empty() ? "" : "  waived by " + c.gap_waivers[i]);
    observations(out, c);
  }
  return out;
}

using Json = nlohmann::ordered_json;

// Observations that disagree by two levels or more: their lowest and highest level; null otherwise.
Json spread_json(const std::vector<driver::ObservationRow>& rows) {
  auto s = driver::spread(rows);
  return s ? Json{{"low", s->low}, {"high", s->high}} : Json();
}

std::string_view outcome_name(eval::Outcome o) {
  switch (o) {
    case eval::Outcome::Pass: return "pass";
    case eval::Outcome::Fail: return "fail";
    case eval::Outcome::Error: return "error";
    case eval::Outcome::Waived: return "waived";
  }
  return "error";
}

Json instances_json(const std::vector<driver::ExplainedInstance>& list) {
  Json out = Json::array();
  for (const auto& in : list) {
    Json operands = Json::array();
    for (const auto& [expr, value] : in.operands) operands.push_back({{"expression", expr}, {"value", value}});
    Json item = {{"outcome", outcome_name(in.outcome)}, {"subject", in.subject}, {"location", in.location},
                 {"message", in.message}, {"operands", operands}};
    if (in.waiver)
      item["waiver"] = {{"id", in.waiver->id}, {"reason", in.waiver->reason}, {"owner", in.waiver->owner},
                        {"expires", in.waiver->expires}, {"expired", in.waiver->expired}};
    out.push_back(std::move(item));
  }
  return out;
}

Json rule_json(const driver::RuleExplanation& r) {
  return {{"rule", {{"id", r.id},
                    {"title", r.title},
                    {"severity", rule_severity_name(r.severity)},
                    {"location", r.location},
                    {"expect", r.expect},
                    {"instances", r.total},
                    {"passed", r.passed},
                    {"failed", r.failed},
                    {"errors", r.errors},
                    {"waived", r.waived},
                    {"explained", instances_json(r.instances)}}}};
}

Json observations_json(const driver::CriterionExplanation& c) {
  auto opt = [](std::string_view s) { return s.empty() ? Json() : Json(std::string(s)); };
  Json out = Json::array();
  for (std::size_t i = 0; i < c.observations.size(); ++i) {
    const auto& o = c.observations[i];
    out.push_back({{"id", o.id}, {"title", o.title}, {"level", o.level}, {"confidence", o.confidence},
                   {"evidence", opt(o.evidence)}, {"source", opt(o.source)}, {"interviewee", opt(o.interviewee)},
                   {"date", opt(o.date)}, {"location", c.observation_locations[i]}});
  }
  return out;
}

Json dimension_json(const driver::DimensionExplanation& x) {
  const score::DimensionScore& d = *x.score;
  Json criteria = Json::array();
  for (const auto& c : x.criteria) {
    const config::Criterion& cr = *c.score->criterion;
    Json gaps = Json::array();
    for (std::size_t i = 0; i < c.gaps.size(); ++i)
      gaps.push_back({{"id", c.gaps[i].first},
                      {"location", c.gaps[i].second},
                      {"waiver", c.gap_waivers[i].empty() ? Json() : Json(c.gap_waivers[i])}});
    Json observed = observations_json(c);
    bool evaluated = c.score->measure.status == score::Status::Evaluated;
    criteria.push_back({{"criterion", cr.key()},
                        {"level", cr.level},
                        {"status", score::status_name(*c.score)},
                        {"score", evaluated ? Json(round4(c.score->measure.value)) : Json()},
                        {"passed", evaluated ? Json(round4(c.score->measure.passed)) : Json()},
                        {"total", evaluated ? Json(round4(c.score->measure.total)) : Json()},
                        {"threshold", cr.threshold},
                        {"failing", instances_json(c.failing)},
                        {"gaps", gaps},
                        {"observations", observed},
                        {"spread", spread_json(c.observations)}});
  }
  return {{"dimension", {{"id", d.dimension->id},
                         {"title", x.title},
                         {"level", d.level},
                         {"level_name", x.level_name},
                         {"score", round4(d.score)},
                         {"target", d.target ? Json(*d.target) : Json()},
                         {"criteria", criteria}}}};
}

}  // namespace

std::string explanation_json(const driver::Explanation& x) {
  if (x.rule) return rule_json(*x.rule).dump(2) + "\n";
  if (x.dimension) return dimension_json(*x.dimension).dump(2) + "\n";
  return {};
}

std::string explanation_text(const driver::Explanation& x) {
  if (x.rule) return terminal_text(rule_text(*x.rule));
  if (x.dimension) return terminal_text(dimension_text(*x.dimension));
  return {};
}

}  // namespace kubus::report
