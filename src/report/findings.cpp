#include <algorithm>
#include <filesystem>
#include <tuple>

#include "report/report.h"

namespace fs = std::filesystem;

namespace kubus::report {

std::vector<Finding> findings(const Run& r) {
  std::vector<Finding> out;
  for (std::size_t i = 0; i < r.rules.size(); ++i) {
    const model::Entity& rule = r.model.entities[r.rules[i].entity];
    std::string severity(r.model.field(rule, "severity").text);
    for (const eval::Instance& in : r.results[i].instances) {
      if (in.outcome == eval::Outcome::Pass) continue;
      out.push_back(Finding{std::string(rule.id), severity, eval::subject_id(r.model, in.subject), in.message, in.span,
                            in.outcome == eval::Outcome::Error});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject);
  });
  return out;
}

std::string location(const Run& r, const SourceManager& sm, Span span) {
  if (!span.valid()) return {};
  std::error_code ec;
  fs::path file = fs::absolute(sm.file(span.file).path, ec).lexically_normal();
  fs::path base = fs::absolute(r.assessment.dir.empty() ? "." : r.assessment.dir, ec).lexically_normal();
  std::string rel = file.lexically_relative(base).generic_string();
  if (rel.empty()) rel = file.generic_string();
  return rel + ":" + std::to_string(span.line);
}

}  // namespace kubus::report
