// Benchmark of the silo analysis (graph::analyse: graph build, all six passes
// and the highlights of the drawings) on generated models of 1,000, 10,000 and
// 100,000 touchpoints (or the sizes given as arguments). Loading is timed separately; peak RSS from getrusage.
// On stderr: the time of each pass, and of writing all gaps as JSON (report::gaps_json).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "diag/diagnostic.h"
#include "gen/generate.h"
#include "graph/analysis.h"
#include "graph/graph.h"
#include "graph/passes.h"
#include "model/load.h"
#include "report/commands.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes{1000, 10000, 100000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
  }
  auto dir = std::filesystem::temp_directory_path() / ("kubus-bench-gaps-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  // RSS: the peak after loading the model, and after the gap analysis as well.
  std::printf("%10s %10s %10s %10s %8s %8s %12s %12s\n", "N", "load s", "gaps s", "us/tp", "gaps", "handoffs",
              "RSS load MB", "RSS gaps MB");
  int status = 0;
  for (std::size_t n : sizes) {
    kubus::gen::GenOptions options;
    options.touchpoints = n;
    options.seed = 1;
    auto path = dir / ("model-" + std::to_string(n) + ".kubus");
    std::ofstream(path, std::ios::binary) << kubus::gen::generate_model(options);

    kubus::SourceManager sm;
    kubus::Diagnostics diags;
    auto start = std::chrono::steady_clock::now();
    auto loaded = kubus::model::load({path.string()}, {}, sm, diags);
    double load = seconds_since(start);
    if (diags.has_errors()) {
      std::fprintf(stderr, "the generated model of %zu touchpoints does not load cleanly\n", n);
      status = 1;
      continue;
    }
    double before = peak_rss_mb();
    start = std::chrono::steady_clock::now();
    double gaps = 0, after = 0;
    std::size_t found = 0;
    {  // the analysis is gone before the step-by-step run below, which must not count twice in memory
      auto analysis = kubus::graph::analyse(loaded.model);
      gaps = seconds_since(start);
      after = peak_rss_mb();
      found = analysis.gaps.gaps.size();
    }
    // The same work step by step, to show where the time goes.
    std::string steps;
    auto t = std::chrono::steady_clock::now();
    auto step = [&](const char* name) {
      steps += std::string(" ") + name + "=" + std::to_string(static_cast<int>(seconds_since(t) * 1000)) + "ms";
      t = std::chrono::steady_clock::now();
    };
    auto d = kubus::graph::build_graph(loaded.model);
    step("build");
    kubus::graph::GapReport r;
    kubus::graph::find_uncovered_handoffs(d, r);
    step("uncovered");
    kubus::graph::find_ping_pong(d, r);
    step("ping-pong");
    kubus::graph::find_island_implementations(d, r);
    step("island");
    kubus::graph::find_context_breaks(d, r);
    step("context-break");
    kubus::graph::find_isolated_departments(d, r);
    step("isolated");
    kubus::graph::find_bottleneck_components(d, r);
    step("bottleneck");
    auto marked = kubus::graph::highlights(d, r);
    step("highlights");
    // Not part of the analysis: the JSON evidence is rendered only for output,
    // as `kubus gaps --format json` writes it.
    std::ostringstream json;
    kubus::graph::Analysis done{std::move(d), std::move(r), std::move(marked), {}};
    kubus::report::gaps_json(json, done);
    step("gaps_json");
    std::printf("%10zu %10.3f %10.3f %10.2f %8zu %8zu %12.1f %12.1f\n", n, load, gaps,
                gaps * 1e6 / static_cast<double>(n), found, loaded.model.handoffs.size(), before, after);
    std::fprintf(stderr, "%10zu%s\n", n, steps.c_str());
  }
  std::filesystem::remove_all(dir);
  return status;
}
