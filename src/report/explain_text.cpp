// `kubus explain` as text: the rule or dimension, then each instance with the
// values of its operands, and each gap, with its file:line.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/commands.h"
#include "report/json_rows.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {
namespace {

using view::say;

// A fixed-width word at the start of an instance's line.
std::string outcome_word(Lang l, eval::Outcome o) {
  switch (o) {
    case eval::Outcome::Pass:
      return i18n::trc(l, "explain", "PASS");
    case eval::Outcome::Fail:
      return i18n::trc(l, "explain", "FAIL");
    case eval::Outcome::Error:
      break;
    case eval::Outcome::Waived:
      return i18n::trc(l, "explain", "WAIVED");
  }
  return i18n::trc(l, "explain", "ERROR");
}

std::string severity_word(Lang l, Severity s) {
  switch (s) {
    case Severity::Error:
      return i18n::trc(l, "rule severity", "error");
    case Severity::Warning:
      return i18n::trc(l, "rule severity", "warning");
    case Severity::Note:
      break;
  }
  return i18n::trc(l, "rule severity", "info");
}

std::string status_word(Lang l, const score::CriterionScore& c) {
  switch (c.measure.status) {
    case score::Status::NotApplicable:
      return i18n::tr(l, "not-applicable");
    case score::Status::NotEvaluated:
      return i18n::tr(l, "not-evaluated");
    case score::Status::Evaluated:
      break;
  }
  return c.holds ? i18n::tr(l, "holds") : i18n::tr(l, "fails");
}

std::string waiver_line(Lang l, const driver::WaiverRow& w) {
  auto id = fmt::arg("id", w.id);
  auto until = fmt::arg("until", w.expires);
  auto reason = fmt::arg("reason", w.reason);
  auto owner = fmt::arg("owner", w.owner);
  return w.expired
             ? say(l, "waived by {id} until {until} (expired): {reason} (owner: {owner})", id, until, reason, owner)
             : say(l, "waived by {id} until {until}: {reason} (owner: {owner})", id, until, reason, owner);
}

void instances(std::string& out, Lang l, const std::vector<driver::ExplainedInstance>& list, std::string_view indent) {
  for (const auto& in : list) {
    out += fmt::format("{}{:<5} {}  {}", indent, outcome_word(l, in.outcome), in.subject, in.location);
    if (!in.message.empty()) out += "  " + in.message;
    out += "\n";
    for (const auto& [expr, value] : in.operands) out += fmt::format("{}      {} = {}\n", indent, expr, value);
    if (in.waiver) out += fmt::format("{}      {}\n", indent, waiver_line(l, *in.waiver));
  }
}

void observations(std::string& out, Lang l, const driver::CriterionExplanation& c) {
  for (std::size_t i = 0; i < c.observations.size(); ++i) {
    const auto& o = c.observations[i];
    std::string level =
        say(l, "level {level}, confidence {confidence}", fmt::arg("level", fmt::format("{:g}", o.level)),
            fmt::arg("confidence", view::engine_words(l, o.confidence)));
    out += fmt::format("      {} {}  {}  {}{}\n", i18n::trc(l, "explain", "OBSERVED"), o.id, c.observation_locations[i],
                       level, o.date.empty() ? "" : ", " + std::string(o.date));
    if (!o.evidence.empty()) out += "        " + say(l, "evidence: {text}", fmt::arg("text", o.evidence)) + "\n";
    if (!o.source.empty()) out += "        " + say(l, "source: {text}", fmt::arg("text", o.source)) + "\n";
    if (!o.interviewee.empty())
      out += "        " + say(l, "interviewee: {text}", fmt::arg("text", o.interviewee)) + "\n";
  }
  if (auto s = driver::spread(c.observations))
    out += fmt::format("      {} ", i18n::trc(l, "explain", "SPREAD")) +
           say(l, "the observations disagree: levels {low} to {high}", fmt::arg("low", fmt::format("{:g}", s->low)),
               fmt::arg("high", fmt::format("{:g}", s->high))) +
           "\n";
}

std::string rule_text(Lang l, const driver::RuleExplanation& r) {
  std::string out = say(l, "rule {id} \"{title}\" ({severity})", fmt::arg("id", r.id), fmt::arg("title", r.title),
                        fmt::arg("severity", severity_word(l, r.severity))) +
                    "\n  " + say(l, "defined at {location}", fmt::arg("location", r.location)) + "\n  " +
                    say(l, "expect {condition}", fmt::arg("condition", r.expect)) + "\n  ";
  out += view::say_n(l, "{n} instance(s): {passed} pass, {failed} fail, {errors} error(s)",
                     "{n} instance(s): {passed} pass, {failed} fail, {errors} error(s)", static_cast<long>(r.total),
                     fmt::arg("passed", r.passed), fmt::arg("failed", r.failed), fmt::arg("errors", r.errors));
  out += r.waived ? "; " + say(l, "{n} waived", fmt::arg("n", r.waived)) + "\n" : "\n";
  instances(out, l, r.instances, "  ");
  return out;
}

std::string criterion_score(Lang l, const score::CriterionScore& c) {
  if (c.measure.status != score::Status::Evaluated) return "-";
  int decimals = c.criterion->kind == config::CriterionKind::Observed ? 1 : 0;  // counts are whole; levels a mean
  return fmt::format("{}% ({}/{})", i18n::number(l, c.measure.value * 100, 0),
                     i18n::number(l, c.measure.passed, decimals), i18n::number(l, c.measure.total, decimals));
}

std::string dimension_text(Lang l, const driver::DimensionExplanation& x) {
  const score::DimensionScore& d = *x.score;
  std::string out = say(l, "dimension {id} \"{title}\": level {level} ({name}), score {score}",
                        fmt::arg("id", d.dimension->id), fmt::arg("title", x.title), fmt::arg("level", d.level),
                        fmt::arg("name", x.level_name), fmt::arg("score", i18n::number(l, d.score, 2)));
  if (d.target) out += ", " + say(l, "target {target}", fmt::arg("target", *d.target));
  out += "\n";
  for (const auto& c : x.criteria) {
    const config::Criterion& cr = *c.score->criterion;
    out += "  " + say(l, "level {level}", fmt::arg("level", cr.level)) +
           fmt::format("  {}  {}  {}  ", cr.key(), status_word(l, *c.score), criterion_score(l, *c.score)) +
           say(l, "threshold {threshold}", fmt::arg("threshold", i18n::number(l, cr.threshold, 2))) + "\n";
    instances(out, l, c.failing, "      ");
    for (std::size_t i = 0; i < c.gaps.size(); ++i)
      out += fmt::format(
          "      {:<5} {}  {}{}\n", i18n::trc(l, "explain", "GAP"), c.gaps[i].first, c.gaps[i].second,
          c.gap_waivers[i].empty() ? "" : "  " + say(l, "waived by {id}", fmt::arg("id", c.gap_waivers[i])));
    observations(out, l, c);
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
    case eval::Outcome::Pass:
      return "pass";
    case eval::Outcome::Fail:
      return "fail";
    case eval::Outcome::Error:
      return "error";
    case eval::Outcome::Waived:
      return "waived";
  }
  return "error";
}

Json instances_json(const std::vector<driver::ExplainedInstance>& list) {
  Json out = Json::array();
  for (const auto& in : list) {
    Json operands = Json::array();
    for (const auto& [expr, value] : in.operands) operands.push_back({{"expression", expr}, {"value", value}});
    Json item = {{"outcome", outcome_name(in.outcome)},
                 {"subject", in.subject},
                 {"location", in.location},
                 {"message", in.message},
                 {"operands", operands}};
    if (in.waiver)
      item["waiver"] = {{"id", in.waiver->id},
                        {"reason", in.waiver->reason},
                        {"owner", in.waiver->owner},
                        {"expires", in.waiver->expires},
                        {"expired", in.waiver->expired}};
    out.push_back(std::move(item));
  }
  return out;
}

Json rule_json(const driver::RuleExplanation& r) {
  return {{"rule",
           {{"id", r.id},
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
  Json out = Json::array();
  for (std::size_t i = 0; i < c.observations.size(); ++i)
    out.push_back(observation_json(c.observations[i], c.observation_locations[i], WithPractice::No));
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
  return {{"dimension",
           {{"id", d.dimension->id},
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
  if (x.rule) return terminal_text(rule_text(x.lang, *x.rule));
  if (x.dimension) return terminal_text(dimension_text(x.lang, *x.dimension));
  return {};
}

}  // namespace kubus::report
