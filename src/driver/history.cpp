#include "driver/history.h"

#include <fmt/format.h>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <tuple>

#include "driver/evidence.h"
#include "history/backend.h"
#include "support/sha256.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

std::string model_hash(const Run& r, const SourceManager& sm) {
  std::string all;
  for (const auto& f : r.model.files) {
    const SourceFile& src = sm.file(f->file);
    all += fmt::format("{}\n{}\n", src.text.size(), src.text);
  }
  return sha256_hex(all);
}

// Each practice's confidence-weighted mean level (practices without
// observations left out) and each KPI's and SLA's actual, by kind and ID.
void measures(const Run& r, std::vector<history::Record::Measure>& out) {
  const model::Model& m = r.model;
  for (model::Index p : m.of_kind("practice")) {
    double sum = 0, weights = 0;
    for (const auto& o : observations_of(r, m.entities[p].id)) {
      sum += score::confidence_weight(o.confidence) * o.level;
      weights += score::confidence_weight(o.confidence);
    }
    if (weights > 0) out.push_back({"practice", std::string(m.entities[p].id), fmt::format("{:g}", std::round(sum / weights * 100) / 100)});
  }
  for (const auto& t : targets(r)) out.push_back({std::string(t.kind), std::string(t.id), t.actual});
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.kind, a.id) < std::tie(b.kind, b.id); });
}

}  // namespace

namespace {

fs::path directory_of(const std::string& assessment) {
  std::error_code ec;
  return fs::is_directory(assessment, ec) ? fs::path(assessment) : fs::path(assessment).parent_path();
}

}  // namespace

std::string history_path(const std::string& assessment, const std::string& db) {
  if (!db.empty()) return db;
  if (const char* env = std::getenv("KUBUS_HISTORY"); env && *env) return env;
  return (directory_of(assessment) / ".kubus" / "history.db").string();
}

std::string assessment_key(const std::string& assessment, const std::string& db) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(directory_of(assessment), ec), ec);
  if (history::is_server(db)) return dir.filename().string();
  fs::path home = fs::weakly_canonical(fs::absolute(db, ec), ec).parent_path();
  std::string key = dir.lexically_relative(home).generic_string();
  return key.empty() ? dir.generic_string() : key;  // another root: the absolute path
}

Lang history_lang(const std::string& assessment, std::optional<Lang> lang) {
  if (lang) return *lang;
  std::error_code ec;
  if (!fs::is_regular_file(directory_of(assessment) / "assessment.yaml", ec)) return kDefaultLang;
  SourceManager sm;
  Diagnostics ignored;  // a broken assessment.yaml is `kubus check`'s business, not the history's
  bool unreadable = false;
  auto a = config::load_assessment(assessment, sm, ignored, unreadable);
  return a && a->language ? *a->language : kDefaultLang;
}

std::optional<std::vector<history::RunSummary>> listed_runs(const std::string& assessment, const std::string& db,
                                                            bool all, history::Failure& failure) {
  std::string path = history_path(assessment, db);
  auto runs = history::list_runs(path, failure);
  if (!runs) return runs;
  if (all) return history::latest_runs(*runs);
  return history::runs_of(std::move(*runs), assessment_key(assessment, path));
}

std::optional<history::Benchmark> benchmark_history(const std::string& assessment, const std::string& db,
                                                    const std::string& sector, history::Failure& failure) {
  auto runs = history::list_runs(db, failure);
  if (!runs) return std::nullopt;
  std::string key = assessment_key(assessment, db);
  auto mine = std::find_if(runs->rbegin(), runs->rend(), [&](const auto& r) { return r.assessment == key; });
  if (mine == runs->rend()) {
    failure = {Code::NoHistory, "no run of '" + key + "' in '" + history::shown_location(db) +
                                    "' (run `kubus assess` first)"};
    return std::nullopt;
  }
  return history::benchmark(*mine, history::latest_runs(*runs), sector);
}

namespace {

// The OS user running kubus, who records a run unless --author names another.
std::string os_user() {
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
  const char* user = std::getenv("USER");
  return user ? user : "";
}

}  // namespace

namespace {

// The title and sector of the model's organisation; empty without one.
std::pair<std::string, std::string> organisation(const Run& r) {
  std::pair<std::string, std::string> out;
  for (model::Index i : r.model.of_kind("organisation")) {
    const model::Entity& org = r.model.entities[i];
    out = {std::string(r.model.display(org)), std::string(r.model.field(org, "sector").text)};
  }
  return out;
}

// This run among the newest runs of the store's other assessments; none without any.
std::optional<PeerBenchmark> peer_benchmark(const Run& r, const std::vector<history::RunSummary>& runs,
                                            const std::string& key) {
  history::RunSummary mine;
  mine.assessment = key;
  mine.overall = r.scores.overall;
  for (const auto& d : r.scores.dimensions) mine.dimensions.emplace_back(d.dimension->id, d.score);
  PeerBenchmark out;
  out.sector = organisation(r).second;
  auto latest = history::latest_runs(runs);
  for (const auto& p : latest)
    if (p.assessment != key && !p.assessment.empty() && !out.sector.empty() && p.sector == out.sector)
      ++out.sector_peers;
  out.result = history::benchmark(mine, latest, out.sector_peers >= kSectorPeers ? out.sector : "");
  if (out.result.overall.peers == 0) return std::nullopt;
  return out;
}

}  // namespace

