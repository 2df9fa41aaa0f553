// kubus-bench-eval: rule instances evaluated per second on generated models.
// Usage: kubus-bench-eval [--per-rule] [--ccm] [--threads K] [--rule ID]... [N...]
//        (N: touchpoints; default 1000 10000 100000; K: eval::Options::threads, 0 chooses)
// Loads a kubus-gen model of each size with bench/rules/eval-bench.kubus, then
// evaluates every rule repeatedly for at least a second; loading is not timed.
// instances/s is per wall second of the fastest run, as evaluation runs on
// several threads; on a shared machine the least disturbed run says most about
// the evaluator (the means are shown too, and instances per CPU second).
// --per-rule also prints each rule's instances, CPU ns per instance (of its
// fastest run, evaluated alone by eval::evaluate_rule: on one thread and without
// the column cache, so fields are read from the model), to see which forms cost
// most, and its work in steps (eval::kWorkLimit: how far each rule is from it).
// --ccm evaluates the bundled library's rules on a model that says `use ccm`,
// instead of bench/rules. --rule ID (repeatable) evaluates only the rules named,
// to profile one rule's evaluation.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "diag/render.h"
#include "eval/eval.h"
#include "gen/generate.h"
#include "model/load.h"

namespace fs = std::filesystem;
using namespace kubus;

namespace {

struct PerRule {
  std::string id;
  std::size_t instances = 0, findings = 0;
  std::uint64_t work = 0;  // steps
  double fastest = 0;  // CPU seconds
};

struct Figures {
  std::vector<PerRule> per_rule;
  std::size_t rules = 0, instances = 0, findings = 0, runs = 0;
  double seconds = 0, cpu = 0;        // wall and CPU seconds of all runs
  double fastest = 0, fastest_cpu = 0;  // wall and CPU seconds of the fastest run (by wall)
};

// CPU time of this process: on a shared machine it says more than the wall clock.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Each rule alone, as often as the whole set ran.
void measure_rules(const model::Model& m, const std::vector<rules::CheckedRule>& rules, std::size_t runs,
                   Figures& out) {
  for (const auto& rule : rules) {
    PerRule p{std::string(m.entities[rule.entity].id)};
    for (std::size_t i = 0; i < runs; ++i) {
      double cpu_start = cpu_seconds();
      auto result = eval::evaluate_rule(m, rule);
      double cpu = cpu_seconds() - cpu_start;
      p.fastest = i == 0 ? cpu : std::min(p.fastest, cpu);
      p.instances = result.total();
      p.findings = result.failed + result.errors;
      p.work = result.work;
    }
    out.per_rule.push_back(p);
  }
}

struct Setup {
  bool per_rule = false;
  bool ccm = false;  // the bundled library's rules instead of bench/rules/eval-bench.kubus
  std::vector<std::string> only;  // --rule: these rules alone; empty: all
  eval::Options eval;
};

bool measure(std::size_t touchpoints, const fs::path& dir, const Setup& setup, Figures& out) {
  fs::path model_path = dir / fmt::format("model-{}.kubus", touchpoints);
  std::ofstream(model_path, std::ios::binary) << gen::generate_model({touchpoints, 1, setup.ccm});
  SourceManager sm;
  Diagnostics diags;
  model::LoadOptions options;
  std::vector<std::string> paths = {model_path.string()};
  if (setup.ccm) {
    options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};  // the model says `use ccm`
  } else {
    paths.push_back(std::string(KUBUS_SOURCE_DIR) + "/bench/rules/eval-bench.kubus");
  }
  const eval::Options& eval_options = setup.eval;
  auto loaded = model::load(paths, options, sm, diags);
  auto rules = rules::check_rules(loaded.model, diags);
  if (diags.has_errors()) {
    render_text(std::cerr, diags, sm, false);
    return false;
  }
  if (!setup.only.empty())
    std::erase_if(rules, [&](const rules::CheckedRule& r) {
      return std::find(setup.only.begin(), setup.only.end(), loaded.model.entities[r.entity].id) == setup.only.end();
    });
  out.rules = rules.size();
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now();
  do {
    double cpu_start = cpu_seconds();
    auto wall_start = Clock::now();
    auto results = eval::evaluate(loaded.model, rules, eval_options);
    double wall = std::chrono::duration<double>(Clock::now() - wall_start).count();
    double cpu = cpu_seconds() - cpu_start;
    if (out.runs == 0 || wall < out.fastest) {
      out.fastest = wall;
      out.fastest_cpu = cpu;
    }
    out.cpu += cpu;
    out.instances = out.findings = 0;
    for (const auto& r : results) {
      out.instances += r.total();
      out.findings += r.failed + r.errors;
    }
    ++out.runs;
    out.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (out.seconds < 1.0 || out.runs < 3);
  if (setup.per_rule) measure_rules(loaded.model, rules, out.runs, out);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  Setup setup;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--per-rule") setup.per_rule = true;
    else if (arg == "--ccm") setup.ccm = true;
    else if (arg == "--rule" && i + 1 < argc) setup.only.emplace_back(argv[++i]);
    else if (arg == "--threads" && i + 1 < argc)
      setup.eval.threads = static_cast<unsigned>(std::strtoul(argv[++i], nullptr, 10));
    else sizes.push_back(static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10)));
  }
  if (sizes.empty()) sizes = {1000, 10000, 100000};
  fs::path dir = fs::temp_directory_path() / fmt::format("kubus-bench-eval-{}", ::getpid());
  fs::create_directories(dir);
  std::cout << fmt::format("{:>8} {:>6} {:>10} {:>9} {:>6} {:>10} {:>10} {:>10} {:>10} {:>14} {:>14}\n", "N",
                           "rules", "instances", "findings", "runs", "s/run", "cpu s/run", "best s", "best cpu s",
                           "instances/s", "per cpu s");
  int status = 0;
  for (std::size_t n : sizes) {
    Figures f;
    if (!measure(n, dir, setup, f)) {
      status = 1;
      continue;
    }
    double per_run = f.seconds / static_cast<double>(f.runs);
    double cpu_per_run = f.cpu / static_cast<double>(f.runs);
    double instances = static_cast<double>(f.instances);
    std::cout << fmt::format("{:>8} {:>6} {:>10} {:>9} {:>6} {:>10.6f} {:>10.6f} {:>10.6f} {:>10.6f} {:>14.0f} {:>14.0f}\n",
                             n, f.rules, f.instances, f.findings, f.runs, per_run, cpu_per_run, f.fastest,
                             f.fastest_cpu, instances / f.fastest, instances / f.fastest_cpu)
              << std::flush;
    for (const PerRule& p : f.per_rule)
      std::cout << fmt::format("         {:<34} {:>10} {:>9} {:>12.0f} ns/instance {:>12} steps\n", p.id, p.instances,
                               p.findings, p.instances ? p.fastest * 1e9 / static_cast<double>(p.instances) : 0.0,
                               p.work);
  }
  fs::remove_all(dir);
  return status;
}
