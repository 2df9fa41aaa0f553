// `kubus diff`: what changed between two recorded runs: levels, findings,
// gaps and the roadmap.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <set>

#include "report/history.h"
#include "report/sqlite.h"
#include "report/text.h"

namespace kubus::report {
namespace {

std::set<std::string> strings(Database& db, const std::string& sql, long long run) {
  std::set<std::string> out;
  Statement s(db.handle(), sql);
  s.bind(1, run);
  while (s.step()) out.insert(s.text(0));
  return out;
}

void set_diff(std::string& out, const char* what, const char* gone, const std::set<std::string>& a,
              const std::set<std::string>& b) {
  for (const auto& x : b)
    if (!a.count(x)) out += fmt::format("  + new {}: {}\n", what, x);
  for (const auto& x : a)
    if (!b.count(x)) out += fmt::format("  - {} {}: {}\n", gone, what, x);
}

}  // namespace

std::optional<std::string> diff_runs(const std::string& db_path, long long a, long long b, std::string& error) {
  if (!std::filesystem::exists(db_path)) {
    error = "no history at '" + db_path + "' (run `kubus assess` first)";
    return std::nullopt;
  }
  Database db;
  if (!db.open(db_path, false, error)) return std::nullopt;
  for (long long id : {a, b}) {
    Statement exists(db.handle(), "SELECT 1 FROM runs WHERE id = ?");
    exists.bind(1, id);
    if (!exists.step()) {
      error = fmt::format("no run {} in '{}' (see `kubus history`)", id, db_path);
      return std::nullopt;
    }
  }
  std::string out = fmt::format("Changes from run {} to run {}:\n", a, b);
  Statement overall(db.handle(), "SELECT overall, overall_level FROM runs WHERE id = ?");
  double before = 0;
  for (long long id : {a, b}) {
    overall.bind(1, id);
    overall.step();
    if (id == a) before = overall.real(0);
    else out += fmt::format("  overall score {} -> {} ({:+.2f})\n", fixed(before, 2), fixed(overall.real(0), 2),
                            round4(overall.real(0) - before));
    overall.reset();
  }
  std::map<std::string, std::pair<long long, long long>> levels;
  Statement scores(db.handle(), "SELECT dimension, level FROM scores WHERE run_id = ?");
  for (long long id : {a, b}) {
    scores.bind(1, id);
    while (scores.step()) {
      auto& [la, lb] = levels.try_emplace(scores.text(0), -1, -1).first->second;
      (id == a ? la : lb) = scores.integer(1);
    }
    scores.reset();
  }
  for (const auto& [dim, l] : levels)
    if (l.first != l.second)
      out += fmt::format("  {} level {} -> {}\n", dim, l.first < 0 ? "-" : std::to_string(l.first),
                         l.second < 0 ? "-" : std::to_string(l.second));
  const std::string findings_sql = "SELECT rule || ' ' || subject FROM findings WHERE run_id = ?";
  set_diff(out, "finding", "resolved", strings(db, findings_sql, a), strings(db, findings_sql, b));
  const std::string gaps_sql = "SELECT gap_id FROM gaps WHERE run_id = ?";
  set_diff(out, "gap", "resolved", strings(db, gaps_sql, a), strings(db, gaps_sql, b));
  const std::string roadmap_sql = "SELECT initiative || ' ' || start || '..' || finish FROM roadmap WHERE run_id = ?";
  set_diff(out, "roadmap item", "dropped", strings(db, roadmap_sql, a), strings(db, roadmap_sql, b));
  return out;
}

}  // namespace kubus::report
