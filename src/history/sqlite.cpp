#include "history/sqlite.h"

#include <cerrno>
#include <filesystem>
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
    // Which assessment a run is of, so one database can hold several (`kubus history --all`).
    R"(ALTER TABLE runs ADD COLUMN assessment TEXT NOT NULL DEFAULT '';)",
    // What the evidence measured (`kubus diff` shows what moved): each practice's mean observed level,
    // each KPI's and SLA's actual as written.
    R"(CREATE TABLE measures(run_id INTEGER NOT NULL REFERENCES runs(id), kind TEXT NOT NULL, id TEXT NOT NULL,
         value TEXT NOT NULL);
       CREATE INDEX measures_run ON measures(run_id);)",
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

namespace {

// The Kubus history's mark in the SQLite header (PRAGMA application_id): "KUBS".
// A file is written only when it carries it, or is empty.
constexpr long long kApplicationId = 0x4B554253;

// What a file holds, by its header and tables.
enum Kind { Empty, Kubus, Legacy, Newer, Foreign };

// The tables of schema 1, which histories written before the mark carry
// (application_id 0, user_version 1): such a file is taken as a Kubus history
// and marked when next written.
const std::vector<std::string> kLegacyTables = {"criteria", "findings", "findings_run", "gaps", "gaps_run",
                                                "roadmap",  "runs",     "scores",       "sqlite_autoindex_scores_1"};

}  // namespace

bool Database::exec(std::string_view sql) {
  return sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

Failure Database::failure(const std::string& what, int rc) const {
  if (rc < 0) rc = db_ ? sqlite3_extended_errcode(db_) : SQLITE_CANTOPEN;
  std::string detail = sqlite3_errstr(rc);
  // A write that found no space (of the database, its journal or its shared
  // memory file, also when only reading) is an I/O error with errno ENOSPC.
  if ((rc & 0xFF) == SQLITE_IOERR && db_ && sqlite3_system_errno(db_) == ENOSPC) rc = SQLITE_FULL;
  switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {Code::HistoryLocked, what + ": '" + path_ + "' is locked by another program (" + detail +
                                       "); try again when it is done"};
    case SQLITE_FULL:
      return {Code::HistoryFull, what + ": the disk holding '" + path_ + "' is full (" + detail +
                                     "); nothing was recorded"};
    case SQLITE_NOTADB:
      return {Code::NotHistory, "'" + path_ + "' is not a Kubus history: it is not a SQLite database; it was left untouched"};
    default:
      return {Code::HistoryUnusable, what + ": '" + path_ + "' cannot be used (" + detail + ")"};
  }
}

bool Database::connect(bool write, Failure& failure, int wait_ms) {
  sqlite3_close_v2(db_);
  db_ = nullptr;
  std::error_code ec;
  if (std::filesystem::exists(path_, ec) && !std::filesystem::is_regular_file(path_, ec)) {
    failure = {Code::HistoryUnusable, "'" + path_ + "' cannot be a history: it is not a regular file"};
    return false;
  }
  int flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    failure = this->failure("cannot open the history", rc);
    return false;
  }
  sqlite3_busy_timeout(db_, wait_ms);  // another run holds the lock: wait for it
  return true;
}

// Reads the header's mark and version and the table names: nothing is written.
bool Database::inspect(Failure& failure) {
  Statement id(db_, "PRAGMA application_id"), version(db_, "PRAGMA user_version");
  Statement names(db_, "SELECT name FROM sqlite_master ORDER BY name");
  if (!id.step() || !version.step()) {
    failure = this->failure("cannot read the history", id.ok() ? id.rc() : -1);
    return false;
  }
  std::vector<std::string> tables;
  while (names.step()) tables.push_back(names.text(0));
  if (names.rc() != SQLITE_DONE) {
    failure = this->failure("cannot read the history", names.rc());
    return false;
  }
  version_ = version.integer(0);
  long long app = id.integer(0);
  if (app == kApplicationId) kind_ = version_ > static_cast<long long>(kMigrations.size()) ? Newer : Kubus;
  else if (app == 0 && tables.empty() && version_ == 0) kind_ = Empty;
  else if (app == 0 && tables == kLegacyTables && version_ == 1) kind_ = Legacy;
  else kind_ = Foreign;
  if (kind_ == Newer) {
    failure = {Code::NewerHistory, "'" + path_ + "' was written by a newer kubus (history schema " +
                                       std::to_string(version_) + "; this kubus knows " +
                                       std::to_string(kMigrations.size()) + "); it was left untouched"};
    return false;
  }
  if (kind_ == Foreign) {
    std::string what = app != 0 ? "a SQLite database of another program (application_id " + std::to_string(app) + ")"
                                : "a SQLite database with tables of its own";
    failure = {Code::NotHistory, "'" + path_ + "' is not a Kubus history: it is " + what + "; it was left untouched"};
    return false;
  }
  return true;
}

bool Database::open_to_read(const std::string& path, Failure& failure, int wait_ms) {
  path_ = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    failure = {Code::NoHistory, "no history at '" + path + "' (run `kubus assess` first)"};
    return false;
  }
  if (!connect(false, failure, wait_ms) || !inspect(failure)) return false;
  if (kind_ == Empty) {
    failure = {Code::NoHistory, "no runs recorded in '" + path + "' (run `kubus assess` first)"};
    return false;
  }
  return true;
}

bool Database::begin_write(const std::string& path, Failure& failure, int wait_ms) {
  path_ = path;
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (exists && (!connect(false, failure, wait_ms) || !inspect(failure))) return false;
  bool fresh = !exists || kind_ == Empty;
  if (!connect(true, failure, wait_ms)) return false;
  // WAL lets `kubus history` read while a run records; set once, on a file
  // just found empty (it is written to the header).
  if (fresh && !exec("PRAGMA journal_mode=WAL")) {
    failure = this->failure("cannot start the history");
    return false;
  }
  if (!exec("BEGIN IMMEDIATE")) {
    failure = this->failure("cannot record the run");
    return false;
  }
  // Again under the lock: another program may have written it in between.
  if (!inspect(failure) || !migrate(failure)) {
    rollback();
    return false;
  }
  return true;
}

bool Database::migrate(Failure& failure) {
  for (auto v = static_cast<std::size_t>(version_); v < kMigrations.size(); ++v)
    if (!exec(kMigrations[v]) || !exec("PRAGMA user_version=" + std::to_string(v + 1))) {
      failure = this->failure("cannot create the history's tables");
      return false;
    }
  if (kind_ != Kubus && !exec("PRAGMA application_id=" + std::to_string(kApplicationId))) {
    failure = this->failure("cannot mark the history");
    return false;
  }
  return true;
}

bool Database::commit(Failure& failure) {
  if (exec("COMMIT")) return true;
  failure = this->failure("cannot record the run");
  rollback();
  return false;
}

void Database::rollback() { exec("ROLLBACK"); }

}  // namespace kubus::history