AssessHistory::AssessHistory(Run& r, const std::string& assessment, const std::string& db, bool enabled)
    : db_(history_path(r.assessment.dir.empty() ? "." : r.assessment.dir, db)),
      key_(assessment_key(assessment, db_)),
      enabled_(enabled) {
  if (!enabled_) return;
  auto runs = history::list_runs(db_, failure_);
  if (!runs && failure_.code == Code::NoHistory) failure_ = {};  // no history yet: no previous run, no peers
  if (!runs) return;
  r.benchmark = peer_benchmark(r, *runs, key_);
  auto mine = history::runs_of(std::move(*runs), key_);
  if (!mine.empty()) r.previous = mine.back();
}

bool AssessHistory::record(const Run& r, const SourceManager& sm, const std::string& tool_version,
                           const std::string& author) {
  if (!enabled_) return true;
  return failure_.message.empty() &&
         history::record(db_, history_record(r, sm, tool_version, key_, author), failure_);
}

history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version,
                               const std::string& key, const std::string& author) {
  history::Record out;
  out.author = author.empty() ? os_user() : author;
  std::tie(out.organisation, out.sector) = organisation(r);
  out.tool_version = tool_version;
  out.title = r.assessment.title;
  out.assessment_date = r.assessment.date;
  out.model_hash = model_hash(r, sm);
  out.matrix_id = r.matrix.id;
  out.matrix_hash = r.matrix.hash;
  out.dir = r.assessment.dir;
  out.assessment = key;
  out.overall = r.scores.overall;
  out.overall_level = r.scores.overall_level;
  for (const auto& d : r.scores.dimensions) {
    out.scores.push_back({d.dimension->id, d.level, d.score, d.target});
    for (const auto& c : d.criteria)
      out.criteria.push_back(
          {d.dimension->id, c.criterion->key(), c.criterion->level, std::string(score::status_name(c)),
           c.measure.status == score::Status::Evaluated ? std::optional(c.measure.value) : std::nullopt});
  }
  Locator where(r, sm);
  for (const Finding& f : findings(r))
    out.findings.push_back({std::string(f.rule), f.subject, std::string(rule_severity_name(f.severity)),
                            std::string(f.message), where(f.span)});
  for (const auto& g : r.silo.gaps.gaps) out.gaps.push_back({std::string(schema::name_of(g.kind)), g.id});
  measures(r, out.measures);
  if (r.roadmap) {
    for (const auto& s : r.roadmap->items)
      out.roadmap.push_back({s.initiative->id, r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end),
                             s.effort, s.cost, s.started ? "started" : "planned"});
    for (const auto& id : r.roadmap->done) out.roadmap.push_back({id, "", "", 0, 0, "done"});
  }
  return out;
}

namespace {

// The run numbers `kubus diff` compares: the two given, or the last two recorded.
bool pick_runs(const std::string& assessment, const std::string& path, const std::vector<std::string>& runs,
               long long& a, long long& b, DiffRequest& why) {
  if (runs.size() == 2) {
    try {
      a = std::stoll(runs[0]);
      b = std::stoll(runs[1]);
      return true;
    } catch (const std::exception&) {
      why = {"run numbers must be whole numbers (see `kubus history`)", Exit::Usage, {}};
      return false;
    }
  }
  if (!runs.empty()) {
    why = {"diff takes two run numbers, or none for the last two", Exit::Usage, {}};
    return false;
  }
  auto listed = listed_runs(assessment, path, false, why.failure);
  if (!listed) return false;
  if (listed->size() < 2) {
    why = {"diff needs two recorded runs; '" + path + "' has " + std::to_string(listed->size()), Exit::Errors, {}};
    return false;
  }
  a = (*listed)[listed->size() - 2].id;
  b = listed->back().id;
  return true;
}

}  // namespace

std::optional<history::RunDiff> diff_history(const std::string& assessment, const std::string& path,
                                             const std::vector<std::string>& runs, DiffRequest& why) {
  long long a = 0, b = 0;
  if (!pick_runs(assessment, path, runs, a, b, why)) return std::nullopt;
  return history::diff_runs(path, a, b, why.failure);
}

}  // namespace kubus::driver
