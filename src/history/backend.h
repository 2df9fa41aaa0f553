// The one storage interface of the history: a connection to a SQLite file
// (sqlite.h) or to a PostgreSQL server (postgres.h), and its statements.
// store.cpp and diff.cpp record and read runs through it and never know which
// backend they talk to. Errors become Failures, never throws.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "history/failure.h"
#include "history/run_summary.h"
#include "history/schema.h"

namespace kubus::history {

// A prepared statement with `?` placeholders, numbered from 1.
class Statement {
 public:
  virtual ~Statement() = default;
  virtual Statement& bind(int i, std::string_view v) = 0;
  virtual Statement& bind(int i, double v) = 0;
  virtual Statement& bind(int i, long long v) = 0;
  // Unbound parameters are NULL.
  virtual bool step() = 0;  // true while a row is available
  virtual bool done() const = 0;  // after step() returned false: true when no error stopped it
  bool run() {  // executes to completion and resets; false on error
    while (step()) {
    }
    bool ok = done();
    reset();
    return ok;
  }
  virtual void reset() = 0;  // ready to bind and execute again
  virtual std::string text(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual long long integer(int col) const = 0;
  virtual bool is_null(int col) const = 0;
};

// A value of a row written in bulk (Rows): NULL, an integer, a real or text.
using Value = std::variant<std::monostate, long long, double, std::string>;

// Rows for one table, written in bulk within the write transaction: a server is
// a round trip away, and a 10,000-touchpoint run has some 63,000 rows. Each
// table's rows are added, then finish()ed, before the next table's start.
class Rows {
 public:
  virtual ~Rows() = default;
  // false when the store refused rows sent so far (Connection::failure says why)
  virtual bool add(std::initializer_list<Value> row) = 0;
  virtual bool finish() = 0;  // sends what is left; false on error
};

class Connection {
 public:
  virtual ~Connection() = default;
  // For reading: the store must exist and be a Kubus history (else NoHistory,
  // NotHistory, NewerHistory, ...); nothing is written.
  virtual bool open_to_read(Failure& failure) = 0;
  // For recording a run: a write transaction is open that no other run
  // interleaves with, and the schema is migrated; the caller writes and commit()s.
  virtual bool begin_write(Failure& failure) = 0;
  // Commits the run; on failure rolls it back and says why.
  bool commit(Failure& failure);
  void rollback() { exec("ROLLBACK"); }
  virtual std::unique_ptr<Statement> prepare(std::string_view sql) = 0;
  // A writer of rows into `table`'s `columns` ("run_id, kind, gap_id"): by
  // default multi-row INSERTs of prepare()d statements; a backend may have a faster way.
  virtual std::unique_ptr<Rows> rows(std::string_view table, std::string_view columns);
  // The schema version found: a history is read as it is, so a reader selects
  // only the columns its version has.
  virtual long long version() const = 0;
  // The column that holds a detail row's insertion order.
  virtual std::string_view row_order() const = 0;
  // What went wrong with the last statement or call, as a Failure about `what`.
  virtual Failure failure(const std::string& what) const = 0;

 protected:
  // Runs `sql` (no parameters, no rows wanted); false on error, which failure() reports.
  virtual bool exec(std::string_view sql) = 0;
};

// The record of run `id` as store.cpp recorded it; nullopt when there is no such run.
std::optional<Record> read_record(Connection& db, long long id);

// Whether `location` names a PostgreSQL server: a postgresql:// or
// postgres:// URI, or a libpq key/value string ("host=... dbname=..."). Anything
// else is the path of a SQLite file.
bool is_server(const std::string& location);

// A connection to the history at `location`, not yet opened.
std::unique_ptr<Connection> connection(const std::string& location, int wait_ms = kWaitMs);

}  // namespace kubus::history
