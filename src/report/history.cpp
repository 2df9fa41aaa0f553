#include "report/history.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>

#include "report/report.h"
#include "report/sqlite.h"
#include "report/text.h"
#include "support/sha256.h"

namespace fs = std::filesystem;

namespace kubus::report {
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

std::string model_hash(const Run& r, const SourceManager& sm) {
  std::string all;
  for (const ast::File& f : r.model.files) {
    const SourceFile& src = sm.file(f.file);
    all += fmt::format("{}\n{}\n", src.text.size(), src.text);
  }
  return sha256_hex(all);
}

std::string now_utc() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

bool insert_details(Database& db, long long id, const Run& r, const SourceManager& sm) {
  Statement score(db.handle(), "INSERT INTO scores VALUES(?,?,?,?,?)");
  Statement crit(db.handle(), "INSERT INTO criteria VALUES(?,?,?,?,?,?)");
  for (const auto& d : r.scores.dimensions) {
    score.bind(1, id).bind(2, d.dimension->id).bind(3, static_cast<long long>(d.level)).bind(4, d.score);
    if (d.target) score.bind(5, static_cast<long long>(*d.target));
    if (!score.run()) return false;
    for (const auto& c : d.criteria) {
      crit.bind(1, id).bind(2, d.dimension->id).bind(3, c.criterion->key())
          .bind(4, static_cast<long long>(c.criterion->level)).bind(5, status_name(c));
      if (c.measure.status == score::Status::Evaluated) crit.bind(6, c.measure.value);
      if (!crit.run()) return false;
    }
  }
  Statement finding(db.handle(), "INSERT INTO findings VALUES(?,?,?,?,?,?)");
  for (const Finding& f : findings(r))
    if (!finding.bind(1, id).bind(2, f.rule).bind(3, f.subject).bind(4, rule_severity_name(f.severity)).bind(5, f.message)
             .bind(6, location(r, sm, f.span)).run())
      return false;
  Statement gap(db.handle(), "INSERT INTO gaps VALUES(?,?,?)");
  for (const auto& g : r.gaps.gaps)
    if (!gap.bind(1, id).bind(2, schema::name_of(g.kind)).bind(3, g.id).run()) return false;
  if (r.roadmap) {
    Statement item(db.handle(), "INSERT INTO roadmap VALUES(?,?,?,?,?,?)");
    for (const auto& s : r.roadmap->items)
      if (!item.bind(1, id).bind(2, s.initiative->id).bind(3, quarter_label(r.assessment, s.start))
               .bind(4, quarter_label(r.assessment, s.end)).bind(5, s.effort).bind(6, s.cost).run())
        return false;
  }
  return true;
}

}  // namespace

bool record_history(const std::string& db_path, const Run& r, const SourceManager& sm, const std::string& tool_version,
                    std::string& error) {
  std::error_code ec;
  if (fs::path parent = fs::path(db_path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  Database db;
  if (!db.open(db_path, true, error)) return false;
  std::string dir = r.assessment.dir.empty() ? "." : r.assessment.dir;
  std::string commit = git(dir, "rev-parse HEAD");
  bool dirty = !commit.empty() && !git(dir, "status --porcelain -- .").empty();
  if (!db.exec("BEGIN IMMEDIATE", error)) return false;
  Statement run(db.handle(), "INSERT INTO runs(recorded_at, tool_version, title, assessment_date, model_hash, git_commit,"
                             " git_dirty, matrix_id, matrix_hash, overall, overall_level) VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  bool ok = run.bind(1, now_utc()).bind(2, tool_version).bind(3, r.assessment.title).bind(4, r.assessment.date)
                .bind(5, model_hash(r, sm)).bind(6, commit).bind(7, static_cast<long long>(dirty))
                .bind(8, r.matrix.id).bind(9, r.matrix.hash).bind(10, r.scores.overall)
                .bind(11, static_cast<long long>(r.scores.overall_level)).run();
  ok = ok && insert_details(db, sqlite3_last_insert_rowid(db.handle()), r, sm);
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

}  // namespace kubus::report
