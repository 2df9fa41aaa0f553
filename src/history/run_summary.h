// What the history keeps of one assessment run: the record `kubus assess`
// writes, and the summary `kubus history` lists. Plain data: the history knows
// nothing of models or matrices, so any stage can fill it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kubus::history {

// One recorded run as the history lists it; the run of a new assessment
// carries the previous one to report progress since then.
struct RunSummary {
  long long id = 0;
  std::string recorded_at;  // UTC, ISO 8601
  std::string title, assessment_date, git_commit, tool_version, matrix_id;
  bool git_dirty = false;
  std::string assessment;  // Record::assessment; empty for runs recorded before it was
  std::string author, organisation, sector;  // Record's; empty for runs recorded before them
  double overall = 0;
  int overall_level = 1;
  std::vector<std::pair<std::string, double>> dimensions;  // dimension -> score
};

// Everything one run records (ENGINE.md §5), in the order reports list it.
struct Record {
  struct Score {
    std::string dimension;
    int level = 1;
    double score = 1;
    std::optional<int> target;
  };
  struct Criterion {
    std::string dimension, key;  // key: "rule:ID", "gap:KIND", "observed:PRACTICE"
    int level = 2;
    std::string status;          // holds | fails | not-applicable | not-evaluated
    std::optional<double> score;
  };
  struct Finding {
    std::string rule, subject, severity, message, location;
  };
  struct Gap {
    std::string kind, id;
  };
  // What the evidence measured: a practice's confidence-weighted mean level
  // ("2.5"), a KPI's or SLA's actual as written ("18", "4.5 min"; empty when
  // not measured).
  struct Measure {
    std::string kind, id;  // kind: practice | kpi | sla
    std::string value;
  };
  struct Item {
    std::string initiative, start, finish;  // quarters, "2027-Q1"; empty for a done initiative
    double effort = 0, cost = 0;
    std::string status = "planned";         // planned | started | done (`progress:` of the assessment)
  };
  std::string tool_version, title, assessment_date, model_hash, matrix_id, matrix_hash;
  std::string dir;  // the assessment's directory: its git commit is recorded
  // Which assessment this is, when one database holds several: its directory
  // relative to the database's ("..", "clients/noord").
  std::string assessment;
  std::string author;                // who recorded the run: --author, else the OS user
  std::string organisation, sector;  // the model's `organisation`: its title and sector (portfolio)
  double overall = 1;
  int overall_level = 1;
  std::vector<Score> scores;
  std::vector<Criterion> criteria;
  std::vector<Finding> findings;
  std::vector<Gap> gaps;
  std::vector<Measure> measures;  // by kind, then ID
  std::vector<Item> roadmap;
};

// The side of a `kubus diff --git` that is the work tree (RunDiff::to).
inline constexpr std::string_view kWorkTree = "the work tree";

// What changed from one run to another (`kubus diff`).
struct RunDiff {
  std::string from, to;  // what is compared: "run 1", "run 2"; a git revision, "the work tree"
  long long from_run = 0, to_run = 0;  // the run numbers compared; 0: a git revision or the work tree
  std::string title;     // the assessment's title, as of `to`
  double overall_before = 0, overall_after = 0;
  struct Level {
    std::string dimension;
    std::optional<long long> before, after;  // none: the dimension was not in that run
  };
  std::vector<Level> levels;  // only those that changed, in the order of `scores`
  struct Score {
    std::string dimension;
    std::optional<double> before, after;
  };
  std::vector<Score> scores;  // every dimension of either run: the newer's (matrix) order, then the older's
  std::vector<std::string> new_findings, resolved_findings;  // "rule subject", sorted
  std::vector<std::string> new_gaps, resolved_gaps;          // gap IDs, sorted
  // The practices, KPIs and SLAs whose measure changed, by kind and ID; an
  // empty value: not measured (or not there) in that run.
  struct Change {
    std::string kind, id, before, after;
  };
  std::vector<Change> measures;
  // The roadmap's progress, by initiative ID (sorted): done or started since
  // `from`, planned to end later (slipped) or earlier (ahead), new in the plan,
  // or gone from it without being done.
  struct Moved {
    std::string initiative, before, after;  // the quarter it ends in
  };
  struct RoadmapProgress {
    std::vector<std::string> done, started, added, dropped;
    std::vector<Moved> slipped, ahead;
    bool empty() const {
      return done.empty() && started.empty() && added.empty() && dropped.empty() && slipped.empty() && ahead.empty();
    }
  };
  RoadmapProgress roadmap;
};

}  // namespace kubus::history
