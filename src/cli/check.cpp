#include "cli/commands.h"
#include "driver/check.h"
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

}  // namespace kubus::cli
