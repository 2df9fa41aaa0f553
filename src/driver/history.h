// The history side of an assessment (ENGINE.md §5): where its database is, and
// what of a Run it records.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/run.h"
#include "history/benchmark.h"
#include "history/run_summary.h"
#include "history/store.h"

namespace kubus::driver {

// `db` when given, else $KUBUS_HISTORY when set, else .kubus/history.db
// beside the assessment (a file or its directory). A location is a SQLite path
// or a PostgreSQL connection string (history::is_server).
std::string history_path(const std::string& assessment, const std::string& db);

// Which assessment (a file or its directory) a run is of, in the database at
// `db`: its directory relative to the database's, so that a team's shared
// database and a moved checkout keep it (history::Record::assessment). On a
// server, which has no directory, the name of the assessment's directory.
std::string assessment_key(const std::string& assessment, const std::string& db);

// The language of `kubus history`, `benchmark` and `diff`: `lang` (--lang),
// else the `language:` of the assessment at `assessment` when it has a
// readable one (these commands need no valid assessment), else English.
Lang history_lang(const std::string& assessment, std::optional<Lang> lang);

// `kubus history`: the runs of `assessment` in its database (history_path), or
// with `all` the newest run of every assessment the database holds (the
// portfolio); nullopt with `failure` when it cannot be read.
std::optional<std::vector<history::RunSummary>> listed_runs(const std::string& assessment, const std::string& db,
                                                            bool all, history::Failure& failure);

// `kubus benchmark`: the newest run of `assessment` against the newest run of
// every other assessment in its database (of `sector` when given); nullopt
// with `failure` when the database cannot be read or holds no run of it.
std::optional<history::Benchmark> benchmark_history(const std::string& assessment, const std::string& db,
                                                    const std::string& sector, history::Failure& failure);

// `kubus diff [A B]`: runs A and B of the history at `path`, or the last two
// of `assessment` when `runs` is empty. Nullopt with `failure` set when the history cannot be
// read, or with `error` and `exit` (Usage, Errors) when the runs cannot be named.
struct DiffRequest {
  std::string error;
  Exit exit = Exit::Ok;
  history::Failure failure;
};
std::optional<history::RunDiff> diff_history(const std::string& assessment, const std::string& path,
                                             const std::vector<std::string>& runs, DiffRequest& why);

// The history of one `kubus assess`, read before anything is written and
// recorded after the reports are: where it is (history_path), which assessment
// the run is of there (assessment_key), and what went wrong.
class AssessHistory {
 public:
  // Reads the previous run of the assessment (Run::previous) and its benchmark
  // against the other organisations in the store (Run::benchmark), unless
  // `enabled` is false (--no-history). A store that does not exist yet is no failure.
  AssessHistory(Run& r, const std::string& assessment, const std::string& db, bool enabled);

  // Whether the run stops before writing its reports: a database that is not a
  // usable history does; a server out of reach does not (the reports are
  // written, then the run exits 2).
  bool stops_run() const { return !failure_.message.empty() && !failure_.server; }

  // Records the run, recorded by `author` (empty: the OS user). False when
  // reading failed before or recording fails now (failure() says why); true
  // without recording when the history is not enabled.
  bool record(const Run& r, const SourceManager& sm, const std::string& tool_version, const std::string& author);

  const std::string& db() const { return db_; }
  const history::Failure& failure() const { return failure_; }

 private:
  std::string db_;
  std::string key_;
  bool enabled_;
  history::Failure failure_;
};

// What a run of the database's assessment `key` (assessment_key) records,
// recorded by `author` (empty: the OS user).
history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version,
                               const std::string& key, const std::string& author = {});

}  // namespace kubus::driver
