// The history on a PostgreSQL server only (ctest pg/unit, under
// tests/pg/with-server.sh): another program's tables, the run lock, and the
// one-line errors for a password in the location, a server that does not
// answer, an unknown database and a wrong password.
#include "history/store.h"
#include "history_store.h"

using namespace kubus;

namespace {

history::Record a_record() {
  history::Record r;
  r.title = "T";
  r.scores.push_back({"strategy", 2, 2.5, 3});
  return r;
}

// `location` cannot be used: `record` and `list_runs` both say so in one line with `says`.
void server_refused(const std::string& location, const std::string& says) {
  history::Failure f;
  CHECK_FALSE(history::record(location, a_record(), f));
  CHECK(f.code == Code::HistoryUnusable);
  CHECK(f.server);
  INFO(f.message);
  CHECK(f.message.find(says) != std::string::npos);
  CHECK(f.message.find('\n') == std::string::npos);
  history::Failure read;
  CHECK_FALSE(history::list_runs(location, read));
  CHECK(read.message == f.message);
}

}  // namespace

TEST_CASE("history on a server: another program's table runs is never written", "[history][pg]") {
  REQUIRE(test::on_postgres());
  auto store = test::fresh_store();
  store.sql("CREATE TABLE runs(note TEXT); INSERT INTO runs VALUES('keep me')");
  history::Failure f;
  CHECK_FALSE(history::record(store.location, a_record(), f));
  CHECK(f.code == Code::NotHistory);
  CHECK(f.message == "'" + store.location + "' is not a Kubus history: its table 'runs' is another program's (no "
                     "kubus_migrations); it was left untouched");
  store.sql("SELECT 1/COUNT(*) FROM runs WHERE note = 'keep me'");  // fails when the row is gone
}

TEST_CASE("history on a server: a run waits for the lock another run holds, then reports it", "[history][pg]") {
  REQUIRE(test::on_postgres());
  auto store = test::fresh_store();
  history::Failure f;
  REQUIRE(history::record(store.location, a_record(), f));
  PGconn* other = PQconnectdb(("dbname=" + store.dbname).c_str());
  REQUIRE(PQstatus(other) == CONNECTION_OK);
  PQclear(PQexec(other, "BEGIN; SELECT pg_advisory_xact_lock(1263878739)"));
  history::Failure locked;
  CHECK_FALSE(history::record(store.location, a_record(), locked, 100));
  CHECK(locked.code == Code::HistoryLocked);
  CHECK(locked.message.starts_with("cannot record the run: '" + store.location + "' is locked by another run"));
  PQclear(PQexec(other, "ROLLBACK"));
  PQfinish(other);
  CHECK(history::record(store.location, a_record(), f));
  CHECK(history::list_runs(store.location, f)->size() == 2);
}

TEST_CASE("history on a server: errors in one line naming the location", "[history][pg]") {
  REQUIRE(test::on_postgres());
  server_refused("postgresql://kubus:secret@localhost/team",
                 "the history location carries a password; kubus refuses it there");
  server_refused("host=localhost password=secret dbname=team", "carries a password");
  server_refused("dbname=no_such_database",
                 "cannot connect to the history 'dbname=no_such_database': there is no database 'no_such_database' "
                 "on the server");
  server_refused("host=/nonexistent-kubus-socket-dir dbname=team",
                 "cannot connect to the history 'host=/nonexistent-kubus-socket-dir dbname=team': no PostgreSQL "
                 "server answers there (");
  REQUIRE(std::getenv("KUBUS_TEST_PG_TCP"));
  std::string tcp = std::getenv("KUBUS_TEST_PG_TCP");
  ::setenv("PGPASSWORD", "wrong", 1);
  server_refused(tcp + " dbname=postgres", "the server refused the password of user '");
  ::unsetenv("PGPASSWORD");
  server_refused(tcp + " dbname=postgres", "the server asks for a password: set PGPASSWORD or add it to ~/.pgpass");
  ::setenv("PGPASSWORD", std::getenv("KUBUS_TEST_PG_PASSWORD"), 1);
  auto store = test::fresh_store();
  history::Failure f;
  CHECK(history::record(tcp + " dbname=" + store.dbname, a_record(), f));  // the right one from PGPASSWORD
  ::unsetenv("PGPASSWORD");
}
