// The commands on an assessment: assess, roadmap, explain and init.
#include <chrono>
#include <filesystem>

#include "cli/commands.h"
#include "driver/explain.h"
#include "driver/history.h"
#include "driver/init.h"
#include "report/commands.h"
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
  if (s.diags.count() > 0 || failed) print_diagnostics(s, env, Output{failed ? o.format : Format::Text, o.color});
  if (failed) return Opened{&s, nullptr, s.exit() == Exit::Ok ? Exit::Errors : s.exit()};
  return Opened{&s, &env.keep(std::move(run)), Exit::Ok};
}

Exit run_assess(const AssessOptions& o, DriverEnv& env) {
  report::FigureLayouts layouts;  // before the model makes this process large
  auto [s, run, exit] = open_run(o.assessment, o.run, o.out, env);
  if (!run) return exit;
  std::string error;
  driver::AssessHistory history(*run, o.assessment, o.history, !o.no_history);  // before anything is written
  if (history.stops_run()) return history_failed(env, o.out, history.db(), history.failure());
  std::string dir = o.out_dir.empty() ? (fs::path(run->assessment.dir) / "report").string() : o.out_dir;
  if (!report::write_reports(*run, s->sm, dir, env.tool_version, error)) return fail(env, Exit::Usage, error);
  if (!history.record(*run, s->sm, env.tool_version, o.author))
    return history_failed(env, o.out, history.db(), history.failure());
  report::Deliverables made{o.pdf, o.docx};  // printed from the committed set: a failure exits 2, all else written
  auto unmade = report::write_deliverables(dir, run->lang, made);
  for (const auto& why : unmade) env.err << "kubus: error: " << why << "\n";
  bool json_out = o.out.format == Format::Json;
  env.out << (json_out ? report::to_json(*run, s->sm, env.tool_version)
                       : report::summary(*run, env.tool_version) + report::written_files(run->lang, made, dir));
  auto gates = driver::failed_gates(*run, o.fail_below, o.fail_on);
  for (const auto& why : gates) env.err << "kubus: " << why << "\n";
  return !unmade.empty() ? Exit::Usage : gates.empty() ? Exit::Ok : Exit::Gate;
}

Exit run_roadmap(const AssessOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, o.run, o.out, env);
  if (!run) return exit;
  Format f = o.out.format;
  env.out << (f == Format::Json  ? report::roadmap_to_json(*run)
              : f == Format::Csv ? report::roadmap_csv(*run)
                                 : report::roadmap_text(*run));
  return Exit::Ok;
}

Exit run_explain(const ExplainOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, o.run, o.out, env);
  if (!run) return exit;
  driver::Explanation x = driver::explain(*run, s->sm, o.target, o.entity);
  if (std::string why = x.error(o.target, o.entity); !why.empty()) return fail(env, Exit::Usage, why);
  env.out << (o.out.format == Format::Json ? report::explanation_json(x) : report::explanation_text(x));
  return Exit::Ok;
}

Exit run_init(const std::string& dir, DriverEnv& env) {
  // The one place the clock is read: a new assessment is dated today.
  auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  std::string error;
  if (!driver::init_assessment(dir, today, error)) return fail(env, Exit::Usage, error);
  env.out << "Created " << dir << "/assessment.yaml and " << dir << "/model/. Next: kubus check " << dir
          << " && kubus assess " << dir << "\n";
  return Exit::Ok;
}

}  // namespace kubus::cli
