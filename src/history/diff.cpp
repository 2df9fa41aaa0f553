// `kubus diff`: what changed between two recorded runs: levels, findings,
// gaps and the roadmap.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "history/sqlite.h"
#include "history/store.h"

namespace kubus::history {
namespace {

std::set<std::string> strings(Database& db, const std::string& sql, long long run) {
  std::set<std::string> out;
  Statement s(db.handle(), sql);
  s.bind(1, run);
  while (s.step()) out.insert(s.text(0));
  return out;
}

// What is in `b` and not in `a`, sorted.
std::vector<std::string> minus(const std::set<std::string>& b, const std::set<std::string>& a) {
  std::vector<std::string> out;
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(out));
  return out;
}

void changes(Database& db, const std::string& sql, long long a, long long b, std::vector<std::string>& added,
             std::vector<std::string>& removed) {
  auto before = strings(db, sql, a), after = strings(db, sql, b);
  added = minus(after, before);
  removed = minus(before, after);
}

}  // namespace

std::optional<RunDiff> diff_runs(const std::string& db_path, long long a, long long b, std::string& error) {
  if (!std::filesystem::exists(db_path)) {
    error = "no history at '" + db_path + "' (run `kubus assess` first)";
    return std::nullopt;
  }
  Database db;
  if (!db.open(db_path, false, error)) return std::nullopt;
  RunDiff d;
  d.from = a;
  d.to = b;
  Statement overall(db.handle(), "SELECT overall FROM runs WHERE id = ?");
  for (long long id : {a, b}) {
    overall.bind(1, id);
    if (!overall.step()) {
      error = fmt::format("no run {} in '{}' (see `kubus history`)", id, db_path);
      return std::nullopt;
    }
    (id == a ? d.overall_before : d.overall_after) = overall.real(0);
    overall.reset();
  }
  std::map<std::string, RunDiff::Level> levels;
  Statement scores(db.handle(), "SELECT dimension, level FROM scores WHERE run_id = ?");
  for (long long id : {a, b}) {
    scores.bind(1, id);
    while (scores.step()) {
      auto& l = levels.try_emplace(scores.text(0), RunDiff::Level{scores.text(0), {}, {}}).first->second;
      (id == a ? l.before : l.after) = scores.integer(1);
    }
    scores.reset();
  }
  for (auto& [dim, l] : levels)
    if (l.before != l.after) d.levels.push_back(std::move(l));
  changes(db, "SELECT rule || ' ' || subject FROM findings WHERE run_id = ?", a, b, d.new_findings,
          d.resolved_findings);
  changes(db, "SELECT gap_id FROM gaps WHERE run_id = ?", a, b, d.new_gaps, d.resolved_gaps);
  changes(db, "SELECT initiative || ' ' || start || '..' || finish FROM roadmap WHERE run_id = ?", a, b,
          d.added_items, d.dropped_items);
  return d;
}

}  // namespace kubus::history
