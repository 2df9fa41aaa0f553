// A thin RAII layer over the SQLite C API for the history: a connection and
// prepared statements with bound parameters. Errors become Failures, never throws.
#pragma once
#include <sqlite3.h>

#include <string>
#include <string_view>
#include <optional>

#include "history/failure.h"
#include "history/run_summary.h"

namespace kubus::history {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, double v);
  Statement& bind(int i, long long v);
  bool step();  // true while a row is available
  bool run();   // executes to completion and resets; false on error (then rc() says which)
  int rc() const { return rc_; }
  void reset();  // ready to bind and step again
  std::string text(int col) const;
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  long long integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

class Database {
 public:
  ~Database();
  // For reading: the file must exist and be a Kubus history; it is opened read-only.
  bool open_to_read(const std::string& path, Failure& failure, int wait_ms = kWaitMs);
  // For recording a run: the file is first opened read-only and inspected; it
  // is opened for writing only when it is absent, empty or a Kubus history this
  // kubus can migrate. Then a write transaction is open, the file is inspected
  // again under its lock and migrated; the caller writes and commit()s.
  bool begin_write(const std::string& path, Failure& failure, int wait_ms = kWaitMs);
  bool commit(Failure& failure);
  void rollback();
  bool exec(std::string_view sql);
  sqlite3* handle() const { return db_; }
  // The schema version found (PRAGMA user_version): a history is read as it
  // is, so a reader selects only the columns its version has.
  long long version() const { return version_; }
  // What went wrong, as a Failure about `what`: SQLite's result code `rc`, or
  // the last one of this connection.
  Failure failure(const std::string& what, int rc = -1) const;

 private:
  bool connect(bool write, Failure& failure, int wait_ms);
  bool inspect(Failure& failure);
  bool migrate(Failure& failure);
  std::string path_;
  sqlite3* db_ = nullptr;
  int kind_ = 0;  // what inspect() found (sqlite.cpp)
  long long version_ = 0;
};

// The record of run `id` as `record` stored it; nullopt when there is no such run.
std::optional<Record> read_record(Database& db, long long id);

}  // namespace kubus::history
