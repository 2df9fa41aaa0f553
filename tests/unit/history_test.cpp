// The history database against real SQLite files: what is written, what is
// left byte for byte alone, and what each failure is called.
#include <sqlite3.h>

#include <fstream>

#include "history/store.h"
#include "support/sha256.h"
#include "test_util.h"

using namespace kubus;

namespace {

std::string hash_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return sha256_hex(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
}

// Runs SQL on a database of its own, as another program would.
void sql(const std::filesystem::path& db, const std::string& text) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(h, text.c_str(), nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

long long pragma(const std::filesystem::path& db, const std::string& name) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(h, ("PRAGMA " + name).c_str(), -1, &st, nullptr);
  long long v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(h);
  return v;
}

history::Record a_record() {
  history::Record r;
  r.tool_version = "test";
  r.title = "T";
  r.assessment_date = "2026-11-02";
  r.overall = 2.5;
  r.scores.push_back({"strategy", 2, 2.5, 3});
  r.findings.push_back({"rule", "subject", "error", "message", "m.kubus:1:1"});
  r.measures = {{"kpi", "nps", "18"}, {"practice", "market-sensing", "2.5"}};
  return r;
}

// `record` must refuse the file with `code`, leaving its bytes as they were.
void refused(const std::filesystem::path& db, Code code, const std::string& says) {
  std::string before = hash_of(db);
  history::Failure f;
  CHECK_FALSE(history::record(db.string(), a_record(), f));
  CHECK(f.code == code);
  CHECK(f.message.find(says) != std::string::npos);
  CHECK(f.message.find(db.string()) != std::string::npos);
  CHECK(hash_of(db) == before);
  history::Failure read;
  CHECK_FALSE(history::list_runs(db.string(), read));
  CHECK(read.code == code);
  CHECK(hash_of(db) == before);
}

}  // namespace

TEST_CASE("history: a new file is a marked history; runs are listed in order", "[history]") {
  auto db = test::temp_dir() / "h.db";
  history::Failure f;
  REQUIRE(history::record(db.string(), a_record(), f));
  REQUIRE(history::record(db.string(), a_record(), f));
  CHECK(pragma(db, "application_id") == 0x4B554253);
  CHECK(pragma(db, "user_version") == 4);
  auto runs = history::list_runs(db.string(), f);
  REQUIRE(runs);
  REQUIRE(runs->size() == 2);
  CHECK(runs->back().id == 2);
  CHECK(runs->back().dimensions == std::vector<std::pair<std::string, double>>{{"strategy", 2.5}});
}

TEST_CASE("history: an empty file is taken; no file is no history yet", "[history]") {
  auto dir = test::temp_dir();
  std::ofstream(dir / "empty.db").close();
  history::Failure f;
  CHECK(history::record((dir / "empty.db").string(), a_record(), f));
  CHECK(pragma(dir / "empty.db", "application_id") == 0x4B554253);
  history::Failure none;
  CHECK_FALSE(history::last_run((dir / "absent.db").string(), "", none));
  CHECK(none.message.empty());  // assess: no previous run
  CHECK_FALSE(history::list_runs((dir / "absent.db").string(), none));
  CHECK(none.code == Code::NoHistory);
  CHECK_FALSE(std::filesystem::exists(dir / "absent.db"));
}

TEST_CASE("history: a SQLite file of another program is never written", "[history]") {
  auto dir = test::temp_dir();
  sql(dir / "notes.db", "CREATE TABLE notes(text); INSERT INTO notes VALUES('keep me');");
  refused(dir / "notes.db", Code::NotHistory, "is not a Kubus history: it is a SQLite database with tables of its own");
  sql(dir / "app.db", "PRAGMA application_id=42;");
  refused(dir / "app.db", Code::NotHistory, "a SQLite database of another program (application_id 42)");
  // Tables named as a history's, but with another program's mark.
  sql(dir / "lookalike.db", "PRAGMA application_id=7; CREATE TABLE runs(id);");
  refused(dir / "lookalike.db", Code::NotHistory, "application_id 7");
  test::write_file(dir / "text.db", "not a database, just text that must survive\n");
  refused(dir / "text.db", Code::NotHistory, "it is not a SQLite database");
}

TEST_CASE("history: a history of a newer kubus is left byte for byte as it was", "[history]") {
  auto db = test::temp_dir() / "newer.db";
  sql(db, "PRAGMA application_id=1263878739; PRAGMA user_version=9; CREATE TABLE runs_v9(id);");
  refused(db, Code::NewerHistory, "was written by a newer kubus (history schema 9; this kubus knows 4)");
}

