#include "history/sqlite.h"

#include <sqlite3.h>

#include <cerrno>
#include <filesystem>
#include <vector>

namespace kubus::history {
namespace {

class SqliteStatement : public Statement {
 public:
  // `last_rc` is the connection's: a failing statement leaves its result code there.
  SqliteStatement(sqlite3* db, std::string_view sql, int& last_rc) : last_rc_(last_rc) {
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc_ != SQLITE_OK) {
      stmt_ = nullptr;
      last_rc_ = rc_;
    }
  }
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  Statement& bind(int i, std::string_view v) override {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, double v) override {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& bind(int i, long long v) override {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  bool step() override {
    if (!stmt_) return false;
    rc_ = sqlite3_step(stmt_);
    if (rc_ != SQLITE_ROW && rc_ != SQLITE_DONE) last_rc_ = rc_;
    return rc_ == SQLITE_ROW;
  }
  bool done() const override { return rc_ == SQLITE_DONE; }
  void reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string text(int col) const override {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  double real(int col) const override { return sqlite3_column_double(stmt_, col); }
  long long integer(int col) const override { return sqlite3_column_int64(stmt_, col); }
  bool is_null(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
  int& last_rc_;
};

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

class SqliteConnection : public Connection {
 public:
  SqliteConnection(std::string path, int wait_ms) : path_(std::move(path)), wait_ms_(wait_ms) {}
  ~SqliteConnection() override { sqlite3_close_v2(db_); }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  bool open_to_read(Failure& failure) override;
  bool begin_write(Failure& failure) override;
  std::unique_ptr<Statement> prepare(std::string_view sql) override {
    return std::make_unique<SqliteStatement>(db_, sql, last_rc_);
  }
  long long version() const override { return version_; }
  std::string_view row_order() const override { return "rowid"; }
  Failure failure(const std::string& what) const override;

 protected:
  bool exec(std::string_view sql) override {
    last_rc_ = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, nullptr);
    return last_rc_ == SQLITE_OK;
  }

 private:
  bool connect(bool write, Failure& failure);
  bool inspect(Failure& failure);
  bool migrate(Failure& failure);
  std::string path_;
  int wait_ms_;
  sqlite3* db_ = nullptr;
  int last_rc_ = SQLITE_OK;
  Kind kind_ = Empty;
  long long version_ = 0;
};

Failure SqliteConnection::failure(const std::string& what) const {
  int rc = db_ ? last_rc_ : SQLITE_CANTOPEN;
  if (rc == SQLITE_OK && db_) rc = sqlite3_extended_errcode(db_);
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

bool SqliteConnection::connect(bool write, Failure& failure) {
  sqlite3_close_v2(db_);
  db_ = nullptr;
  std::error_code ec;
  if (std::filesystem::exists(path_, ec) && !std::filesystem::is_regular_file(path_, ec)) {
    failure = {Code::HistoryUnusable, "'" + path_ + "' cannot be a history: it is not a regular file"};
    return false;
  }
  int flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  last_rc_ = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
  if (last_rc_ != SQLITE_OK) {
    failure = this->failure("cannot open the history");
    return false;
  }
  sqlite3_busy_timeout(db_, wait_ms_);  // another run holds the lock: wait for it
  return true;
}

// Reads the header's mark and version and the table names: nothing is written.
bool SqliteConnection::inspect(Failure& failure) {
  SqliteStatement id(db_, "PRAGMA application_id", last_rc_), version(db_, "PRAGMA user_version", last_rc_);
  SqliteStatement names(db_, "SELECT name FROM sqlite_master ORDER BY name", last_rc_);
  if (!id.step() || !version.step()) {
    failure = this->failure("cannot read the history");
    return false;
  }
  std::vector<std::string> tables;
  while (names.step()) tables.push_back(names.text(0));
  if (!names.done()) {
    failure = this->failure("cannot read the history");
    return false;
  }
  version_ = version.integer(0);
  long long app = id.integer(0);
  if (app == kApplicationId) kind_ = version_ > schema_version() ? Newer : Kubus;
  else if (app == 0 && tables.empty() && version_ == 0) kind_ = Empty;
  else if (app == 0 && tables == kLegacyTables && version_ == 1) kind_ = Legacy;
  else kind_ = Foreign;
  if (kind_ == Newer) {
    failure = {Code::NewerHistory, "'" + path_ + "' was written by a newer kubus (history schema " +
                                       std::to_string(version_) + "; this kubus knows " +
                                       std::to_string(schema_version()) + "); it was left untouched"};
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

bool SqliteConnection::open_to_read(Failure& failure) {
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) {
    failure = {Code::NoHistory, "no history at '" + path_ + "' (run `kubus assess` first)"};
    return false;
  }
  if (!connect(false, failure) || !inspect(failure)) return false;
  if (kind_ == Empty) {
    failure = {Code::NoHistory, "no runs recorded in '" + path_ + "' (run `kubus assess` first)"};
    return false;
  }
  return true;
}

bool SqliteConnection::begin_write(Failure& failure) {
  std::error_code ec;
  if (auto parent = std::filesystem::path(path_).parent_path(); !parent.empty())
    std::filesystem::create_directories(parent, ec);
  bool exists = std::filesystem::exists(path_, ec);
  if (exists && (!connect(false, failure) || !inspect(failure))) return false;
  bool fresh = !exists || kind_ == Empty;
  if (!connect(true, failure)) return false;
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

bool SqliteConnection::migrate(Failure& failure) {
  for (auto v = version_; v < schema_version(); ++v)
    if (!exec(migrations()[static_cast<std::size_t>(v)].sql(Backend::Sqlite)) ||
        !exec("PRAGMA user_version=" + std::to_string(v + 1))) {
      failure = this->failure("cannot create the history's tables");
      return false;
    }
  version_ = schema_version();
  if (kind_ != Kubus && !exec("PRAGMA application_id=" + std::to_string(kApplicationId))) {
    failure = this->failure("cannot mark the history");
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<Connection> sqlite_connection(const std::string& path, int wait_ms) {
  return std::make_unique<SqliteConnection>(path, wait_ms);
}

}  // namespace kubus::history
