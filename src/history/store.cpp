#include "history/store.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <filesystem>

#include "history/sqlite.h"
#include "support/process.h"

namespace fs = std::filesystem;

namespace kubus::history {
namespace {

// Output of a git command run in `dir`, trimmed; empty outside a work tree.
std::string git(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_process(argv);
  std::string out = r.status == 0 ? r.out : std::string();
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string now_utc() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

// False with the failing statement's result code in `rc`.
bool insert_details(Database& db, long long id, const Record& r, int& rc) {
  auto failed = [&rc](const Statement& st) {
    rc = st.rc();
    return false;
  };
  Statement score(db.handle(), "INSERT INTO scores VALUES(?,?,?,?,?)");
  for (const auto& d : r.scores) {
    score.bind(1, id).bind(2, d.dimension).bind(3, static_cast<long long>(d.level)).bind(4, d.score);
    if (d.target) score.bind(5, static_cast<long long>(*d.target));
    if (!score.run()) return failed(score);
  }
  Statement crit(db.handle(), "INSERT INTO criteria VALUES(?,?,?,?,?,?)");
  for (const auto& c : r.criteria) {
    crit.bind(1, id).bind(2, c.dimension).bind(3, c.key).bind(4, static_cast<long long>(c.level)).bind(5, c.status);
    if (c.score) crit.bind(6, *c.score);
    if (!crit.run()) return failed(crit);
  }
  Statement finding(db.handle(), "INSERT INTO findings VALUES(?,?,?,?,?,?)");
  for (const auto& f : r.findings)
    if (!finding.bind(1, id).bind(2, f.rule).bind(3, f.subject).bind(4, f.severity).bind(5, f.message)
             .bind(6, f.location).run())
      return failed(finding);
  Statement gap(db.handle(), "INSERT INTO gaps VALUES(?,?,?)");
  for (const auto& g : r.gaps)
    if (!gap.bind(1, id).bind(2, g.kind).bind(3, g.id).run()) return failed(gap);
  Statement measure(db.handle(), "INSERT INTO measures VALUES(?,?,?,?)");
  for (const auto& m : r.measures)
    if (!measure.bind(1, id).bind(2, m.kind).bind(3, m.id).bind(4, m.value).run()) return failed(measure);
  Statement item(db.handle(), "INSERT INTO roadmap VALUES(?,?,?,?,?,?,?)");
  for (const auto& s : r.roadmap)
    if (!item.bind(1, id).bind(2, s.initiative).bind(3, s.start).bind(4, s.finish).bind(5, s.effort).bind(6, s.cost)
             .bind(7, s.status).run())
      return failed(item);
  return true;
}

}  // namespace

bool record(const std::string& db_path, const Record& r, Failure& failure, int wait_ms) {
  std::error_code ec;
  if (fs::path parent = fs::path(db_path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  std::string dir = r.dir.empty() ? "." : r.dir;
  std::string commit = git(dir, {"rev-parse", "HEAD"});
  bool dirty = !commit.empty() && !git(dir, {"status", "--porcelain", "--", "."}).empty();
  Database db;
  if (!db.begin_write(db_path, failure, wait_ms)) return false;
  Statement run(db.handle(), "INSERT INTO runs(recorded_at, tool_version, title, assessment_date, model_hash, git_commit,"
                             " git_dirty, matrix_id, matrix_hash, overall, overall_level, assessment) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  int rc = SQLITE_OK;
  bool ok = run.bind(1, now_utc()).bind(2, r.tool_version).bind(3, r.title).bind(4, r.assessment_date)
                .bind(5, r.model_hash).bind(6, commit).bind(7, static_cast<long long>(dirty))
                .bind(8, r.matrix_id).bind(9, r.matrix_hash).bind(10, r.overall)
                .bind(11, static_cast<long long>(r.overall_level)).bind(12, r.assessment).run();
  if (!ok) rc = run.rc();
  ok = ok && insert_details(db, sqlite3_last_insert_rowid(db.handle()), r, rc);
  if (!ok) {
    failure = db.failure("cannot record the run", rc);
    db.rollback();
    return false;
  }
  return db.commit(failure);
}

std::optional<Record> read_record(Database& db, long long id) {
  Statement run(db.handle(), "SELECT tool_version, title, assessment_date, model_hash, matrix_id, matrix_hash, overall,"
                             " overall_level FROM runs WHERE id = ?");
  run.bind(1, id);
  if (!run.step()) return std::nullopt;
  Record r;
  r.tool_version = run.text(0);
  r.title = run.text(1);
  r.assessment_date = run.text(2);
  r.model_hash = run.text(3);
  r.matrix_id = run.text(4);
  r.matrix_hash = run.text(5);
  r.overall = run.real(6);
  r.overall_level = static_cast<int>(run.integer(7));
  Statement scores(db.handle(), "SELECT dimension, level, score, target FROM scores WHERE run_id = ? ORDER BY rowid");
  scores.bind(1, id);
  while (scores.step())
    r.scores.push_back({scores.text(0), static_cast<int>(scores.integer(1)), scores.real(2),
                        scores.is_null(3) ? std::nullopt : std::optional<int>(static_cast<int>(scores.integer(3)))});
  Statement findings(db.handle(), "SELECT rule, subject, severity, message, location FROM findings WHERE run_id = ?"
                                  " ORDER BY rowid");
  findings.bind(1, id);
  while (findings.step())
    r.findings.push_back({findings.text(0), findings.text(1), findings.text(2), findings.text(3), findings.text(4)});
  Statement gaps(db.handle(), "SELECT kind, gap_id FROM gaps WHERE run_id = ? ORDER BY rowid");
  gaps.bind(1, id);
  while (gaps.step()) r.gaps.push_back({gaps.text(0), gaps.text(1)});
  if (db.version() >= 4) {  // schema 4 keeps the measures
    Statement measures(db.handle(), "SELECT kind, id, value FROM measures WHERE run_id = ? ORDER BY rowid");
    measures.bind(1, id);
    while (measures.step()) r.measures.push_back({measures.text(0), measures.text(1), measures.text(2)});
  }
  Statement items(db.handle(),
                  std::string("SELECT initiative, start, finish, effort, cost, ") +
                      (db.version() >= 2 ? "status" : "'planned'") + " FROM roadmap WHERE run_id = ? ORDER BY rowid");
  items.bind(1, id);
  while (items.step())
    r.roadmap.push_back({items.text(0), items.text(1), items.text(2), items.real(3), items.real(4), items.text(5)});
  return r;
}

std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, Failure& failure, int wait_ms) {
  Database db;
  if (!db.open_to_read(db_path, failure, wait_ms)) return std::nullopt;
  std::vector<RunSummary> out;
  // Schema 3 names each run's assessment; earlier runs may be of any.
  std::string assessment = db.version() >= 3 ? "assessment" : "''";
  Statement runs(db.handle(), "SELECT id, recorded_at, title, assessment_date, git_commit, git_dirty, tool_version,"
                              " matrix_id, overall, overall_level, " + assessment + " FROM runs ORDER BY id");
  while (runs.step())
    out.push_back(RunSummary{runs.integer(0), runs.text(1), runs.text(2), runs.text(3), runs.text(4), runs.text(6),
                             runs.text(7), runs.integer(5) != 0, runs.text(10), runs.real(8),
                             static_cast<int>(runs.integer(9)), {}});
  if (runs.rc() != SQLITE_DONE) {
    failure = db.failure("cannot read the history", runs.rc());
    return std::nullopt;
  }
  Statement scores(db.handle(), "SELECT dimension, score FROM scores WHERE run_id = ? ORDER BY rowid");
  for (auto& s : out) {
    scores.bind(1, s.id);
    while (scores.step()) s.dimensions.emplace_back(scores.text(0), scores.real(1));
    scores.reset();
  }
  return out;
}

std::vector<RunSummary> runs_of(std::vector<RunSummary> runs, const std::string& assessment) {
  std::erase_if(runs, [&](const RunSummary& r) { return !r.assessment.empty() && r.assessment != assessment; });
  return runs;
}

std::optional<RunSummary> last_run(const std::string& db_path, const std::string& assessment, Failure& failure,
                                   int wait_ms) {
  auto runs = list_runs(db_path, failure, wait_ms);
  if (!runs && failure.code == Code::NoHistory) failure = {};  // no history yet: no previous run
  if (!runs) return std::nullopt;
  auto mine = runs_of(std::move(*runs), assessment);
  if (mine.empty()) return std::nullopt;
  return mine.back();
}

}  // namespace kubus::history