TEST_CASE("history: a history written before the mark is used and marked", "[history]") {
  auto db = test::temp_dir() / "old.db";
  history::Failure f;
  REQUIRE(history::record(db.string(), a_record(), f));
  // As kubus wrote it before the mark: schema 1, without the roadmap's status, the run's assessment and the measures.
  sql(db, "PRAGMA application_id=0; DROP TABLE measures; ALTER TABLE roadmap DROP COLUMN status;"
          "ALTER TABLE runs DROP COLUMN assessment; PRAGMA user_version=1;");
  REQUIRE(history::list_runs(db.string(), f));  // read as it is: the columns of schema 1 only
  REQUIRE(history::diff_runs(db.string(), 1, 1, f));
  REQUIRE(history::record(db.string(), a_record(), f));
  CHECK(pragma(db, "application_id") == 0x4B554253);
  CHECK(pragma(db, "user_version") == 4);  // migrated: the roadmap's progress, the run's assessment, the measures
  CHECK(history::list_runs(db.string(), f)->size() == 2);
}

// Each earlier schema as kubus wrote it, one step back at a time: the
// migrations from it bring it to the current one, keeping its runs.
TEST_CASE("history: a history of every earlier schema is migrated forward", "[history]") {
  const char* back[] = {"DROP TABLE measures; PRAGMA user_version=3;",  // 4 -> 3: no measures
                        "ALTER TABLE runs DROP COLUMN assessment; PRAGMA user_version=2;",
                        "ALTER TABLE roadmap DROP COLUMN status; PRAGMA user_version=1;"};
  for (int version = 3; version >= 1; --version) {
    auto db = test::temp_dir() / "old.db";
    history::Failure f;
    REQUIRE(history::record(db.string(), a_record(), f));
    for (int step = 3; step >= version; --step) sql(db, back[3 - step]);
    INFO("schema " << version);
    REQUIRE(pragma(db, "user_version") == version);
    auto old = history::diff_runs(db.string(), 1, 1, f);  // read as it is
    REQUIRE(old);
    REQUIRE(history::record(db.string(), a_record(), f));
    CHECK(pragma(db, "user_version") == 4);
    auto d = history::diff_runs(db.string(), 1, 2, f);
    REQUIRE(d);
    // The run written before schema 4 has no measures: each one of the new run is new.
    REQUIRE(d->measures.size() == 2);
    CHECK(d->measures[0].id == "nps");
    CHECK(d->measures[0].before.empty());
    CHECK(d->measures[0].after == "18");
    CHECK(history::list_runs(db.string(), f)->size() == 2);
  }
}

TEST_CASE("history: the measures are kept, so a diff shows what moved", "[history]") {
  auto db = test::temp_dir() / "h.db";
  history::Failure f;
  REQUIRE(history::record(db.string(), a_record(), f));
  history::Record next = a_record();
  next.measures = {{"kpi", "nps", "22"}, {"practice", "market-sensing", "2.5"}, {"sla", "claims", "3 days"}};
  REQUIRE(history::record(db.string(), next, f));
  auto d = history::diff_runs(db.string(), 1, 2, f);
  REQUIRE(d);
  REQUIRE(d->measures.size() == 2);  // the practice did not move
  CHECK(d->measures[0].kind == "kpi");
  CHECK(d->measures[0].before == "18");
  CHECK(d->measures[0].after == "22");
  CHECK(d->measures[1].kind == "sla");
  CHECK(d->measures[1].before.empty());
}

// E0903 (tests/golden/untested-codes.txt: no golden case can hold a lock while kubus runs).
TEST_CASE("history: a lock held by another connection is reported as a lock", "[history]") {
  auto db = test::temp_dir() / "h.db";
  history::Failure f;
  REQUIRE(history::record(db.string(), a_record(), f));
  sqlite3* other = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
  REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
  history::Failure locked;
  CHECK_FALSE(history::record(db.string(), a_record(), locked, 50));
  CHECK(locked.code == Code::HistoryLocked);
  CHECK(locked.message == "cannot record the run: '" + db.string() +
                              "' is locked by another program (database is locked); try again when it is done");
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  CHECK(history::record(db.string(), a_record(), f));
  CHECK(history::list_runs(db.string(), f)->size() == 2);
}
