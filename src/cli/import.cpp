// The commands that bring evidence in: import actuals, questionnaire, import observations.
#include "cli/commands.h"
#include "driver/import_actuals.h"
#include "driver/import_observations.h"
#include "report/commands.h"
#include "report/questionnaire.h"

namespace kubus::cli {

Exit run_import_actuals(const ImportOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto result = driver::import_actuals(s, o.sheet, o.model);
  print_result(
      s, env, o.out, [&] { return report::actuals_json(result, s.sm, s.diags); },
      [&] { env.out << (s.exit() == Exit::Ok ? report::actuals_text(result) : ""); });
  return s.exit();
}

Exit run_questionnaire(const QuestionnaireOptions& o, DriverEnv& env) {
  if (!driver::questionnaire_format(o.output))
    return fail(env, Exit::Usage, "cannot write '" + o.output + "': a questionnaire is a .xlsx or a .csv file");
  driver::Session& s = new_session(env, o.out);
  auto q = driver::questionnaire(s, o.assessment, o.lang);
  print_diagnostics(s, env, o.out);
  std::string error;
  if (!q) return s.exit();
  if (!report::write_questionnaire(*q, o.output, error)) return fail(env, Exit::Usage, error);
  env.out << report::questionnaire_written(*q, o.output);
  return Exit::Ok;
}

Exit run_import_observations(const ImportOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto result = driver::import_observations(s, o.sheet, o.model, o.assessment);
  print_result(
      s, env, o.out, [&] { return report::observations_json(result, o.model, s.sm, s.diags); },
      [&] { env.out << (s.exit() == Exit::Ok ? report::observations_text(result, o.model) : ""); });
  return s.exit();
}

}  // namespace kubus::cli
