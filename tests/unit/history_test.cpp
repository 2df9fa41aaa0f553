// The history store against real SQLite files and, under ctest pg/unit, a real
// PostgreSQL server (history_store.h): what is written, what is left alone,
// how older schemas are migrated, and what each failure is called. Tests
// tagged [sqlite] are about SQLite files only; the rest run on both backends.
#include <fstream>

#include "history/backend.h"
#include "history/store.h"
#include "history_store.h"
#include "support/sha256.h"
#include "test_util.h"

using namespace kubus;

namespace {

std::string hash_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return sha256_hex(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
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

history::Record a_record(double overall = 2.5) {
  history::Record r;
  r.tool_version = "test";
  r.title = "T";
  r.assessment_date = "2026-11-02";
  r.assessment = "clients/t";
  r.author = "anne";
  r.organisation = "Org";
  r.sector = "energy";
  r.overall = overall;
  r.scores.push_back({"strategy", 2, 2.5, 3});
  r.scores.push_back({"governance", 1, 1.25, std::nullopt});
  r.findings.push_back({"rule", "subject", "error", "message", "m.kubus:1:1"});
  r.gaps.push_back({"no-owner", "gap-1"});
  r.measures = {{"kpi", "nps", "18"}, {"practice", "market-sensing", "2.5"}};
  r.roadmap.push_back({"board", "2027-Q1", "2027-Q2", 1.5, 12000.25, "started"});
  return r;
}

// `record` must refuse the SQLite file with `code`, leaving its bytes as they were.
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

// A run as kubus of schema version `v` recorded it, with only the columns that version has.
void old_run(const test::Store& s, long long v) {
  s.sql("INSERT INTO runs(id, recorded_at, tool_version, title, assessment_date, model_hash, git_commit, git_dirty,"
        " matrix_id, matrix_hash, overall, overall_level) VALUES(1, '2026-01-01T00:00:00Z', 'old', 'Old', '2026-01-01',"
        " 'h', '', 0, 'ccm', 'mh', 1.5, 1)");
  s.sql("INSERT INTO scores(run_id, dimension, level, score, target) VALUES(1, 'strategy', 1, 1.5, NULL)");
  s.sql(std::string("INSERT INTO roadmap(run_id, initiative, start, finish, effort, cost") + (v >= 2 ? ", status" : "") +
        ") VALUES(1, 'board', '2027-Q1', '2027-Q1', 1, 100" + (v >= 2 ? ", 'done'" : "") + ")");
}

}  // namespace

TEST_CASE("history: runs are recorded whole and listed in order", "[history]") {
  auto store = test::fresh_store();
  history::Failure f;
  REQUIRE(history::record(store.location, a_record(), f));
  REQUIRE(history::record(store.location, a_record(3.125), f));
  auto runs = history::list_runs(store.location, f);
  REQUIRE(runs);
  REQUIRE(runs->size() == 2);
  CHECK(runs->front().id == 1);
  CHECK(runs->back().id == 2);
  CHECK(runs->back().overall == 3.125);
  CHECK(runs->back().author == "anne");
  CHECK(runs->back().organisation == "Org");
  CHECK(runs->back().sector == "energy");
  CHECK(runs->back().assessment == "clients/t");
  CHECK(runs->back().dimensions == std::vector<std::pair<std::string, double>>{{"strategy", 2.5}, {"governance", 1.25}});
  auto d = history::diff_runs(store.location, 1, 2, f);
  REQUIRE(d);
  CHECK(d->overall_before == 2.5);
  CHECK(d->overall_after == 3.125);
  CHECK(d->levels.empty());
  CHECK(d->new_findings.empty());
  CHECK(d->roadmap.empty());
}

TEST_CASE("history: a run of many rows is recorded whole, in statements of several rows", "[history]") {
  auto store = test::fresh_store();
  auto big = a_record();
  for (int i = 0; i < 1203; ++i) big.findings.push_back({"rule", "s" + std::to_string(i), "info", "m", "f:1:1"});
  history::Failure f;
  REQUIRE(history::record(store.location, big, f));
  REQUIRE(history::record(store.location, a_record(), f));
  auto d = history::diff_runs(store.location, 1, 2, f);
  REQUIRE(d);
  CHECK(d->resolved_findings.size() == 1203);
  CHECK(d->resolved_findings.front() == "rule s0");
  CHECK(d->new_findings.empty());
}

TEST_CASE("history: text with tabs, newlines and backslashes, NULLs and exact reals read back as recorded",
          "[history]") {
  auto store = test::fresh_store();
  auto r = a_record();
  r.findings = {{"rule", "a\tb", "error", "line one\nline two\r\n\\N is not NULL, C:\\path, 'quoted' \"too\" ü€",
                 "m.kubus:1:1"}};
  r.criteria = {{"strategy", "rule:x", 2, "not-evaluated", std::nullopt}, {"strategy", "rule:y", 3, "holds", 0.1 + 0.2}};
  r.roadmap = {{"board", "2027-Q1", "2027-Q2", 1.0 / 3.0, 1e-7, "planned"}};
  history::Failure f;
  REQUIRE(history::record(store.location, r, f));
  auto db = history::connection(store.location);
  REQUIRE(db->open_to_read(f));
  auto back = history::read_record(*db, 1);
  REQUIRE(back);
  REQUIRE(back->findings.size() == 1);
  CHECK(back->findings[0].subject == r.findings[0].subject);
  CHECK(back->findings[0].message == r.findings[0].message);
  CHECK(back->scores[1].target == std::nullopt);
  REQUIRE(back->roadmap.size() == 1);
  CHECK(back->roadmap[0].effort == 1.0 / 3.0);
  CHECK(back->roadmap[0].cost == 1e-7);
  auto scores = db->prepare("SELECT score FROM criteria WHERE run_id = 1 ORDER BY criterion");
  REQUIRE(scores->step());
  CHECK(scores->is_null(0));
  REQUIRE(scores->step());
  CHECK(scores->real(0) == 0.1 + 0.2);
}

TEST_CASE("history: the portfolio is the newest run of each assessment", "[history]") {
  auto store = test::fresh_store();
  history::Failure f;
  auto other = a_record(1.75);
  other.assessment = "clients/z";
  REQUIRE(history::record(store.location, a_record(), f));
  REQUIRE(history::record(store.location, other, f));
  REQUIRE(history::record(store.location, a_record(3), f));
  auto runs = history::list_runs(store.location, f);
  REQUIRE(runs);
  auto latest = history::latest_runs(*runs);
  REQUIRE(latest.size() == 2);
  CHECK(latest[0].assessment == "clients/t");
  CHECK(latest[0].id == 3);
  CHECK(latest[0].overall == 3);
  CHECK(latest[1].assessment == "clients/z");
  CHECK(latest[1].id == 2);
  CHECK(history::runs_of(*runs, "clients/z").size() == 1);
}

TEST_CASE("history: an empty store is no history yet, and taken on the first run", "[history]") {
  auto store = test::fresh_store();
  history::Failure none;
  CHECK_FALSE(history::list_runs(store.location, none));
  CHECK(none.code == Code::NoHistory);
  CHECK(none.message.find(store.location) != std::string::npos);
  history::Failure f;
  REQUIRE(history::record(store.location, a_record(), f));
  CHECK(history::list_runs(store.location, f)->size() == 1);
}

TEST_CASE("history: a store of every earlier schema is read as it is and migrated", "[history]") {
  for (long long v = 0; v < history::schema_version(); ++v) {
    INFO("from schema " << v);
    auto store = test::fresh_store();
    store.at_version(v);
    if (v > 0) old_run(store, v);
    history::Failure f;
    if (v > 0) {
      auto runs = history::list_runs(store.location, f);  // read as it is: the columns of its version only
      INFO(f.message);
      REQUIRE(runs);
      CHECK(runs->front().dimensions == std::vector<std::pair<std::string, double>>{{"strategy", 1.5}});
    }
    REQUIRE(history::record(store.location, a_record(), f));
    auto runs = history::list_runs(store.location, f);
    REQUIRE(runs);
    REQUIRE(runs->size() == (v > 0 ? 2U : 1U));
    CHECK(runs->back().author == "anne");  // migrated: the columns of the newest schema
    if (v > 0) {
      CHECK(runs->front().title == "Old");
      auto d = history::diff_runs(store.location, 1, 2, f);
      REQUIRE(d);
      CHECK(d->overall_before == 1.5);
      // A run written before schema 5 has no measures: each one of the new run is new.
      REQUIRE(d->measures.size() == 2);
      CHECK(d->measures[0].id == "nps");
      CHECK(d->measures[0].before.empty());
      CHECK(d->measures[0].after == "18");
    }
  }
}

TEST_CASE("history: a store of a newer kubus is refused and left as it was", "[history]") {
  auto store = test::fresh_store();
  store.at_version(history::schema_version());
  long long newer = history::schema_version() + 5;
  if (store.dbname.empty()) store.sql("PRAGMA user_version=" + std::to_string(newer));
  else store.sql("INSERT INTO kubus_migrations VALUES(" + std::to_string(newer) + ", now())");
  std::string says = "was written by a newer kubus (history schema " + std::to_string(newer) + "; this kubus knows " +
                     std::to_string(history::schema_version()) + ")";
  history::Failure f;
  CHECK_FALSE(history::record(store.location, a_record(), f));
  CHECK(f.code == Code::NewerHistory);
  CHECK(f.message.find(says) != std::string::npos);
  history::Failure read;
  CHECK_FALSE(history::list_runs(store.location, read));
  CHECK(read.code == Code::NewerHistory);
}

TEST_CASE("history: a new file is a marked history", "[history][sqlite]") {
  auto db = test::temp_dir() / "h.db";
  history::Failure f;
  REQUIRE(history::record(db.string(), a_record(), f));
  CHECK(pragma(db, "application_id") == 0x4B554253);
  CHECK(pragma(db, "user_version") == history::schema_version());
}

TEST_CASE("history: an empty file is taken, no file is no history yet", "[history][sqlite]") {
  auto dir = test::temp_dir();
  std::ofstream(dir / "empty.db").close();
  history::Failure f;
  CHECK(history::record((dir / "empty.db").string(), a_record(), f));
  CHECK(pragma(dir / "empty.db", "application_id") == 0x4B554253);
  history::Failure none;
  CHECK_FALSE(history::list_runs((dir / "absent.db").string(), none));
  CHECK(none.code == Code::NoHistory);
  CHECK_FALSE(std::filesystem::exists(dir / "absent.db"));
}

TEST_CASE("history: a SQLite file of another program is never written", "[history][sqlite]") {
  auto dir = test::temp_dir();
  test::Store notes{(dir / "notes.db").string(), ""}, app{(dir / "app.db").string(), ""},
      lookalike{(dir / "lookalike.db").string(), ""};
  notes.sql("CREATE TABLE notes(text); INSERT INTO notes VALUES('keep me');");
  refused(dir / "notes.db", Code::NotHistory, "is not a Kubus history: it is a SQLite database with tables of its own");
  app.sql("PRAGMA application_id=42;");
  refused(dir / "app.db", Code::NotHistory, "a SQLite database of another program (application_id 42)");
  // Tables named as a history's, but with another program's mark.
  lookalike.sql("PRAGMA application_id=7; CREATE TABLE runs(id);");
  refused(dir / "lookalike.db", Code::NotHistory, "application_id 7");
  test::write_file(dir / "text.db", "not a database, just text that must survive\n");
  refused(dir / "text.db", Code::NotHistory, "it is not a SQLite database");
}

TEST_CASE("history: a SQLite history of a newer kubus is left byte for byte as it was", "[history][sqlite]") {
  auto db = test::temp_dir() / "newer.db";
  test::Store{db.string(), ""}.sql("PRAGMA application_id=1263878739; PRAGMA user_version=9; CREATE TABLE runs_v9(id);");
  refused(db, Code::NewerHistory, "was written by a newer kubus (history schema 9; this kubus knows " +
                                      std::to_string(history::schema_version()) + ")");
}

TEST_CASE("history: a history written before the mark is used and marked", "[history][sqlite]") {
  auto store = test::Store{(test::temp_dir() / "old.db").string(), ""};
  history::Failure f;
  REQUIRE(history::record(store.location, a_record(), f));
  // As kubus wrote it before the mark: schema 1, without the later columns.
  store.sql("PRAGMA application_id=0; DROP TABLE measures; ALTER TABLE roadmap DROP COLUMN status; DROP INDEX runs_assessment;"
            "ALTER TABLE runs DROP COLUMN assessment; ALTER TABLE runs DROP COLUMN author;"
            "ALTER TABLE runs DROP COLUMN organisation; ALTER TABLE runs DROP COLUMN sector; PRAGMA user_version=1;");
  REQUIRE(history::list_runs(store.location, f));  // read as it is: the columns of schema 1 only
  REQUIRE(history::diff_runs(store.location, 1, 1, f));
  REQUIRE(history::record(store.location, a_record(), f));
  CHECK(pragma(store.location, "application_id") == 0x4B554253);
  CHECK(pragma(store.location, "user_version") == history::schema_version());
  CHECK(history::list_runs(store.location, f)->size() == 2);
}

// E0903 (tests/golden/untested-codes.txt: no golden case can hold a lock while kubus runs).
TEST_CASE("history: a lock held by another connection is reported as a lock", "[history][sqlite]") {
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
