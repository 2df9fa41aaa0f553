// The commands on model files: check, test and fmt.
#include "cli/commands.h"
#include "diag/render.h"
#include "driver/check.h"
#include "driver/fmt.h"
#include "driver/ruletest.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_check(const CheckOptions& o, DriverEnv& env) {
  auto& s = new_session(env, o.out);
  auto result = driver::check(s, o.paths);
  print_diagnostics(s, env, o.out);
  if (s.exit() != Exit::Usage && o.out.format == Format::Text) env.err << report::check_summary(result, s.diags);
  env.keep(std::make_unique<driver::CheckResult>(std::move(result)));
  return s.exit();
}

Exit run_test(const TestOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto run = driver::run_rule_tests(s, o.paths);
  s.diags.sort(s.sm);
  bool json = o.out.format == Format::Json;
  if (!json && s.diags.count() > 0) {
    render_text(env.err, s.diags, s.sm, env.color(o.out.color));
    env.err << std::flush;
  }
  if (json)
    env.out << report::tests_json(run, s.sm, s.diags);
  else if (o.out.format == Format::Junit)
    env.out << report::tests_junit(run, s.sm);
  else if (!run.results.empty())
    env.out << report::tests_text(run, s.sm);
  if (s.exit() != Exit::Ok) return s.exit();
  return run.failed ? Exit::Errors : Exit::Ok;
}

namespace {

// One file as the mode asks: its text, its diff, or its path when it changes.
void print(const FmtOptions& o, const driver::Formatted& f, const driver::Session& s, DriverEnv& env, bool whole) {
  if (whole)
    env.out << f.text;
  else if (o.diff)
    env.out << report::fmt_diff(f, s.sm.file(f.file).text);
  else if (f.changed)
    env.out << (o.check ? "" : "formatted ") << f.path << "\n";
}

}  // namespace

Exit run_fmt(const FmtOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  bool from_stdin = false;
  auto files = driver::format_input(s, o.paths, env.in, from_stdin);
  if (!from_stdin && !o.check && !o.diff && !o.to_stdout) driver::rewrite(s, files);
  bool whole = o.to_stdout || (from_stdin && !o.check && !o.diff);
  print_result(
      s, env, o.out, [&] { return report::fmt_json(files, s.sm, s.diags); },
      [&] {
        for (const auto& f : files) print(o, f, s, env, whole);
      });
  if (s.exit() != Exit::Ok) return s.exit();
  bool changed = std::any_of(files.begin(), files.end(), [](const driver::Formatted& f) { return f.changed; });
  return o.check && changed ? Exit::Errors : Exit::Ok;
}

}  // namespace kubus::cli
