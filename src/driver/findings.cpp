#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "driver/run.h"

namespace fs = std::filesystem;

namespace kubus::driver {

const std::vector<Finding>& findings(const Run& r) {
  if (r.findings_) return *r.findings_;
  std::vector<Finding>& out = r.findings_.emplace();
  std::size_t count = 0;
  for (const eval::RuleResult& res : r.results) count += res.failed + res.errors;
  out.reserve(count);
  for (std::size_t i = 0; i < r.rules.size(); ++i) {
    const model::Entity& rule = r.model.entities[r.rules[i].entity];
    std::string_view severity = r.model.field(rule, "severity").text;
    for (const eval::Instance& in : r.results[i].instances) {
      if (in.outcome == eval::Outcome::Pass) continue;
      out.push_back(Finding{rule.id, severity, eval::subject_id(r.model, in.subject), in.message, in.span,
                            in.outcome == eval::Outcome::Error});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject);
  });
  return out;
}

std::vector<std::string> failed_gates(const Run& r, std::optional<double> fail_below,
                                      const std::optional<std::string>& fail_on) {
  std::vector<std::string> out;
  if (fail_below && r.scores.overall < *fail_below)
    out.push_back(fmt::format("overall score {:.2f} is below --fail-below {}", r.scores.overall, *fail_below));
  if (fail_on) {
    static const std::vector<std::string_view> kOrder = {"error", "warning", "info"};
    auto rank = [](std::string_view s) { return std::find(kOrder.begin(), kOrder.end(), s) - kOrder.begin(); };
    auto failing = std::count_if(findings(r).begin(), findings(r).end(),
                                 [&](const Finding& f) { return rank(f.severity) <= rank(*fail_on); });
    if (failing) out.push_back(fmt::format("{} finding(s) at --fail-on {} or worse", failing, *fail_on));
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
  const std::string& p = path(span.file);
  std::string out;
  out.reserve(p.size() + 8);
  out += p;
  out += ':';
  out += std::to_string(span.line);
  return out;
}

std::string location(const Run& r, const SourceManager& sm, Span span) { return Locator(r, sm)(span); }

}  // namespace kubus::driver
