#include "cli/commands.h"
#include "driver/import_actuals.h"
#include "driver/import_observations.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_import_actuals(const ImportOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto result = driver::import_actuals(s, o.sheet, o.model);
  if (o.out.format == Format::Json) {
    s.diags.sort(s.sm);
    env.out << report::actuals_json(result, s.sm, s.diags);
  } else {
    print_diagnostics(s, env, o.out);
    if (s.exit() == Exit::Ok) env.out << report::actuals_text(result);
  }
  return s.exit();
}

Exit run_import_observations(const ImportOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto result = driver::import_observations(s, o.sheet, o.model, o.assessment);
  if (o.out.format == Format::Json) {
    s.diags.sort(s.sm);
    env.out << report::observations_json(result, o.model, s.sm, s.diags);
  } else {
    print_diagnostics(s, env, o.out);
    if (s.exit() == Exit::Ok) env.out << report::observations_text(result, o.model);
  }
  return s.exit();
}

}  // namespace kubus::cli
