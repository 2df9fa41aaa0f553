#include "driver/init.h"

#include <fmt/format.h>

#include <filesystem>

#include "driver/output.h"
#include "kubus_init_files.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

std::string assessment_yaml(const std::chrono::year_month_day& today) {
  int year = static_cast<int>(today.year());
  int quarter = (static_cast<int>(static_cast<unsigned>(today.month())) - 1) / 3 + 1;
  int next_year = quarter == 4 ? year + 1 : year, next_quarter = quarter == 4 ? 1 : quarter + 1;
  return fmt::format(R"(# A Kubus assessment: which model, which maturity matrix, the targets, the
# horizon and the capacity of the roadmap. See docs/assessment.md.
kubus-assessment: 1
title: Hello Energie, CCM assessment {year}
# The report carries this date, never the time it was run.
date: {year}-{month:02}-{day:02}
model: [model/]
matrix: ccm
# Target level (1-5) per dimension of the matrix.
targets: {{governance: 3, channels: 3, feedback: 3, customer-view: 3}}
horizon: {{start: {ny}-Q{nq}, years: 2}}
capacity: {{per-quarter: 2 pm, budget-per-year: 60000 EUR}}
)",
                     fmt::arg("year", year), fmt::arg("month", static_cast<unsigned>(today.month())),
                     fmt::arg("day", static_cast<unsigned>(today.day())), fmt::arg("ny", next_year),
                     fmt::arg("nq", next_quarter));
}

}  // namespace

bool init_assessment(const std::string& dir, std::chrono::year_month_day today, std::string& error) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    error = "'" + dir + "' exists and is not empty; init writes only into a new or empty directory";
    return false;
  }
  fs::create_directories(fs::path(dir) / "model", ec);
  if (ec) {
    error = "cannot create '" + dir + "': " + ec.message();
    return false;
  }
  const std::pair<fs::path, std::string> files[] = {
      {fs::path(dir) / "assessment.yaml", assessment_yaml(today)},
      {fs::path(dir) / "model" / "org.kubus", kInitOrg},
      {fs::path(dir) / "model" / "journey.kubus", kInitJourney},
  };
  for (const auto& [path, text] : files)
    if (!write_file(path.string(), text, error)) return false;
  return true;
}

}  // namespace kubus::driver
