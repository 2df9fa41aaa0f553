#include "history/sqlite.h"

#include <vector>

namespace kubus::history {
namespace {

// Schema versions in order; a database at user_version N gets migrations N.. applied.
const std::vector<std::string_view> kMigrations = {
    R"(CREATE TABLE runs(
         id INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, tool_version TEXT NOT NULL,
         title TEXT NOT NULL, assessment_date TEXT NOT NULL, model_hash TEXT NOT NULL,
         git_commit TEXT NOT NULL, git_dirty INTEGER NOT NULL, matrix_id TEXT NOT NULL, matrix_hash TEXT NOT NULL,
         overall REAL NOT NULL, overall_level INTEGER NOT NULL);
       CREATE TABLE scores(run_id INTEGER NOT NULL REFERENCES runs(id), dimension TEXT NOT NULL,
         level INTEGER NOT NULL, score REAL NOT NULL, target INTEGER, PRIMARY KEY(run_id, dimension));
       CREATE TABLE criteria(run_id INTEGER NOT NULL REFERENCES runs(id), dimension TEXT NOT NULL,
         criterion TEXT NOT NULL, level INTEGER NOT NULL, status TEXT NOT NULL, score REAL);
       CREATE TABLE findings(run_id INTEGER NOT NULL REFERENCES runs(id), rule TEXT NOT NULL,
         subject TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL, location TEXT NOT NULL);
       CREATE TABLE gaps(run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL, gap_id TEXT NOT NULL);
       CREATE TABLE roadmap(run_id INTEGER NOT NULL REFERENCES runs(id), initiative TEXT NOT NULL,
         start TEXT NOT NULL, finish TEXT NOT NULL, effort REAL NOT NULL, cost REAL NOT NULL);
       CREATE INDEX findings_run ON findings(run_id);
       CREATE INDEX gaps_run ON gaps(run_id);)",
    // The roadmap's progress (`progress:`): started and done initiatives; done ones have no quarters.
    R"(ALTER TABLE roadmap ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';)",
};

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) {
  rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc_ != SQLITE_OK) stmt_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int i, double v) {
  sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Statement& Statement::bind(int i, long long v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

bool Statement::step() {
  if (!stmt_) return false;
  rc_ = sqlite3_step(stmt_);
  return rc_ == SQLITE_ROW;
}

bool Statement::run() {
  if (!stmt_) return false;
  while (step()) {
  }
  bool done = rc_ == SQLITE_DONE;
  reset();
  return done;
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  return t ? reinterpret_cast<const char*>(t) : "";
}

Database::~Database() { sqlite3_close_v2(db_); }

bool Database::exec(std::string_view sql, std::string& error) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &msg) == SQLITE_OK) return true;
  error = msg ? msg : message();
  sqlite3_free(msg);
  return false;
}

bool Database::open(const std::string& path, bool create, std::string& error) {
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    error = "cannot open '" + path + "': " + message();
    return false;
  }
  sqlite3_busy_timeout(db_, 10000);  // another run holds the lock: wait for it
  if (!exec("PRAGMA journal_mode=WAL", error) || !migrate(error)) {
    error = "'" + path + "' is not a usable history database (" + error + "); it was left untouched";
    return false;
  }
  return true;
}

bool Database::migrate(std::string& error) {
  Statement version(db_, "PRAGMA user_version");
  if (!version.ok() || !version.step()) {
    error = message();
    return false;
  }
  auto current = static_cast<std::size_t>(version.integer(0));
  if (current > kMigrations.size()) {
    error = "written by a newer kubus (schema " + std::to_string(current) + ")";
    return false;
  }
  for (std::size_t v = current; v < kMigrations.size(); ++v) {
    if (!exec("BEGIN IMMEDIATE", error)) return false;
    if (!exec(kMigrations[v], error) || !exec("PRAGMA user_version=" + std::to_string(v + 1), error)) {
      std::string ignored;
      exec("ROLLBACK", ignored);
      return false;
    }
    if (!exec("COMMIT", error)) return false;
  }
  return true;
}

}  // namespace kubus::history
