// The kubus command line: parses arguments and wires the pipeline stages.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/assess.h"
#include "cli/common.h"
#include "cli/test.h"
#include "cli/gaps.h"
#include "kubus_version.h"

int main(int argc, char** argv) {
  using namespace kubus::cli;
  CLI::App app{"kubus: assess the maturity and governance of customer communication"};
  app.require_subcommand(1);
  app.set_version_flag("--version", KUBUS_VERSION);
  Common common;
  auto add_common = [&](CLI::App* cmd, bool formats) {
    cmd->add_option("--color", common.color, "Colour diagnostics: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    if (formats)
      cmd->add_option("--format", common.format, "Output format: text, json or sarif")
          ->check(CLI::IsMember({"text", "json", "sarif"}));
  };

  std::vector<std::string> check_paths;
  auto* check = app.add_subcommand("check", "Load and check a model (files or directories)");
  check->add_option("paths", check_paths, "Model files or directories")->required();
  add_common(check, true);

  std::vector<std::string> fmt_paths;
  bool fmt_check = false, fmt_stdout = false;
  auto* fmt = app.add_subcommand("fmt", "Rewrite .kubus files in the canonical layout");
  fmt->add_option("paths", fmt_paths, "Files or directories")->required();
  fmt->add_flag("--check", fmt_check, "List files that would change and exit 1 if any; change nothing");
  fmt->add_flag("--stdout", fmt_stdout, "Print the formatted text instead of rewriting files");
  add_common(fmt, false);

  std::vector<std::string> test_paths;
  auto* test = app.add_subcommand("test", "Run the rule tests of fixture models (files or directories)");
  test->add_option("paths", test_paths, "Fixture files or directories")->required();
  test->add_option("--format", common.format, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  add_common(test, false);
  std::vector<std::string> gaps_paths;
  std::string gaps_format = "text";
  auto* gaps = app.add_subcommand("gaps", "List the silo gaps of a model (files or directories) or an assessment");
  gaps->add_option("paths", gaps_paths, "Model files or directories, or an assessment (default: .)");
  gaps->add_option("--format", gaps_format, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  add_common(gaps, false);

  std::vector<std::string> graph_paths;
  std::string graph_format = "dot", graph_output;
  auto* graph = app.add_subcommand("graph", "Export the dependency graph with its gaps highlighted");
  graph->add_option("paths", graph_paths, "Model files or directories, or an assessment (default: .)");
  graph->add_option("--format", graph_format, "Output format: dot or mermaid")->check(CLI::IsMember({"dot", "mermaid"}));
  graph->add_option("-o,--output", graph_output, "Write to this file (atomically) instead of stdout");
  add_common(graph, false);

  AssessOptions assess_opts;
  double fail_below = 0;
  auto* assess = app.add_subcommand("assess", "Run the full assessment and write report.json and report.md");
  assess->add_option("assessment", assess_opts.assessment, "assessment.yaml or its directory (default: .)");
  assess->add_option("-o,--output", assess_opts.out_dir, "Output directory (default: report/ beside the assessment)");
  assess->add_flag("--no-history", assess_opts.no_history, "Do not record the run in the history database");
  assess->add_option("--history", assess_opts.history, "History database (default: .kubus/history.db beside the assessment)");
  auto* fail_opt = assess->add_option("--fail-below", fail_below, "Exit 1 when the overall score is below SCORE");
  assess->add_option("--color", common.color, "Colour diagnostics: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  assess->add_option("--format", common.format, "Output: text (a summary) or json (report.json on stdout)")
      ->check(CLI::IsMember({"text", "json"}));

  std::string assessment = ".", roadmap_format = "text";
  auto* roadmap = app.add_subcommand("roadmap", "Plan the roadmap of an assessment and print it");
  roadmap->add_option("assessment", assessment, "assessment.yaml or its directory (default: .)");
  roadmap->add_option("--format", roadmap_format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  add_common(roadmap, false);

  std::string explain_target, explain_entity;
  auto* explain = app.add_subcommand("explain", "Show why a rule or a dimension scored as it did");
  explain->add_option("target", explain_target, "A rule ID or a dimension ID")->required();
  explain->add_option("assessment", assessment, "assessment.yaml or its directory (default: .)");
  explain->add_option("--entity", explain_entity, "Only the instances about this entity");
  add_common(explain, false);

  std::string init_dir;
  auto* init = app.add_subcommand("init", "Write a new assessment skeleton that passes check and assess");
  init->add_option("dir", init_dir, "A new or empty directory")->required();

  std::string history_db;
  auto* history = app.add_subcommand("history", "List the recorded runs of an assessment");
  history->add_option("assessment", assessment, "assessment.yaml or its directory (default: .)");
  history->add_option("--history", history_db, "History database (default: .kubus/history.db beside the assessment)");
  history->add_option("--format", common.format, "text or json")->check(CLI::IsMember({"text", "json"}));

  std::vector<std::string> diff_runs;
  auto* diff = app.add_subcommand("diff", "Compare two recorded runs (default: the last two)");
  diff->add_option("runs", diff_runs, "RUN_A RUN_B (numbers from `kubus history`)")->expected(0, 2);
  diff->add_option("--assessment", assessment, "assessment.yaml or its directory (default: .)");
  diff->add_option("--history", history_db, "History database (default: .kubus/history.db beside the assessment)");

  auto* version = app.add_subcommand("version", "Print the version");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  try {
    if (*check) return run_check(check_paths, common);
    if (*fmt) return run_fmt(fmt_paths, fmt_check, fmt_stdout, common);
    if (*test) return run_test(test_paths, common);
    if (*gaps) return run_gaps(gaps_paths, gaps_format, common);
    if (*graph) return run_graph(graph_paths, graph_format, graph_output, common);

    if (*assess) {
      if (*fail_opt) assess_opts.fail_below = fail_below;
      return run_assess(assess_opts, common);
    }
    if (*roadmap) return run_roadmap(assessment, roadmap_format, common);
    if (*explain) return run_explain(explain_target, explain_entity, assessment, common);
    if (*init) return run_init(init_dir, common);
    if (*history) return run_history(assessment, history_db, common);
    if (*diff) {
      if (diff_runs.size() == 1) {
        std::cerr << "kubus: error: diff takes two run numbers, or none for the last two\n";
        return kExitUsage;
      }
      return run_diff(assessment, history_db, diff_runs, common);
    }
    if (*version) {
      std::cout << "kubus " << KUBUS_VERSION << "\n";
      return kExitOk;
    }
  } catch (const std::exception& e) {
    // Reaching here is a bug in kubus, not bad input; say so rather than abort.
    std::cerr << "kubus: internal error: " << e.what() << "\n";
    return 3;
  }
  return kExitUsage;
}
