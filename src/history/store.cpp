#include "history/store.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <chrono>
#include <map>
#include <variant>

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

using Value = std::variant<std::monostate, long long, double, std::string>;

// Inserts rows into one table kBatch rows to a statement: a server is a round
// trip away, and a 10,000-touchpoint run has some 60,000 rows.
class Inserter {
 public:
  Inserter(Connection& db, std::string head, std::size_t width) : db_(db), head_(std::move(head)), width_(width) {}
  bool add(std::initializer_list<Value> row) {
    values_.insert(values_.end(), row.begin(), row.end());
    return values_.size() < kBatch * width_ || flush();
  }
  bool flush() {
    std::size_t rows = values_.size() / width_;
    if (rows == 0) return true;
    if (!full_ || rows < kBatch) {
      std::string one = "(" + std::string(2 * width_ - 1, '?') + ")";
      for (std::size_t i = 2; i < one.size() - 1; i += 2) one[i] = ',';  // "(?,?,?)"
      std::string sql = head_ + " VALUES" + one;
      for (std::size_t r = 1; r < rows; ++r) sql += "," + one;
      auto st = db_.prepare(sql);
      (rows == kBatch ? full_ : partial_) = std::move(st);
    }
    Statement& st = rows == kBatch ? *full_ : *partial_;
    int i = 0;
    for (const Value& v : values_) {
      ++i;
      if (const auto* n = std::get_if<long long>(&v)) st.bind(i, *n);
      else if (const auto* d = std::get_if<double>(&v)) st.bind(i, *d);
      else if (const auto* t = std::get_if<std::string>(&v)) st.bind(i, std::string_view(*t));
    }
    values_.clear();
    return st.run();
  }

 private:
  static constexpr std::size_t kBatch = 500;
  Connection& db_;
  std::string head_;
  std::size_t width_;
  std::vector<Value> values_;
  std::unique_ptr<Statement> full_, partial_;
};

Value maybe(const std::optional<int>& v) { return v ? Value(static_cast<long long>(*v)) : Value(); }
Value maybe(const std::optional<double>& v) { return v ? Value(*v) : Value(); }

bool insert_details(Connection& db, long long id, const Record& r) {
  Inserter score(db, "INSERT INTO scores(run_id, dimension, level, score, target)", 5);
  for (const auto& d : r.scores)
    if (!score.add({id, d.dimension, static_cast<long long>(d.level), d.score, maybe(d.target)})) return false;
  Inserter crit(db, "INSERT INTO criteria(run_id, dimension, criterion, level, status, score)", 6);
  for (const auto& c : r.criteria)
    if (!crit.add({id, c.dimension, c.key, static_cast<long long>(c.level), c.status, maybe(c.score)})) return false;
  Inserter finding(db, "INSERT INTO findings(run_id, rule, subject, severity, message, location)", 6);
  for (const auto& f : r.findings)
    if (!finding.add({id, f.rule, f.subject, f.severity, f.message, f.location})) return false;
  Inserter gap(db, "INSERT INTO gaps(run_id, kind, gap_id)", 3);
  for (const auto& g : r.gaps)
    if (!gap.add({id, g.kind, g.id})) return false;
  Inserter measure(db, "INSERT INTO measures(run_id, kind, id, value)", 4);
  for (const auto& m : r.measures)
    if (!measure.add({id, m.kind, m.id, m.value})) return false;
  Inserter item(db, "INSERT INTO roadmap(run_id, initiative, start, finish, effort, cost, status)", 7);
  for (const auto& s : r.roadmap)
    if (!item.add({id, s.initiative, s.start, s.finish, s.effort, s.cost, s.status})) return false;
  return score.flush() && crit.flush() && finding.flush() && gap.flush() && measure.flush() && item.flush();
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

std::optional<RunSummary> last_run(const std::string& db_path, const std::string& assessment, Failure& failure,
                                   int wait_ms) {
  auto runs = list_runs(db_path, failure, wait_ms);
  if (!runs && failure.code == Code::NoHistory) failure = {};  // no history yet: no previous run
  if (!runs) return std::nullopt;
  auto mine = runs_of(std::move(*runs), assessment);
  if (mine.empty()) return std::nullopt;
  return mine.back();
}

}  // namespace kubus::history
