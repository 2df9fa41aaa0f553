#include "report/portfolio_text.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/text.h"

namespace kubus::report {

std::string portfolio_text(const std::vector<history::RunSummary>& latest) {
  std::string out;
  for (const auto& r : latest) {
    std::string org = r.organisation.empty() ? "organisation not recorded" : r.organisation;
    if (!r.sector.empty()) org += " (" + r.sector + ")";
    out += fmt::format("{}  last run {} ({}, {})  overall {} (level {})  {}  {}\n",
                       r.assessment.empty() ? "(unnamed)" : r.assessment, r.id, r.recorded_at, r.assessment_date,
                       fixed(r.overall, 2), r.overall_level, one_line(org), one_line(r.title));
  }
  return terminal_text(out);
}

std::string portfolio_json(const std::vector<history::RunSummary>& latest) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& r : latest)
    arr.push_back({{"assessment", r.assessment}, {"title", r.title}, {"organisation", r.organisation},
                   {"sector", r.sector}, {"last_run", r.id}, {"recorded_at", r.recorded_at},
                   {"date", r.assessment_date}, {"author", r.author}, {"overall", round4(r.overall)},
                   {"level", r.overall_level}});
  return nlohmann::ordered_json{{"assessments", arr}}.dump(2) + "\n";
}

}  // namespace kubus::report
