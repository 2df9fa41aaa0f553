#include <fmt/format.h>

#include <filesystem>

#include "cli/assess.h"
#include "driver/history.h"
#include "driver/output.h"
#include "history/store.h"
#include "report/html.h"
#include "report/report.h"
#include "report/text.h"

namespace fs = std::filesystem;

namespace kubus::cli {

Opened open_run(const std::string& assessment, const driver::RunOptions& options, const Output& o, DriverEnv& env) {
  auto& s = new_session(env, o);
  std::unique_ptr<driver::Run> run = driver::assess(s, assessment, options);
  // Diagnostics go to stderr as text; as JSON on stdout only when the run
  // failed and JSON was asked for, so a successful run's stdout stays one document.
  bool failed = run == nullptr;
  if (s.diags.count() > 0 || failed)
    print_diagnostics(s, env, Output{failed ? o.format : Format::Text, o.color});
  if (failed) return Opened{&s, nullptr, s.exit() == Exit::Ok ? Exit::Errors : s.exit()};
  return Opened{&s, &env.keep(std::move(run)), Exit::Ok};
}

namespace {

// The four report files, each rendered and written in turn: the files of a
// large model are hundreds of MB each, so only one is held at a time.
bool write_reports(const driver::Run& run, const SourceManager& sm, const std::string& dir, const std::string& json,
                   const std::string& version, std::string& error) {
  driver::ReportSet set(dir);
  return set.open(error) && set.add("report.json", json, error) &&
         set.add("report.md", report::to_markdown(run, sm, version), error) &&
         set.add("report.html", report::to_html(run, sm, version), error) &&
         set.add("findings.sarif", report::to_sarif(run, sm, version), error) && set.commit(error);
}

}  // namespace

namespace {

driver::RunOptions run_options(const AssessOptions& o) {
  driver::RunOptions r;
  r.budget_per_year = o.budget_per_year;
  r.capacity_per_quarter = o.capacity_per_quarter;
  return r;
}

}  // namespace

Exit run_assess(const AssessOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, run_options(o), o.out, env);
  if (!run) return exit;
  std::string db = driver::history_path(run->assessment.dir.empty() ? "." : run->assessment.dir, o.history);
  std::string error;
  history::Failure failure;
  if (!o.no_history) {
    // Read before anything is written: a database that is not a usable history
    // stops the run with the reports and the database untouched.
    run->previous = history::last_run(db, failure);
    if (!failure.message.empty()) return history_failed(env, o.out, db, failure);
  }
  std::string dir = o.out_dir.empty() ? (fs::path(run->assessment.dir) / "report").string() : o.out_dir;
  std::string json = report::to_json(*run, s->sm, env.tool_version);
  if (!write_reports(*run, s->sm, dir, json, env.tool_version, error)) return fail(env, Exit::Usage, error);
  if (!o.no_history && !history::record(db, driver::history_record(*run, s->sm, env.tool_version), failure))
    return history_failed(env, o.out, db, failure);
  if (o.out.format == Format::Json)
    env.out << json;
  else
    env.out << report::summary(*run) << "Wrote report.json, report.md, report.html and findings.sarif to " << dir
            << "\n";
  auto gates = driver::failed_gates(*run, o.fail_below, o.fail_on);
  for (const auto& why : gates) env.err << "kubus: " << why << "\n";
  return gates.empty() ? Exit::Ok : Exit::Gate;
}

Exit run_roadmap(const AssessOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, run_options(o), o.out, env);
  if (!run) return exit;
  if (o.out.format == Format::Json) env.out << report::roadmap_to_json(*run);
  else if (o.out.format == Format::Csv) env.out << report::roadmap_csv(*run);
  else env.out << report::roadmap_text(*run);
  return Exit::Ok;
}

}  // namespace kubus::cli
