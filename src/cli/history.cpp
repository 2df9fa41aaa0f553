// `kubus history` and `kubus diff`: the runs recorded by `kubus assess`.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/assess.h"
#include "report/history.h"
#include "report/text.h"

namespace fs = std::filesystem;

namespace kubus::cli {
namespace {

std::string default_db(const std::string& assessment, const std::string& db) {
  if (!db.empty()) return db;
  fs::path dir = fs::is_directory(assessment) ? fs::path(assessment) : fs::path(assessment).parent_path();
  return (dir / ".kubus" / "history.db").string();
}

}  // namespace

int run_history(const std::string& assessment, const std::string& db, const Common& c) {
  std::string error;
  auto runs = report::list_runs(default_db(assessment, db), error);
  if (!runs) {
    std::cerr << "kubus: error: " << error << "\n";
    return kExitFindings;
  }
  if (c.format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& r : *runs) {
      nlohmann::ordered_json dims = nlohmann::ordered_json::object();
      for (const auto& [id, score] : r.dimensions) dims[id] = report::round4(score);
      arr.push_back({{"run", r.id}, {"recorded_at", r.recorded_at}, {"date", r.assessment_date},
                     {"title", r.title}, {"git_commit", r.git_commit}, {"git_dirty", r.git_dirty},
                     {"tool_version", r.tool_version}, {"matrix", r.matrix_id},
                     {"overall", report::round4(r.overall)}, {"level", r.overall_level}, {"dimensions", dims}});
    }
    std::cout << nlohmann::ordered_json{{"runs", arr}}.dump(2) << "\n";
    return kExitOk;
  }
  if (runs->empty()) std::cout << "No runs recorded yet.\n";
  for (const auto& r : *runs) {
    std::string commit = r.git_commit.empty() ? "no git" : r.git_commit.substr(0, 10) + (r.git_dirty ? "+dirty" : "");
    std::cout << fmt::format("run {:>3}  {}  {}  {}  overall {} (level {})\n", r.id, r.recorded_at, r.assessment_date,
                             commit, report::fixed(r.overall, 2), r.overall_level);
    std::string dims;
    for (const auto& [id, score] : r.dimensions) dims += fmt::format("  {} {}", id, report::fixed(score, 2));
    if (!dims.empty()) std::cout << "        " << dims << "\n";
  }
  return kExitOk;
}

int run_diff(const std::string& assessment, const std::string& db, const std::vector<std::string>& run_ids,
             const Common&) {
  std::string path = default_db(assessment, db), error;
  long long a = 0, b = 0;
  if (run_ids.size() == 2) {
    try {
      a = std::stoll(run_ids[0]);
      b = std::stoll(run_ids[1]);
    } catch (const std::exception&) {
      std::cerr << "kubus: error: run numbers must be whole numbers (see `kubus history`)\n";
      return kExitUsage;
    }
  } else {
    auto runs = report::list_runs(path, error);
    if (!runs) {
      std::cerr << "kubus: error: " << error << "\n";
      return kExitFindings;
    }
    if (runs->size() < 2) {
      std::cerr << "kubus: error: diff needs two recorded runs; '" << path << "' has " << runs->size() << "\n";
      return kExitFindings;
    }
    a = (*runs)[runs->size() - 2].id;
    b = runs->back().id;
  }
  auto text = report::diff_runs(path, a, b, error);
  if (!text) {
    std::cerr << "kubus: error: " << error << "\n";
    return kExitFindings;
  }
  std::cout << *text;
  return kExitOk;
}

}  // namespace kubus::cli
