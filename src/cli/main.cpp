// The kubus command line: parses arguments and wires the pipeline stages.
#include <CLI/CLI.hpp>

#include <iostream>

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
  auto* gaps = app.add_subcommand("gaps", "List the silo gaps of a model (files or directories)");
  gaps->add_option("paths", gaps_paths, "Model files or directories")->required();
  gaps->add_option("--format", gaps_format, "Output format: text or json")->check(CLI::IsMember({"text", "json"}));
  add_common(gaps, false);

  std::vector<std::string> graph_paths;
  std::string graph_format = "dot", graph_output;
  auto* graph = app.add_subcommand("graph", "Export the dependency graph with its gaps highlighted");
  graph->add_option("paths", graph_paths, "Model files or directories")->required();
  graph->add_option("--format", graph_format, "Output format: dot or mermaid")->check(CLI::IsMember({"dot", "mermaid"}));
  graph->add_option("-o,--output", graph_output, "Write to this file (atomically) instead of stdout");
  add_common(graph, false);

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
