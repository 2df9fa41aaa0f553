#include "cli/assess.h"
#include "driver/explain.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_explain(const ExplainOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, driver::RunOptions{true, false}, o.out, env);
  if (!run) return exit;
  driver::Explanation x = driver::explain(*run, s->sm, o.target, o.entity);
  if (x.unknown_entity)
    return fail(env, Exit::Usage, "no entity '" + o.entity + "' in the model" +
                                      (x.entity_suggestion ? " (did you mean '" + *x.entity_suggestion + "'?)" : ""));
  if (!x.rule && !x.dimension)
    return fail(env, Exit::Usage, "no rule or dimension named '" + o.target + "'" +
                                      (x.suggestion ? " (did you mean '" + *x.suggestion + "'?)" : std::string()));
  env.out << (o.out.format == Format::Json ? report::explanation_json(x) : report::explanation_text(x));
  return Exit::Ok;
}

}  // namespace kubus::cli
