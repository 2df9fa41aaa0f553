#include "cli/assess.h"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "kubus_version.h"
#include "report/history.h"
#include "report/html.h"
#include "report/report.h"
#include "report/text.h"

namespace fs = std::filesystem;

namespace kubus::cli {
namespace {

// Diagnostics of a run go to stderr as text; JSON only when the run failed and
// JSON was asked for, so a successful run's stdout stays one JSON document.
void report_diagnostics(Diagnostics& diags, const SourceManager& sm, const Common& c, bool failed) {
  Common text = c;
  if (!failed || c.format == "text") text.format = "text";
  if (!diags.all().empty() || failed) print_diagnostics(diags, sm, text);
}

}  // namespace

std::unique_ptr<report::Run> open_run(const std::string& assessment, const report::RunOptions& options,
                                      SourceManager& sm, const Common& c, int& exit_code) {
  Diagnostics diags;
  bool unreadable = false;
  auto run = report::run(assessment, load_options(), options, sm, diags, unreadable);
  report_diagnostics(diags, sm, c, run == nullptr);
  if (!run) exit_code = unreadable ? kExitUsage : kExitFindings;
  return run;
}

int run_assess(const AssessOptions& o, const Common& c) {
  SourceManager sm;
  int exit_code = kExitOk;
  auto opened = open_run(o.assessment, report::RunOptions{}, sm, c, exit_code);
  if (!opened) return exit_code;
  // Deliberately never freed, like the model of `kubus check`: a large run is
  // millions of small allocations, and releasing them one by one just before
  // the process exits would cost more than writing the reports.
  report::Run& run = *opened.release();
  std::string db = o.history.empty() ? (fs::path(run.assessment.dir) / ".kubus" / "history.db").string() : o.history;
  std::string error;
  if (!o.no_history) {
    // Read before anything is written: a database that is not a usable history
    // stops the run with the reports and the database untouched.
    run.previous = report::last_run(db, error);
    if (!error.empty()) {
      std::cerr << "kubus: error: history: " << error << "\n";
      return kExitFindings;
    }
  }

  fs::path out = o.out_dir.empty() ? fs::path(run.assessment.dir) / "report" : fs::path(o.out_dir);
  std::error_code ec;
  fs::create_directories(out, ec);
  std::string json = report::to_json(run, sm, KUBUS_VERSION);
  bool written = !ec && write_atomically((out / "report.json").string(), json, error);
  // The report files of a large model are hundreds of MB each: hold only one at a time.
  if (c.format != "json") std::string().swap(json);
  written = written &&
            write_atomically((out / "report.md").string(), report::to_markdown(run, sm, KUBUS_VERSION), error) &&
            write_atomically((out / "report.html").string(), report::to_html(run, sm, KUBUS_VERSION), error) &&
            write_atomically((out / "findings.sarif").string(), report::to_sarif(run, sm, KUBUS_VERSION), error);
  if (!written) {
    std::cerr << "kubus: error: " << (ec ? "cannot create '" + out.string() + "': " + ec.message() : error) << "\n";
    return kExitUsage;
  }
  if (!o.no_history) {
    if (!report::record_history(db, run, sm, KUBUS_VERSION, error)) {
      std::cerr << "kubus: error: history: " << error << "\n";
      return kExitFindings;
    }
  }
  if (c.format == "json") std::cout << json;
  else
    std::cout << report::summary(run) << "Wrote report.json, report.md, report.html and findings.sarif to "
              << out.string() << "\n";
  if (o.fail_below && run.scores.overall < *o.fail_below) {
    std::cerr << fmt::format("kubus: overall score {} is below --fail-below {}\n", report::fixed(run.scores.overall, 2),
                             *o.fail_below);
    return kExitFindings;
  }
  return kExitOk;
}

}  // namespace kubus::cli
