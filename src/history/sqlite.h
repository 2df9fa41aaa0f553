// A thin RAII layer over the SQLite C API for the history: a connection and
// prepared statements with bound parameters. Errors become strings, never throws.
#pragma once
#include <sqlite3.h>

#include <string>
#include <string_view>
#include <optional>

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
  bool run();   // executes to completion and resets; false on error
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
  // Opens (create: creating) the database, with WAL and a busy timeout, and
  // migrates its schema forward. False with `error` when that fails.
  bool open(const std::string& path, bool create, std::string& error);
  bool exec(std::string_view sql, std::string& error);
  sqlite3* handle() const { return db_; }
  std::string message() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

 private:
  bool migrate(std::string& error);
  sqlite3* db_ = nullptr;
};

// The record of run `id` as `record` stored it; nullopt when there is no such run.
std::optional<Record> read_record(Database& db, long long id);

}  // namespace kubus::history
