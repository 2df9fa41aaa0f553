// A fresh, empty history store for the history tests, on the backend the run
// asks for: a SQLite file in a temporary directory, or, when KUBUS_TEST_PG is
// set (ctest pg/unit, tests/pg/with-server.sh), a new database on that
// throw-away PostgreSQL server. The same tests run against both.
#pragma once
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <string>

#include "history/schema.h"
#include "test_util.h"

namespace kubus::test {

inline bool on_postgres() { return std::getenv("KUBUS_TEST_PG") != nullptr; }

// SQL run on the server's maintenance database `postgres`, as an administrator would.
inline void pg_admin(const std::string& sql, const std::string& dbname = "postgres") {
  PGconn* c = PQconnectdb(("dbname=" + dbname).c_str());
  INFO(PQerrorMessage(c));
  REQUIRE(PQstatus(c) == CONNECTION_OK);
  PGresult* r = PQexec(c, sql.c_str());
  INFO(sql << ": " << PQresultErrorMessage(r));
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
  PQclear(r);
  PQfinish(c);
  REQUIRE(ok);
}

struct Store {
  std::string location;  // what --history takes
  std::string dbname;    // PostgreSQL: the database; SQLite: empty

  history::Backend backend() const { return dbname.empty() ? history::Backend::Sqlite : history::Backend::Postgres; }

  // Runs SQL on the store as another program would.
  void sql(const std::string& text) const {
    if (!dbname.empty()) return pg_admin(text, dbname);
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(location.c_str(), &h) == SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(h, text.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(h);
    REQUIRE(rc == SQLITE_OK);
  }

  // The store as kubus of schema version `v` left it (0: empty): the first v migrations applied.
  void at_version(long long v) const {
    if (v == 0) return;
    std::string all = dbname.empty() ? "" : "CREATE TABLE kubus_migrations(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL);";
    for (long long i = 0; i < v; ++i) {
      all += std::string(history::migrations()[static_cast<std::size_t>(i)].sql(backend())) + ";";
      if (!dbname.empty()) all += "INSERT INTO kubus_migrations VALUES(" + std::to_string(i + 1) + ", now());";
    }
    if (dbname.empty()) all += "PRAGMA application_id=1263878739; PRAGMA user_version=" + std::to_string(v) + ";";
    sql(all);
  }
};

inline Store fresh_store() {
  static int counter = 0;
  if (!on_postgres()) return {(temp_dir() / "h.db").string(), ""};
  std::string name = "kubus_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  pg_admin("CREATE DATABASE " + name);
  return {"dbname=" + name, name};
}

}  // namespace kubus::test
