// The assessment pipeline of ENGINE.md as one value: load the assessment, its
// matrix and model (with the matrix's libraries), check and evaluate the rules,
// find the silo gaps, score every dimension and plan the roadmap. Every command
// that works on an assessment (assess, explain, roadmap, gaps) runs this; the
// writers in src/report render it.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "config/assessment.h"
#include "config/matrix.h"
#include "driver/finding.h"
#include "driver/session.h"
#include "eval/eval.h"
#include "graph/analysis.h"
#include "history/benchmark.h"
#include "history/run_summary.h"
#include "plan/plan.h"
#include "rules/check.h"
#include "score/score.h"
#include "support/language.h"

namespace kubus::driver {

struct Run;
struct Card;
struct CostTable;
struct CubeTable;
struct RankedGap;
struct TargetRow;

// Failing and erroneous instances of every rule, sorted by rule ID, then
// subject; computed on the first call and kept in the Run (every report file
// lists them). A finding about a library entity is located in the model
// (eval::model_spans).
const std::vector<Finding>& findings(const Run& r);
// The failing instances waivers take out, in the same order, each with its waiver.
const std::vector<Finding>& waived_findings(const Run& r);

// A quantity given on the command line, in the dimension's base unit (pm, or
// money in `currency`).
struct Quantity {
  double value = 0;
  std::string currency;
};

struct RunOptions {
  bool keep_passing = false;  // keep passing rule instances (explain)
  bool plan = true;           // plan the roadmap
  // What-if: these replace the assessment's capacity (--budget-per-year,
  // --capacity-per-quarter); a budget must be in the assessment's currency.
  std::optional<Quantity> budget_per_year, capacity_per_quarter;
  std::optional<Lang> lang;  // --lang: the report's language, before the assessment's `language:`
};

// A scenario of the assessment (`scenarios:`) and the plan it gives.
struct ScenarioPlan {
  std::string name;
  double budget_per_year = 0, capacity_pm = 0;
  int years = 0;
  plan::Roadmap roadmap;
};

// The run's standing among the other organisations in its history store
// (docs/team-store.md, "The benchmark in the report"): within the
// organisation's sector when the store holds at least kSectorPeers of it, else
// among all. Peers are anonymous: only their number and the spread of their scores.
struct PeerBenchmark {
  history::Benchmark result;  // result.sector: the sector compared within; empty: every sector
  std::string sector;         // the organisation's own sector; empty: it has none
  int sector_peers = 0;       // the store's other organisations of that sector
};
inline constexpr int kSectorPeers = 5;  // fewer give no quartiles worth the name

// Everything one assessment computes. Scores and the roadmap point into the
// matrix and the catalogue, so a Run never moves: it lives behind a unique_ptr.
struct Run {
  config::Assessment assessment;
  // The language of everything the run writes: RunOptions::lang, else the
  // assessment's `language:`, else English.
  Lang lang = kDefaultLang;
  config::Matrix matrix;
  model::Model model;
  std::vector<rules::CheckedRule> rules;
  std::vector<model::Waiver> waivers;     // every checked waiver, in model order
  std::vector<model::Waiver> active;      // those that apply on the assessment's date
  std::vector<eval::RuleResult> results;  // parallel to `rules`
  graph::Analysis silo;                   // the dependency graph, its gaps and their highlights, computed once
  score::Scores scores;
  std::vector<std::string> catalogue_files;  // the initiative catalogues read, in order (catalogue_paths)
  std::optional<plan::Catalogue> catalogue;
  std::optional<plan::Roadmap> roadmap;
  std::vector<ScenarioPlan> scenarios;          // in the order of `scenarios:`
  std::optional<history::RunSummary> previous;  // the last recorded run, for progress since then (history on)
  std::optional<PeerBenchmark> benchmark;       // none without history or without peers in it

  const eval::RuleResult* result(std::string_view rule_id) const;
  const rules::CheckedRule* rule(std::string_view rule_id) const;
  score::Measure measure(const config::Criterion& c) const;
  // Score change of a dimension (or, for an empty ID, overall) since `previous`.
  std::optional<double> progress(std::string_view dimension = {}) const;

  Run() = default;
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

 private:
  friend std::unique_ptr<Run> assess(Session&, const std::string&, const RunOptions&);
  std::unordered_map<std::string_view, std::size_t> by_rule_;
  friend const std::vector<Finding>& findings(const Run&);
  friend const std::vector<Finding>& waived_findings(const Run&);
  mutable std::optional<std::vector<Finding>> findings_, waived_;
  // The cards and the cost of contact, worked out once for report.json, report.xlsx and the view.
  friend const std::vector<Card>& cards(const Run&);
  friend const CostTable& cost_of_contact(const Run&);
  mutable std::shared_ptr<const std::vector<Card>> cards_;
  mutable std::shared_ptr<const CostTable> cost_;
  // The cube and the KPI and SLA rows, worked out once for report.json, the view and report.xlsx.
  friend const std::vector<CubeTable>& cube(const Run&);
  friend const std::vector<TargetRow>& targets(const Run&);
  mutable std::shared_ptr<const std::vector<CubeTable>> cube_;
  mutable std::shared_ptr<const std::vector<TargetRow>> targets_;
  // The gaps ranked by their impact on customers, for the summary, the gaps table and the silo picture.
  friend const std::vector<RankedGap>& ranked_gaps(const Run&);
  mutable std::shared_ptr<const std::vector<RankedGap>> ranked_gaps_;
};

// Loads and checks an assessment: the assessment file, its matrix, its model
// with the matrix's libraries, the references between them, the rules and (with
// `with_catalogue`) the initiative catalogues. What `kubus check
// assessment.yaml` reports. The Run holds no results yet.
std::unique_ptr<Run> prepare(Session& s, const std::string& assessment, bool with_catalogue);

// Runs the pipeline on ASSESSMENT (a file or a directory holding
// assessment.yaml). nullptr when loading failed: the reasons are in the
// session's diagnostics, and `s.unreadable` says whether a named file could
// not be read (exit 2).
std::unique_ptr<Run> assess(Session& s, const std::string& assessment, const RunOptions& options = {});

// The catalogues a run plans with: the initiatives.yaml of every library the
// matrix `uses` (in that order), then the assessment's own files. Where the
// matrix file lives does not matter, so a copy of a bundled matrix plans alike.
std::vector<std::string> catalogue_paths(const config::Assessment& a, const config::Matrix& matrix,
                                         const std::vector<std::string>& library_path);

// The gates of CI (`--fail-below`, `--fail-on`): why the run fails them, one
// sentence per gate; empty when it passes. Findings at least as severe as
// `fail_on` fail.
std::vector<std::string> failed_gates(const Run& r, std::optional<double> fail_below, std::optional<Severity> fail_on);

// A source location as `path:line`, the path relative to the assessment's
// directory; each file's relative path is computed once (the report files
// locate every finding and gap).
class Locator {
 public:
  Locator(const Run& r, const SourceManager& sm) : r_(r), sm_(sm) {}
  const std::string& path(FileId file);  // relative to the assessment's directory
  std::string operator()(Span span);     // `path:line`; empty for no location

 private:
  const Run& r_;
  const SourceManager& sm_;
  std::unordered_map<FileId, std::string> paths_;
};

// The same for one span.
std::string location(const Run& r, const SourceManager& sm, Span span);

}  // namespace kubus::driver
