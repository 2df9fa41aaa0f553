#include "cli/commands.h"
#include "driver/history.h"
#include "driver/revision.h"
#include "history/store.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_history(const HistoryOptions& o, DriverEnv& env) {
  std::string error;
  auto runs = history::list_runs(driver::history_path(o.assessment, o.db), error);
  if (!runs) return fail(env, Exit::Errors, error);
  env.out << (o.out.format == Format::Json ? report::history_json(*runs) : report::history_text(*runs));
  return Exit::Ok;
}

namespace {

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
  if (o.out.format == Format::Json) env.out << report::diff_json(d->diff);
  else if (o.out.format == Format::Markdown) env.out << report::diff_markdown(d->diff);
  else env.out << report::diff_text(d->diff);
  return Exit::Ok;
}

}  // namespace

Exit run_diff(const HistoryOptions& o, DriverEnv& env) {
  if (!o.git.empty()) return diff_git(o, env);
  std::string path = driver::history_path(o.assessment, o.db), error;
  long long a = 0, b = 0;
  if (o.runs.size() == 2) {
    try {
      a = std::stoll(o.runs[0]);
      b = std::stoll(o.runs[1]);
    } catch (const std::exception&) {
      return fail(env, Exit::Usage, "run numbers must be whole numbers (see `kubus history`)");
    }
  } else if (!o.runs.empty()) {
    return fail(env, Exit::Usage, "diff takes two run numbers, or none for the last two");
  } else {
    auto runs = history::list_runs(path, error);
    if (!runs) return fail(env, Exit::Errors, error);
    if (runs->size() < 2)
      return fail(env, Exit::Errors,
                  "diff needs two recorded runs; '" + path + "' has " + std::to_string(runs->size()));
    a = (*runs)[runs->size() - 2].id;
    b = runs->back().id;
  }
  auto d = history::diff_runs(path, a, b, error);
  if (!d) return fail(env, Exit::Errors, error);
  if (o.out.format == Format::Markdown) env.out << report::diff_markdown(*d);
  else env.out << (o.out.format == Format::Json ? report::diff_json(*d) : report::diff_text(*d));
  return Exit::Ok;
}

}  // namespace kubus::cli
