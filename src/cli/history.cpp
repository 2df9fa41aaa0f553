// The commands on the history: history, benchmark and diff.
#include "driver/history.h"
#include "cli/commands.h"
#include "driver/revision.h"
#include "history/store.h"
#include "report/benchmark_text.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_history(const HistoryOptions& o, DriverEnv& env) {
  std::string path = driver::history_path(o.assessment, o.db);
  history::Failure failure;
  auto runs = driver::listed_runs(o.assessment, path, o.all, failure);
  if (!runs) return history_failed(env, o.out, path, failure);
  env.out << (o.out.format == Format::Json
                  ? report::history_json(*runs, o.all)
                  : report::history_text(*runs, driver::history_lang(o.assessment, o.lang), o.all));
  return Exit::Ok;
}

Exit run_benchmark(const HistoryOptions& o, DriverEnv& env) {
  std::string path = driver::history_path(o.assessment, o.db);
  history::Failure failure;
  auto b = driver::benchmark_history(o.assessment, path, o.sector, failure);
  if (!b) return history_failed(env, o.out, path, failure);
  env.out << (o.out.format == Format::Json ? report::benchmark_json(*b)
                                           : report::benchmark_text(*b, driver::history_lang(o.assessment, o.lang)));
  return Exit::Ok;
}

namespace {

void print_diff(const history::RunDiff& d, Format f, Lang lang, DriverEnv& env) {
  env.out << (f == Format::Json       ? report::diff_json(d)
              : f == Format::Markdown ? report::diff_markdown(d, lang)
                                      : report::diff_text(d, lang));
}

// `kubus diff --git REF [ASSESSMENT]`.
Exit diff_git(const HistoryOptions& o, DriverEnv& env) {
  if (o.runs.size() > 1) return fail(env, Exit::Usage, "diff --git takes one assessment, not run numbers");
  auto& s = new_session(env, o.out);
  std::string error;
  auto d = driver::diff_revision(s, o.runs.empty() ? o.assessment : o.runs.front(), o.git, error);
  if (!d) {
    print_diagnostics(s, env, Output{Format::Text, o.out.color});
    return fail(env, s.exit() == Exit::Ok ? Exit::Errors : s.exit(), error);
  }
  print_diff(d->diff, o.out.format, driver::history_lang(o.runs.empty() ? o.assessment : o.runs.front(), o.lang), env);
  return Exit::Ok;
}

}  // namespace

Exit run_diff(const HistoryOptions& o, DriverEnv& env) {
  if (!o.git.empty()) return diff_git(o, env);
  std::string path = driver::history_path(o.assessment, o.db);
  driver::DiffRequest why;
  auto d = driver::diff_history(o.assessment, path, o.runs, why);
  if (!d && !why.error.empty()) return fail(env, why.exit, why.error);
  if (!d) return history_failed(env, o.out, path, why.failure);
  print_diff(*d, o.out.format, driver::history_lang(o.assessment, o.lang), env);
  return Exit::Ok;
}

}  // namespace kubus::cli
