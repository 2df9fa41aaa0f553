// The assessment pipeline of ENGINE.md as one call: load the assessment, its
// matrix and model (with the matrix's libraries), check and evaluate the rules,
// find the silo gaps, score every dimension and plan the roadmap. Every command
// that works on an assessment (assess, explain, roadmap, gaps) runs this.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "config/assessment.h"
#include "config/matrix.h"
#include "eval/eval.h"
#include "graph/gaps.h"
#include "model/load.h"
#include "plan/plan.h"
#include "report/run_summary.h"
#include "report/finding.h"
#include "rules/check.h"
#include "score/score.h"

namespace kubus::report {

struct Run;

// Failing and erroneous instances of every rule, sorted by rule ID, then
// subject; computed on the first call and kept in the Run (every report file
// lists them).
const std::vector<Finding>& findings(const Run& r);

struct RunOptions {
  bool keep_passing = false;  // keep passing rule instances (explain)
  bool plan = true;           // plan the roadmap
};

// Everything one assessment computes. Scores and the roadmap point into the
// matrix and the catalogue, so a Run never moves: it lives behind a unique_ptr.
struct Run {
  config::Assessment assessment;
  config::Matrix matrix;
  model::Model model;
  std::vector<rules::CheckedRule> rules;
  std::vector<model::Waiver> waivers;     // every checked waiver, in model order
  std::vector<model::Waiver> active;      // those that apply on the assessment's date
  std::vector<eval::RuleResult> results;  // parallel to `rules`
  graph::GapReport gaps;
  score::Scores scores;
  std::optional<plan::Catalogue> catalogue;
  std::optional<plan::Roadmap> roadmap;
  std::optional<RunSummary> previous;  // the last recorded run, for progress since then (history on)

  const eval::RuleResult* result(std::string_view rule_id) const;
  const rules::CheckedRule* rule(std::string_view rule_id) const;
  score::Measure measure(const config::Criterion& c) const;
  // Score change of a dimension (or, for an empty ID, overall) since `previous`.
  std::optional<double> progress(std::string_view dimension = {}) const;

  Run() = default;
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

 private:
  friend std::unique_ptr<Run> run(const std::string&, const model::LoadOptions&, const RunOptions&, SourceManager&,
                                  Diagnostics&, bool&);
  std::unordered_map<std::string_view, std::size_t> by_rule_;
  friend const std::vector<Finding>& findings(const Run&);
  mutable std::optional<std::vector<Finding>> findings_;
};

// Loads and checks an assessment: the assessment file, its matrix, its model
// with the matrix's libraries, the references between them, the rules and (with
// `with_catalogue`) the initiative catalogues. What `kubus check
// assessment.yaml` reports. The Run holds no results yet.
std::unique_ptr<Run> prepare(const std::string& assessment, const model::LoadOptions& load, bool with_catalogue,
                             SourceManager& sm, Diagnostics& diags, bool& unreadable);

// Runs the pipeline on ASSESSMENT (a file or a directory holding
// assessment.yaml). nullptr when loading failed: the reasons are in `diags`,
// and `unreadable` says whether a named file could not be read (exit 2).
std::unique_ptr<Run> run(const std::string& assessment, const model::LoadOptions& load, const RunOptions& options,
                         SourceManager& sm, Diagnostics& diags, bool& unreadable);

// The catalogues a run plans with: the library's initiatives.yaml beside the
// matrix, then the assessment's own files.
std::vector<std::string> catalogue_paths(const config::Assessment& a, const std::string& matrix_path);

}  // namespace kubus::report
