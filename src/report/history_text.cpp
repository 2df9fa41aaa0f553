// `kubus history` and `kubus diff`: the recorded runs, and what changed
// between two of them.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/commands.h"
#include "report/text.h"

namespace kubus::report {
namespace {

void changes(std::string& out, std::string_view what, std::string_view gone, const std::vector<std::string>& added,
             const std::vector<std::string>& removed) {
  for (const auto& x : added) out += fmt::format("  + new {}: {}\n", what, x);
  for (const auto& x : removed) out += fmt::format("  - {} {}: {}\n", gone, what, x);
}

std::string level_text(const std::optional<long long>& l) { return l ? std::to_string(*l) : "-"; }

}  // namespace

std::string history_text(const std::vector<history::RunSummary>& runs) {
  if (runs.empty()) return "No runs recorded yet.\n";
  std::string out;
  for (const auto& r : runs) {
    std::string commit = r.git_commit.empty() ? "no git" : r.git_commit.substr(0, 10) + (r.git_dirty ? "+dirty" : "");
    out += fmt::format("run {:>3}  {}  {}  {}  overall {} (level {})\n", r.id, r.recorded_at, r.assessment_date, commit,
                       fixed(r.overall, 2), r.overall_level);
    std::string dims;
    for (const auto& [id, score] : r.dimensions) dims += fmt::format("  {} {}", id, fixed(score, 2));
    if (!dims.empty()) out += "        " + dims + "\n";
  }
  return out;
}

std::string history_json(const std::vector<history::RunSummary>& runs) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& r : runs) {
    nlohmann::ordered_json dims = nlohmann::ordered_json::object();
    for (const auto& [id, score] : r.dimensions) dims[id] = round4(score);
    arr.push_back({{"run", r.id}, {"recorded_at", r.recorded_at}, {"date", r.assessment_date}, {"title", r.title},
                   {"git_commit", r.git_commit}, {"git_dirty", r.git_dirty}, {"tool_version", r.tool_version},
                   {"matrix", r.matrix_id}, {"overall", round4(r.overall)}, {"level", r.overall_level},
                   {"dimensions", dims}});
  }
  return nlohmann::ordered_json{{"runs", arr}}.dump(2) + "\n";
}

std::string diff_json(const history::RunDiff& d) {
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const auto& l : d.levels)
    levels.push_back({{"dimension", l.dimension},
                      {"before", l.before ? nlohmann::ordered_json(*l.before) : nlohmann::ordered_json()},
                      {"after", l.after ? nlohmann::ordered_json(*l.after) : nlohmann::ordered_json()}});
  nlohmann::ordered_json out = {
      {"from", d.from},
      {"to", d.to},
      {"overall", {{"before", round4(d.overall_before)}, {"after", round4(d.overall_after)},
                   {"change", round4(d.overall_after - d.overall_before)}}},
      {"levels", levels},
      {"findings", {{"new", d.new_findings}, {"resolved", d.resolved_findings}}},
      {"gaps", {{"new", d.new_gaps}, {"resolved", d.resolved_gaps}}},
      {"roadmap", {{"added", d.added_items}, {"dropped", d.dropped_items}}},
  };
  return out.dump(2) + "\n";
}

std::string diff_text(const history::RunDiff& d) {
  std::string out = fmt::format("Changes from run {} to run {}:\n", d.from, d.to);
  out += fmt::format("  overall score {} -> {} ({:+.2f})\n", fixed(d.overall_before, 2), fixed(d.overall_after, 2),
                     round4(d.overall_after - d.overall_before));
  for (const auto& l : d.levels)
    out += fmt::format("  {} level {} -> {}\n", l.dimension, level_text(l.before), level_text(l.after));
  changes(out, "finding", "resolved", d.new_findings, d.resolved_findings);
  changes(out, "gap", "resolved", d.new_gaps, d.resolved_gaps);
  changes(out, "roadmap item", "dropped", d.added_items, d.dropped_items);
  return out;
}

}  // namespace kubus::report
