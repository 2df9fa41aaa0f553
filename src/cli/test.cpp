#include "cli/commands.h"
#include "diag/render.h"
#include "driver/ruletest.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_test(const TestOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto run = driver::run_rule_tests(s, o.paths);
  s.diags.sort(s.sm);
  if (o.out.format == Format::Json) {
    env.out << report::tests_json(run, s.sm, s.diags);
  } else if (o.out.format == Format::Junit) {
    if (!s.diags.all().empty()) env.err << render_text(s.diags, s.sm, env.color(o.out.color)) << std::flush;
    env.out << report::tests_junit(run, s.sm);
  } else {
    if (!s.diags.all().empty()) env.err << render_text(s.diags, s.sm, env.color(o.out.color)) << std::flush;
    if (!run.results.empty()) env.out << report::tests_text(run, s.sm);
  }
  if (s.exit() != Exit::Ok) return s.exit();
  return run.failed ? Exit::Errors : Exit::Ok;
}

}  // namespace kubus::cli
