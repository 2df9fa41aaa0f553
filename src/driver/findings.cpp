#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "driver/run.h"

namespace fs = std::filesystem;

namespace kubus::driver {

namespace {

// The findings of the failing instances (with `waived`: those a waiver takes out), sorted by rule
// ID, then subject; located where the model shows them.
std::vector<Finding> collect(const Run& r, bool waived) {
  auto wanted = [waived](const eval::Instance& in) {
    return in.outcome != eval::Outcome::Pass && (in.outcome == eval::Outcome::Waived) == waived;
  };
  std::size_t count = 0;  // the list is kept for the whole run: no spare capacity
  for (const auto& result : r.results) count += std::count_if(result.instances.begin(), result.instances.end(), wanted);
  std::vector<Finding> out;
  out.reserve(count);
  for (std::size_t i = 0; i < r.rules.size(); ++i) {
    const model::Entity& rule = r.model.entities[r.rules[i].entity];
    for (const eval::Instance& in : r.results[i].instances) {
      if (!wanted(in)) continue;
      Finding f{rule.id, r.results[i].severity, eval::subject_id(r.model, in.subject), in.message, in.span, {},
                in.outcome == eval::Outcome::Error, in.waiver};
      if (in.outcome != eval::Outcome::Error) {
        std::vector<Span> where = eval::model_spans(r.model, in.subject, in.span);
        if (!where.empty() && where.front().valid()) f.span = where.front();
        if (where.size() > 1) f.related.assign(where.begin() + 1, where.end());
      }
      out.push_back(std::move(f));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject);
  });
  return out;
}

}  // namespace

const std::vector<Finding>& findings(const Run& r) {
  if (!r.findings_) r.findings_ = collect(r, false);
  return *r.findings_;
}

const std::vector<Finding>& waived_findings(const Run& r) {
  if (!r.waived_) r.waived_ = collect(r, true);
  return *r.waived_;
}

std::vector<std::string> failed_gates(const Run& r, std::optional<double> fail_below,
                                      std::optional<Severity> fail_on) {
  std::vector<std::string> out;
  if (fail_below && r.scores.overall < *fail_below)
    out.push_back(fmt::format("overall score {:.2f} is below --fail-below {}", r.scores.overall, *fail_below));
  if (fail_on) {
    // Severities are enumerated most serious first.
    auto failing = std::count_if(findings(r).begin(), findings(r).end(),
                                 [&](const Finding& f) { return f.severity <= *fail_on; });
    if (failing)
      out.push_back(fmt::format("{} finding(s) at --fail-on {} or worse", failing, rule_severity_name(*fail_on)));
  }
  return out;
}

const std::string& Locator::path(FileId file) {
  auto [it, added] = paths_.try_emplace(file);
  if (added) {
    std::error_code ec;
    fs::path p = fs::absolute(sm_.file(file).path, ec).lexically_normal();
    fs::path base = fs::absolute(r_.assessment.dir.empty() ? "." : r_.assessment.dir, ec).lexically_normal();
    it->second = p.lexically_relative(base).generic_string();
    if (it->second.empty()) it->second = p.generic_string();
  }
  return it->second;
}

std::string Locator::operator()(Span span) {
  if (!span.valid()) return {};
  return format_location(path(span.file), span, Precision::Line);
}

std::string location(const Run& r, const SourceManager& sm, Span span) { return Locator(r, sm)(span); }

}  // namespace kubus::driver
