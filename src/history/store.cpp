#include "history/store.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <map>

#include "history/backend.h"
#include "support/process.h"

namespace kubus::history {
namespace {

// Output of a git command run in `dir`, trimmed; empty outside a work tree.
std::string git(const std::string& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = run_process(argv);
  std::string out = r.status == 0 ? r.out : std::string();
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string now_utc() {
  auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", now);
}

Value maybe(const std::optional<int>& v) { return v ? Value(static_cast<long long>(*v)) : Value(); }
Value maybe(const std::optional<double>& v) { return v ? Value(*v) : Value(); }

// The rows `add` makes of `items` into `table`, all sent before the next table's.
template <class T, class Add>
bool insert(Connection& db, std::string_view table, std::string_view columns, const std::vector<T>& items, Add add) {
  auto rows = db.rows(table, columns);
  for (const T& item : items)
    if (!add(*rows, item)) return false;
  return rows->finish();
}

bool insert_details(Connection& db, long long id, const Record& r) {
  return insert(db, "scores", "run_id, dimension, level, score, target", r.scores,
                [&](Rows& out, const Record::Score& d) {
                  return out.add({id, d.dimension, static_cast<long long>(d.level), d.score, maybe(d.target)});
                }) &&
         insert(db, "criteria", "run_id, dimension, criterion, level, status, score", r.criteria,
                [&](Rows& out, const Record::Criterion& c) {
                  return out.add({id, c.dimension, c.key, static_cast<long long>(c.level), c.status, maybe(c.score)});
                }) &&
         insert(db, "findings", "run_id, rule, subject, severity, message, location", r.findings,
                [&](Rows& out, const Record::Finding& f) {
                  return out.add({id, f.rule, f.subject, f.severity, f.message, f.location});
                }) &&
         insert(db, "gaps", "run_id, kind, gap_id", r.gaps,
                [&](Rows& out, const Record::Gap& g) { return out.add({id, g.kind, g.id}); }) &&
         insert(db, "measures", "run_id, kind, id, value", r.measures,
                [&](Rows& out, const Record::Measure& m) { return out.add({id, m.kind, m.id, m.value}); }) &&
         insert(db, "roadmap", "run_id, initiative, start, finish, effort, cost, status", r.roadmap,
                [&](Rows& out, const Record::Item& s) {
                  return out.add({id, s.initiative, s.start, s.finish, s.effort, s.cost, s.status});
                });
}

}  // namespace

bool record(const std::string& db_path, const Record& r, Failure& failure, int wait_ms) {
  std::string dir = r.dir.empty() ? "." : r.dir;
  std::string commit = git(dir, {"rev-parse", "HEAD"});
  bool dirty = !commit.empty() && !git(dir, {"status", "--porcelain", "--", "."}).empty();
  auto db = connection(db_path, wait_ms);
  if (!db->begin_write(failure)) return false;
  // Run numbers count on from the highest, under the write lock: the same on both
  // backends, without the holes a server's sequence leaves after a failed run.
  auto run = db->prepare(
      "INSERT INTO runs(id, recorded_at, tool_version, title, assessment_date, model_hash, git_commit, git_dirty,"
      " matrix_id, matrix_hash, overall, overall_level, assessment, author, organisation, sector)"
      " VALUES((SELECT COALESCE(MAX(id), 0) + 1 FROM runs),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
  bool ok = run->bind(1, now_utc()).bind(2, r.tool_version).bind(3, r.title).bind(4, r.assessment_date)
                .bind(5, r.model_hash).bind(6, commit).bind(7, static_cast<long long>(dirty))
                .bind(8, r.matrix_id).bind(9, r.matrix_hash).bind(10, r.overall)
                .bind(11, static_cast<long long>(r.overall_level)).bind(12, r.assessment).bind(13, r.author)
                .bind(14, r.organisation).bind(15, r.sector).step();
  long long id = ok ? run->integer(0) : 0;
  if (ok) run->reset();
  if (!ok || !insert_details(*db, id, r)) {
    failure = db->failure("cannot record the run");
    db->rollback();
    return false;
  }
  return db->commit(failure);
}

std::optional<Record> read_record(Connection& db, long long id) {
  auto run = db.prepare("SELECT tool_version, title, assessment_date, model_hash, matrix_id, matrix_hash, overall,"
                        " overall_level FROM runs WHERE id = ?");
  run->bind(1, id);
  if (!run->step()) return std::nullopt;
  Record r;
  r.tool_version = run->text(0);
  r.title = run->text(1);
  r.assessment_date = run->text(2);
  r.model_hash = run->text(3);
  r.matrix_id = run->text(4);
  r.matrix_hash = run->text(5);
  r.overall = run->real(6);
  r.overall_level = static_cast<int>(run->integer(7));
  std::string order = " WHERE run_id = ? ORDER BY " + std::string(db.row_order());
  auto scores = db.prepare("SELECT dimension, level, score, target FROM scores" + order);
  scores->bind(1, id);
  while (scores->step())
    r.scores.push_back({scores->text(0), static_cast<int>(scores->integer(1)), scores->real(2),
                        scores->is_null(3) ? std::nullopt : std::optional<int>(static_cast<int>(scores->integer(3)))});
  auto findings = db.prepare("SELECT rule, subject, severity, message, location FROM findings" + order);
  findings->bind(1, id);
  while (findings->step())
    r.findings.push_back({findings->text(0), findings->text(1), findings->text(2), findings->text(3), findings->text(4)});
  auto gaps = db.prepare("SELECT kind, gap_id FROM gaps" + order);
  gaps->bind(1, id);
  while (gaps->step()) r.gaps.push_back({gaps->text(0), gaps->text(1)});
  if (db.version() >= 5) {  // schema 5 keeps the measures
    auto measures = db.prepare("SELECT kind, id, value FROM measures" + order);
    measures->bind(1, id);
    while (measures->step()) r.measures.push_back({measures->text(0), measures->text(1), measures->text(2)});
  }
  auto items = db.prepare(std::string("SELECT initiative, start, finish, effort, cost, ") +
                          (db.version() >= 2 ? "status" : "'planned'") + " FROM roadmap" + order);
  items->bind(1, id);
  while (items->step())
    r.roadmap.push_back({items->text(0), items->text(1), items->text(2), items->real(3), items->real(4), items->text(5)});
  return r;
}

namespace {

// The columns of `runs` a history of version `v` has, the later ones as '' before they were.
std::string run_columns(long long v) {
  return std::string("id, recorded_at, title, assessment_date, git_commit, git_dirty, tool_version, matrix_id, overall,"
                     " overall_level, ") +
         (v >= 3 ? "assessment" : "''") + (v >= 4 ? ", author, organisation, sector" : ", '', '', ''");
}

}  // namespace

std::optional<std::vector<RunSummary>> list_runs(const std::string& db_path, Failure& failure, int wait_ms) {
  auto db = connection(db_path, wait_ms);
  if (!db->open_to_read(failure)) return std::nullopt;
  std::vector<RunSummary> out;
  auto runs = db->prepare("SELECT " + run_columns(db->version()) + " FROM runs ORDER BY id");
  while (runs->step())
    out.push_back(RunSummary{runs->integer(0), runs->text(1), runs->text(2), runs->text(3), runs->text(4),
                             runs->text(6), runs->text(7), runs->integer(5) != 0, runs->text(10), runs->text(11),
                             runs->text(12), runs->text(13), runs->real(8), static_cast<int>(runs->integer(9)), {}});
  // Every run's scores in one query, not one per run: a server is a round trip away.
  auto scores = db->prepare("SELECT run_id, dimension, score FROM scores ORDER BY run_id, " +
                            std::string(db->row_order()));
  std::map<long long, RunSummary*> by_id;
  for (auto& s : out) by_id[s.id] = &s;
  bool read = runs->done();
  while (read && scores->step())
    if (auto it = by_id.find(scores->integer(0)); it != by_id.end())
      it->second->dimensions.emplace_back(scores->text(1), scores->real(2));
  if (!read || !scores->done()) {
    failure = db->failure("cannot read the history");
    return std::nullopt;
  }
  return out;
}

std::vector<RunSummary> runs_of(std::vector<RunSummary> runs, const std::string& assessment) {
  std::erase_if(runs, [&](const RunSummary& r) { return !r.assessment.empty() && r.assessment != assessment; });
  return runs;
}

std::vector<RunSummary> latest_runs(const std::vector<RunSummary>& runs) {
  std::map<std::string, RunSummary> latest;  // by assessment: sorted, and the later run wins
  for (const auto& r : runs) latest[r.assessment] = r;
  std::vector<RunSummary> out;
  out.reserve(latest.size());
  for (auto& [key, r] : latest) out.push_back(std::move(r));
  return out;
}

}  // namespace kubus::history
