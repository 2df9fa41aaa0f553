#include "cli/assess.h"
#include "driver/explain.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_explain(const ExplainOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, driver::RunOptions{true, false}, o.out, env);
  if (!run) return exit;
  driver::Explanation x = driver::explain(*run, s->sm, o.target, o.entity);
  if (!x.rule && !x.dimension)
    return fail(env, Exit::Usage, "no rule or dimension named '" + o.target + "'" +
                                      (x.suggestion ? " (did you mean '" + *x.suggestion + "'?)" : std::string()));
  env.out << report::explanation_text(x);
  return Exit::Ok;
}

}  // namespace kubus::cli
