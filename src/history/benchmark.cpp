#include "history/benchmark.h"

#include <algorithm>
#include <cmath>

namespace kubus::history {
namespace {

// The q-quantile of sorted `v` (not empty), interpolated between ranks.
double quantile(const std::vector<double>& v, double q) {
  double at = q * static_cast<double>(v.size() - 1);
  auto lo = static_cast<std::size_t>(std::floor(at));
  std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (at - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

Standing stand(std::string id, double score, std::vector<double> peers) {
  Standing s{std::move(id), score, static_cast<int>(peers.size()), {}, {}, {}, {}};
  if (peers.empty()) return s;
  std::sort(peers.begin(), peers.end());
  s.median = quantile(peers, 0.5);
  s.p25 = quantile(peers, 0.25);
  s.p75 = quantile(peers, 0.75);
  auto below = std::lower_bound(peers.begin(), peers.end(), score) - peers.begin();
  auto equal = std::upper_bound(peers.begin(), peers.end(), score) - peers.begin() - below;
  s.percentile = 100.0 * (static_cast<double>(below) + 0.5 * static_cast<double>(equal)) /
                 static_cast<double>(peers.size());
  return s;
}

}  // namespace

Benchmark benchmark(const RunSummary& mine, const std::vector<RunSummary>& latest, const std::string& sector) {
  std::vector<const RunSummary*> peers;
  for (const auto& r : latest)
    // Runs without an assessment were recorded before runs named theirs: of the store's own assessment, not a peer.
    if (r.assessment != mine.assessment && !r.assessment.empty() && (sector.empty() || r.sector == sector))
      peers.push_back(&r);
  Benchmark out;
  out.sector = sector;
  for (const auto& [dimension, score] : mine.dimensions) {
    std::vector<double> theirs;
    for (const RunSummary* p : peers)
      for (const auto& [d, s] : p->dimensions)
        if (d == dimension) theirs.push_back(s);
    out.dimensions.push_back(stand(dimension, score, std::move(theirs)));
  }
  std::vector<double> overall;
  overall.reserve(peers.size());
  for (const RunSummary* p : peers) overall.push_back(p->overall);
  out.overall = stand("overall", mine.overall, std::move(overall));
  return out;
}

}  // namespace kubus::history
