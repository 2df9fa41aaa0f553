#include "history/store.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "history/sqlite.h"

namespace fs = std::filesystem;

namespace kubus::history {
namespace {

// Output of a git command run in `dir`, trimmed; empty outside a work tree.
std::string git(const std::string& dir, const std::string& args) {
  std::string quoted = "'";
  for (char c : dir) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  quoted += "'";
  std::string out;
  if (FILE* p = popen(("git -C " + quoted + " " + args + " 2>/dev/null").c_str(), "r")) {
    char buf[256];
    while (std::fgets(buf, sizeof buf, p)) out += buf;
    pclose(p);
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string now_utc() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

bool insert_details(Database& db, long long id, const Record& r) {
  Statement score(db.handle(), "INSERT INTO scores VALUES(?,?,?,?,?)");
  for (const auto& d : r.scores) {
    score.bind(1, id).bind(2, d.dimension).bind(3, static_cast<long long>(d.level)).bind(4, d.score);
    if (d.target) score.bind(5, static_cast<long long>(*d.target));
    if (!score.run()) return false;
  }
  Statement crit(db.handle(), "INSERT INTO criteria VALUES(?,?,?,?,?,?)");
  for (const auto& c : r.criteria) {
    crit.bind(1, id).bind(2, c.dimension).bind(3, c.key).bind(4, static_cast<long long>(c.level)).bind(5, c.status);
    if (c.score) crit.bind(6, *c.score);
    if (!crit.run()) return false;
  }
  Statement finding(db.handle(), "INSERT INTO findings VALUES(?,?,?,?,?,?)");
  for (const auto& f : r.findings)
    if (!finding.bind(1, id).bind(2, f.rule).bind(3, f.subject).bind(4, f.severity).bind(5, f.message)
             .bind(6, f.location).run())
      return false;
  Statement gap(db.handle(), "INSERT INTO gaps VALUES(?,?,?)");
  for (const auto& g : r.gaps)
    if (!gap.bind(1, id).bind(2, g.kind).bind(3, g.id).run()) return false;
  Statement item(db.handle(), "INSERT INTO roadmap VALUES(?,?,?,?,?,?)");
  for (const auto& s : r.roadmap)
    if (!item.bind(1, id).bind(2, s.initiative).bind(3, s.start).bind(4, s.finish).bind(5, s.effort).bind(6, s.cost)
             .run())
      return false;
  return true;
}

}  // namespace

bool record(const std::string& db_path, const Record& r, std::string& error) {
  std::error_code ec;
  if (fs::path parent = fs::path(db_path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  Database db;
  if (!db.open(db_path, true, error)) return false;
  std::string dir = r.dir.empty() ? "." : r.dir;
  std::string commit = git(dir, "rev-parse HEAD");
  bool dirty = !commit.empty() && !git(dir, "status --porcelain -- .").empty();
  if (!db.exec("BEGIN IMMEDIATE", error)) return false;
  Statement run(db.handle(), "INSERT INTO runs(recorded_at, tool_version, title, assessment_date, model_hash, git_commit,"
                             " git_dirty, matrix_id, matrix_hash, overall, overall_level) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  bool ok = run.bind(1, now_utc()).bind(2, r.tool_version).bind(3, r.title).bind(4, r.assessment_date)
                .bind(5, r.model_hash).bind(6, commit).bind(7, static_cast<long long>(dirty))
                .bind(8, r.matrix_id).bind(9, r.matrix_hash).bind(10, r.overall)
                .bind(11, static_cast<long long>(r.overall_level)).run();
  ok = ok && insert_details(db, sqlite3_last_insert_rowid(db.handle()), r);
  if (!ok) {
    error = "cannot record the run in '" + db_path + "': " + db.message();
    std::string ignored;
    db.exec("ROLLBACK", ignored);
    return false;
  }
  return db.exec("COMMIT", error);
}

std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, std::string& error) {
  if (!fs::exists(db_path)) {
    error = "no history at '" + db_path + "' (run `kubus assess` first)";
    return std::nullopt;
  }
  Database db;
  if (!db.open(db_path, false, error)) return std::nullopt;
  std::vector<RunSummary> out;
  Statement runs(db.handle(), "SELECT id, recorded_at, title, assessment_date, git_commit, git_dirty, tool_version,"
                              " matrix_id, overall, overall_level FROM runs ORDER BY id");
  while (runs.step())
    out.push_back(RunSummary{runs.integer(0), runs.text(1), runs.text(2), runs.text(3), runs.text(4), runs.text(6),
                             runs.text(7), runs.integer(5) != 0, runs.real(8), static_cast<int>(runs.integer(9)), {}});
  Statement scores(db.handle(), "SELECT dimension, score FROM scores WHERE run_id = ? ORDER BY rowid");
  for (auto& s : out) {
    scores.bind(1, s.id);
    while (scores.step()) s.dimensions.emplace_back(scores.text(0), scores.real(1));
    scores.reset();
  }
  return out;
}

std::optional<RunSummary> last_run(const std::string& db_path, std::string& error) {
  if (!fs::exists(db_path)) return std::nullopt;
  auto runs = list_runs(db_path, error);
  if (!runs || runs->empty()) return std::nullopt;
  return runs->back();
}

}  // namespace kubus::history
