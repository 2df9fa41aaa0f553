// The commands of the kubus command line. Each parses nothing itself (main.cpp
// does, with CLI11), calls the driver, picks a writer and writes to the
// streams of its DriverEnv, so each can be unit-tested with string streams.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/env.h"
#include "driver/run.h"
#include "history/failure.h"
#include "support/severity.h"

namespace kubus::cli {

using driver::Color;
using driver::DriverEnv;
using driver::Exit;
using driver::Format;

struct Output {
  Format format = Format::Text;
  Color color = Color::Auto;
  bool strict = false;  // warnings are errors
};

struct CheckOptions {  // also `kubus test`
  std::vector<std::string> paths;
  Output out;
};
using TestOptions = CheckOptions;
struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;      // list what would change, change nothing
  bool diff = false;       // print what would change as a unified diff, change nothing
  bool to_stdout = false;  // print instead of rewriting
  Output out;
};
struct GapsOptions {
  std::vector<std::string> paths;  // model paths, or one assessment
  std::string output;              // graph: a file instead of stdout
  Output out;
};
struct AssessOptions {
  std::string assessment = ".";
  driver::RunOptions run;       // the what-if overrides: budget_per_year, capacity_per_quarter
  std::string out_dir;          // empty: report/ beside the assessment
  std::string history, author;  // history empty: $KUBUS_HISTORY, else .kubus/history.db; author empty: the OS user
  bool no_history = false, pdf = false, docx = false;  // --pdf, --docx: report.pdf, report.docx too
  std::optional<double> fail_below;
  std::optional<Severity> fail_on;  // findings at least this severe fail the gate
  Output out;
};
struct ExplainOptions {
  std::string target, entity, assessment = ".";
  driver::RunOptions run{.keep_passing = true, .plan = false};  // --lang
  Output out;
};
struct HistoryOptions {
  std::string assessment = ".", db;
  std::vector<std::string> runs;  // diff: none, or two run numbers; with `git`, the assessment
  std::string git, sector;        // diff: a git revision to compare the work tree with; benchmark: peers' sector
  bool all = false;               // history: the runs of every assessment in the database
  std::optional<Lang> lang;       // --lang
  Output out;
};

struct ImportOptions {
  std::string sheet;       // the CSV or XLSX file
  std::string model;       // actuals: the model directory; observations: the model file
  std::string assessment;  // observations: whose practices (default: the one above the model file)
  Output out;
};

struct QuestionnaireOptions {
  std::string assessment = ".", output;  // output: FILE.xlsx or FILE.csv
  std::optional<Lang> lang;
  Output out;
};

Exit run_check(const CheckOptions& o, DriverEnv& env);
Exit run_fmt(const FmtOptions& o, DriverEnv& env);
Exit run_test(const TestOptions& o, DriverEnv& env);
Exit run_gaps(const GapsOptions& o, DriverEnv& env);
Exit run_graph(const GapsOptions& o, DriverEnv& env);  // format: dot | mermaid
Exit run_assess(const AssessOptions& o, DriverEnv& env);
Exit run_roadmap(const AssessOptions& o, DriverEnv& env);  // format: text | json | csv
Exit run_explain(const ExplainOptions& o, DriverEnv& env);
Exit run_init(const std::string& dir, DriverEnv& env);
Exit run_history(const HistoryOptions& o, DriverEnv& env);
Exit run_diff(const HistoryOptions& o, DriverEnv& env);
Exit run_benchmark(const HistoryOptions& o, DriverEnv& env);
Exit run_import_actuals(const ImportOptions& o, DriverEnv& env);
Exit run_questionnaire(const QuestionnaireOptions& o, DriverEnv& env);
Exit run_import_observations(const ImportOptions& o, DriverEnv& env);

// The assessment pipeline for `assess`, `roadmap` and `explain`: runs it and
// prints its diagnostics; the session and run are kept by `env`.
struct Opened {
  const driver::Session* session = nullptr;
  driver::Run* run = nullptr;  // null when the assessment cannot be run
  Exit exit = Exit::Ok;
};
Opened open_run(const std::string& assessment, const driver::RunOptions& options, const Output& o, DriverEnv& env);

// A new session, kept by `env`, with `o.strict` applied.
driver::Session& new_session(DriverEnv& env, const Output& o);

// Prints the session's diagnostics: text to env.err, or (format json or
// sarif) as one document to env.out.
void print_diagnostics(driver::Session& s, DriverEnv& env, const Output& o);

// What a command that reads input prints: with --format json one document
// holding the diagnostics too (`json()`); else the diagnostics, then `text()`.
template <class Json, class Text>
void print_result(driver::Session& s, DriverEnv& env, const Output& o, Json json, Text text) {
  if (o.format != Format::Json) {
    print_diagnostics(s, env, o);
    text();
    return;
  }
  s.diags.sort(s.sm);
  env.out << json();
}

// An error of the command itself (not of the input), on env.err.
Exit fail(DriverEnv& env, Exit code, const std::string& message);

// The history at `path` could not be used: its diagnostic (E09xx), exit 2.
Exit history_failed(DriverEnv& env, const Output& o, const std::string& path, const history::Failure& f);

}  // namespace kubus::cli
