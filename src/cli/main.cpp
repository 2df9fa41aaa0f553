// The kubus command line: CLI11 parses the arguments into the options of one
// command (cli/commands.h), which runs against the process's streams.
#include <CLI/CLI.hpp>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "clikit/clikit.h"
#include "driver/output.h"
#include "driver/process.h"
#include "kubus_version.h"
#include "lsp/lsp.h"
#include "schema/schema.h"
#include "support/fast_exit.h"

namespace {

using namespace kubus::cli;
namespace kit = kubus::clikit;
using kubus::schema::Dim;
using MaybeQuantity = std::optional<kubus::driver::Quantity>;

void add_output(CLI::App* cmd, Output& out, std::initializer_list<Format> formats) {
  cmd->add_flag("--strict", out.strict, "Treat warnings as errors");
  cmd->add_option("--color", out.color, "Colour diagnostics: auto, always or never")
      ->transform(
          kit::names_validator(kit::names_of(kubus::driver::kColorNames, {Color::Auto, Color::Always, Color::Never})));
  if (formats.size() < 2) return;
  cmd->add_option("--format", out.format, "Output format")
      ->transform(kit::names_validator(kit::names_of(kubus::driver::kFormatNames, formats)));
}

// --lang: the language of the report or text a command writes; unset, the assessment's `language:` decides.
void add_lang(CLI::App* cmd, std::optional<kubus::Lang>& into) {
  kit::add_names_option(cmd, "--lang", into, kubus::kLanguages, &kubus::LangName::lang, &kubus::LangName::code,
                        "Language of the report (default: the assessment's language:, else en)");
}

// A quantity of one dimension, read with the unit table of the model and the
// YAML files ("300000 EUR", "6 pm", "120 pd").
void add_quantity(CLI::App* cmd, const std::string& flag, const std::string& help, Dim dim, MaybeQuantity& into) {
  kit::add_parsed_option(
      cmd, flag, help, dim == Dim::Money ? "AMOUNT" : "EFFORT", into, [dim](const std::string& text) {
        auto q = kubus::schema::parse_quantity(text, dim);
        if (!q.value) return std::pair{MaybeQuantity(), q.message + " (" + q.help + ")"};
        if (*q.value <= 0) return std::pair{MaybeQuantity(), "'" + text + "' must be more than zero"};
        return std::pair{MaybeQuantity(kubus::driver::Quantity{*q.value, q.currency}), std::string()};
      });
}

void add_what_if(CLI::App* cmd, AssessOptions& o) {
  add_quantity(cmd, "--budget-per-year", "Plan with this budget per year instead of the assessment's (300000 EUR)",
               Dim::Money, o.run.budget_per_year);
  add_quantity(cmd, "--capacity-per-quarter", "Plan with this capacity per quarter instead of the assessment's (6 pm)",
               Dim::Effort, o.run.capacity_per_quarter);
  add_lang(cmd, o.run.lang);
}

struct Commands {
  CheckOptions check;
  FmtOptions fmt;
  TestOptions test;
  GapsOptions gaps, graph;
  AssessOptions assess, roadmap;
  ExplainOptions explain;
  std::string init_dir;
  HistoryOptions history, diff, bench;
  ImportOptions actuals, observations;
  QuestionnaireOptions questionnaire;
  Output version;
  double fail_below = 0;
  bool lsp_stdio = true;
  std::vector<std::pair<CLI::App*, std::function<Exit(DriverEnv&)>>> run;
};

// A subcommand that runs `fn` on `options` once the arguments are parsed.
template <class Options>
CLI::App* command(CLI::App& parent, Commands& c, const char* name, const char* help, const Options& options,
                  Exit (*fn)(const Options&, DriverEnv&)) {
  auto* cmd = parent.add_subcommand(name, help);
  c.run.emplace_back(cmd, [&options, fn](DriverEnv& env) { return fn(options, env); });
  return cmd;
}

const char* const kAssessmentHelp = "assessment.yaml or its directory (default: .)";
const char* const kHistoryHelp =
    "History: a SQLite file or a postgresql:// URL (default: $KUBUS_HISTORY, else .kubus/history.db)";

void import_commands(CLI::App& app, Commands& c) {
  auto* import = app.add_subcommand("import", "Import evidence from a CSV or XLSX sheet into the model");
  import->require_subcommand(1);
  auto* actuals =
      command(*import, c, "actuals", "Set the actual of KPIs and SLAs from a sheet (columns id, actual, date)",
              c.actuals, run_import_actuals);
  actuals->add_option("sheet", c.actuals.sheet, "The CSV or XLSX file")->required();
  actuals->add_option("--model", c.actuals.model, "The model directory whose KPIs and SLAs get the actuals")
      ->required();
  add_output(actuals, c.actuals.out, {Format::Text, Format::Json});
  auto* q = command(app, c, "questionnaire", "Write the interview sheet for the practices the matrix observes",
                    c.questionnaire, run_questionnaire);
  q->add_option("assessment", c.questionnaire.assessment, kAssessmentHelp);
  q->add_option("-o,--output", c.questionnaire.output, "The sheet to write: FILE.xlsx or FILE.csv")->required();
  add_lang(q, c.questionnaire.lang);
  add_output(q, c.questionnaire.out, {});
  auto* obs = command(*import, c, "observations", "Turn the answers of an interview sheet into observations",
                      c.observations, run_import_observations);
  obs->add_option("sheet", c.observations.sheet, "The CSV or XLSX file")->required();
  obs->add_option("--into", c.observations.model, "The .kubus file the observations go into")->required();
  obs->add_option("--assessment", c.observations.assessment, "The assessment (default: the one above --into)");
  add_output(obs, c.observations.out, {Format::Text, Format::Json});
}

void model_commands(CLI::App& app, Commands& c) {
  auto* check = command(app, c, "check", "Load and check a model (files or directories)", c.check, run_check);
  check->add_option("paths", c.check.paths, "Model files or directories")->required();
  add_output(check, c.check.out, {Format::Text, Format::Json, Format::Sarif});

  auto* fmt = command(app, c, "fmt", "Rewrite .kubus files in the canonical layout", c.fmt, run_fmt);
  fmt->add_option("paths", c.fmt.paths, "Files or directories; - formats standard input to standard output")
      ->required();
  fmt->add_flag("--check", c.fmt.check, "List the files that would change and exit 1 if any; change nothing");
  fmt->add_flag("--diff", c.fmt.diff, "Print what would change as a unified diff; change nothing");
  fmt->add_flag("--stdout", c.fmt.to_stdout, "Print the formatted text instead of rewriting files");
  add_output(fmt, c.fmt.out, {Format::Text, Format::Json});

  auto* test = command(app, c, "test", "Run the rule tests of fixture models (files or directories)", c.test, run_test);
  test->add_option("paths", c.test.paths, "Fixture files or directories")->required();
  add_output(test, c.test.out, {Format::Text, Format::Json, Format::Junit});

  auto* gaps = command(app, c, "gaps", "List the silo gaps of a model (files or directories) or an assessment", c.gaps,
                       run_gaps);
  gaps->add_option("paths", c.gaps.paths, "Model files or directories, or an assessment (default: .)");
  add_output(gaps, c.gaps.out, {Format::Text, Format::Json});

  auto* graph = command(app, c, "graph", "Export the dependency graph with its gaps highlighted", c.graph, run_graph);
  graph->add_option("paths", c.graph.paths, "Model files or directories, or an assessment (default: .)");
  c.graph.out.format = Format::Dot;
  add_output(graph, c.graph.out, {Format::Dot, Format::Mermaid});
  graph->add_option("-o,--output", c.graph.output, "Write to this file (atomically) instead of stdout");
}

void assessment_commands(CLI::App& app, Commands& c) {
  auto* assess = app.add_subcommand("assess", "Run the full assessment and write its reports");
  assess->add_option("assessment", c.assess.assessment, kAssessmentHelp);
  assess->add_option("-o,--output", c.assess.out_dir, "Output directory (default: report/ beside the assessment)");
  assess->add_flag("--no-history", c.assess.no_history, "Do not record the run in the history database");
  assess->add_flag("--pdf", c.assess.pdf, "Also write report.pdf, printed by chromium from report.html");
  assess->add_flag("--docx", c.assess.docx, "Also write report.docx, converted by pandoc from report.md");
  assess->add_option("--history", c.assess.history, kHistoryHelp);
  assess->add_option("--author", c.assess.author, "Who records the run (default: the OS user)");
  auto* fail_below = assess->add_option("--fail-below", c.fail_below, "Exit 4 when the overall score is below SCORE")
                         ->check(kit::kFinite);
  kit::add_names_option(assess, "--fail-on", c.assess.fail_on, kubus::kSeverities, &kubus::SeverityName::severity,
                        &kubus::SeverityName::rule_word, "Exit 4 when a finding is at least this severe");
  add_output(assess, c.assess.out, {Format::Text, Format::Json});
  add_what_if(assess, c.assess);
  c.run.emplace_back(assess, [&c, fail_below](DriverEnv& env) {
    if (*fail_below) c.assess.fail_below = c.fail_below;
    return run_assess(c.assess, env);
  });

  auto* roadmap = command(app, c, "roadmap", "Plan the roadmap of an assessment and print it", c.roadmap, run_roadmap);
  roadmap->add_option("assessment", c.roadmap.assessment, kAssessmentHelp);
  add_output(roadmap, c.roadmap.out, {Format::Text, Format::Json, Format::Csv});
  add_what_if(roadmap, c.roadmap);

  auto* explain = command(app, c, "explain", "Show why a rule or a dimension scored as it did", c.explain, run_explain);
  explain->add_option("target", c.explain.target, "A rule ID or a dimension ID")->required();
  explain->add_option("assessment", c.explain.assessment, kAssessmentHelp);
  explain->add_option("--entity", c.explain.entity, "Only the instances about this entity");
  add_lang(explain, c.explain.run.lang);
  add_output(explain, c.explain.out, {Format::Text, Format::Json});

  auto* init =
      command(app, c, "init", "Write a new assessment skeleton that passes check and assess", c.init_dir, run_init);
  init->add_option("dir", c.init_dir, "A new or empty directory")->required();
}

void history_commands(CLI::App& app, Commands& c) {
  auto* history = command(app, c, "history", "List the recorded runs of an assessment", c.history, run_history);
  history->add_option("assessment", c.history.assessment, kAssessmentHelp);
  history->add_option("--history", c.history.db, kHistoryHelp);
  history->add_flag("--all", c.history.all, "The portfolio: every assessment in the store with its newest run");
  add_output(history, c.history.out, {Format::Text, Format::Json});
  add_lang(history, c.history.lang);

  auto* diff =
      command(app, c, "diff", "Compare two recorded runs (default: the last two), or the work tree with a git revision",
              c.diff, run_diff);
  diff->add_option("runs", c.diff.runs, "RUN_A RUN_B (numbers from `kubus history`); with --git: the assessment")
      ->expected(0, 2);
  diff->add_option("--git", c.diff.git, "Assess the model as it is at this git revision and in the work tree");
  diff->add_option("--assessment", c.diff.assessment, kAssessmentHelp);
  diff->add_option("--history", c.diff.db, kHistoryHelp);
  add_output(diff, c.diff.out, {Format::Text, Format::Json, Format::Markdown});
  add_lang(diff, c.diff.lang);

  auto* bench = command(app, c, "benchmark", "Compare the assessment's newest scores with its peers in the history",
                        c.bench, run_benchmark);
  bench->add_option("assessment", c.bench.assessment, kAssessmentHelp);
  bench->add_option("--history", c.bench.db, kHistoryHelp);
  bench->add_option("--sector", c.bench.sector, "Only peers of this sector (the model's organisation.sector)");
  add_output(bench, c.bench.out, {Format::Text, Format::Json});
  add_lang(bench, c.bench.lang);

  auto* lsp = app.add_subcommand("lsp", "Serve the Language Server Protocol on stdin and stdout (for editors)");
  lsp->add_flag("--stdio", c.lsp_stdio, "Talk over stdin and stdout (the one transport; LSP clients pass it)");
  // Own buffers instead of C stdio's: the server sees whether another message waits (one check per burst).
  c.run.emplace_back(lsp, [](DriverEnv& env) {
    std::ios::sync_with_stdio(false);
    return kubus::lsp::serve(std::cin, env.out, {env.load, env.tool_version, &env.err}) == 0 ? Exit::Ok : Exit::Errors;
  });

  auto* version = app.add_subcommand("version", "Print the version");
  add_output(version, c.version, {Format::Text, Format::Json});
  c.run.emplace_back(version, [&c](DriverEnv& env) {
    bool json = c.version.format == Format::Json;
    env.out << (json ? nlohmann::json{{"version", KUBUS_VERSION}}.dump(2) : "kubus " KUBUS_VERSION) << "\n";
    return Exit::Ok;
  });
}

std::string manual(CLI::App& app) {
  const auto& about = kubus::driver::kAbout;
  kit::ManPage m{"kubus", KUBUS_VERSION, about.summary, about.description, about.see_also, {}, {}};
  for (const auto& [name, meaning] : about.environment) m.environment.emplace_back(name, meaning);
  for (const auto& [code, meaning] : kubus::driver::kExitMeanings)
    m.exit_codes.emplace_back(static_cast<int>(code), meaning);
  return kit::man_page(app, m);
}

int run(int argc, char** argv, DriverEnv& env) {
  CLI::App app{std::string("kubus: ") + kubus::driver::kAbout.summary};
  app.name("kubus");
  app.formatter(std::make_shared<kit::Formatter>("kubus"));
  app.require_subcommand(1);
  app.set_version_flag("--version", KUBUS_VERSION);
  Commands c;
  model_commands(app, c);
  assessment_commands(app, c);
  history_commands(app, c);
  import_commands(app, c);
  if (auto done =
          kit::parse(app, argc, argv, env.out, env.err, static_cast<int>(Exit::Usage), [&app] { return manual(app); }))
    return *done;
  for (auto& [cmd, run] : c.run)
    if (*cmd) return static_cast<int>(run(env));
  return static_cast<int>(Exit::Usage);
}

}  // namespace

int main(int argc, char** argv) {
  kubus::driver::DriverEnv env(std::cout, std::cerr);
  kubus::driver::attach_process(env);
  env.tool_version = KUBUS_VERSION;
  int code = 0;
  try {
    code = run(argc, argv, env);
  } catch (const std::exception& e) {
    // Reaching here is a bug in kubus, not bad input; say so rather than abort.
    env.err << "kubus: internal error: " << e.what() << "\n";
    code = static_cast<int>(kubus::driver::Exit::Internal);
  }
  return kubus::fast_exit(kubus::driver::finish_process(env, code));
}
