// `kubus benchmark`: an assessment's newest scores against the newest run of
// every other assessment in the store (its peers), optionally of one sector.
// Peers are anonymous: only their number and the spread of their scores leave here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "history/run_summary.h"

namespace kubus::history {

struct Standing {
  std::string id;  // the dimension; "overall" for the overall score
  double score = 0;
  int peers = 0;   // peers with a score for it
  // Of the peers' scores (quartiles interpolated linearly between ranks, as
  // R's type 7 and numpy's default); nullopt without peers.
  std::optional<double> median, p25, p75;
  // Share of peers below this score, ties counted half, 0..100; nullopt without peers.
  std::optional<double> percentile;
};

struct Benchmark {
  std::string sector;               // the sector compared within; empty: every sector
  std::vector<Standing> dimensions;  // in the order of the assessment's scores
  Standing overall;
};

// The benchmark of `mine` (the assessment's newest run) among `latest` (the
// newest run of each assessment, latest_runs), leaving out `mine`'s own
// assessment and, with a `sector`, the runs of other sectors.
Benchmark benchmark(const RunSummary& mine, const std::vector<RunSummary>& latest, const std::string& sector);

}  // namespace kubus::history
