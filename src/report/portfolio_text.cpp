#include "report/portfolio_text.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {

std::string portfolio_text(const std::vector<history::RunSummary>& latest, Lang l) {
  std::string out;
  for (const auto& r : latest) {
    std::string org = r.organisation.empty() ? i18n::tr(l, "organisation not recorded") : r.organisation;
    if (!r.sector.empty()) org += " (" + r.sector + ")";
    out += view::say(l, "{assessment}  last run {run} ({recorded_at}, {date})  overall {overall} (level {level})  {organisation}  {title}",
                     fmt::arg("assessment", r.assessment.empty() ? i18n::tr(l, "(unnamed)") : r.assessment),
                     fmt::arg("run", r.id), fmt::arg("recorded_at", r.recorded_at), fmt::arg("date", r.assessment_date),
                     fmt::arg("overall", i18n::number(l, round4(r.overall), 2)), fmt::arg("level", r.overall_level),
                     fmt::arg("organisation", one_line(org)), fmt::arg("title", one_line(r.title))) +
           "\n";
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
