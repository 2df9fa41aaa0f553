#include "driver/explain.h"
#include "cli/commands.h"
#include "report/commands.h"

namespace kubus::cli {

Exit run_explain(const ExplainOptions& o, DriverEnv& env) {
  auto [s, run, exit] = open_run(o.assessment, o.run, o.out, env);
  if (!run) return exit;
  driver::Explanation x = driver::explain(*run, s->sm, o.target, o.entity);
  if (std::string why = x.error(o.target, o.entity); !why.empty()) return fail(env, Exit::Usage, why);
  env.out << (o.out.format == Format::Json ? report::explanation_json(x) : report::explanation_text(x));
  return Exit::Ok;
}

}  // namespace kubus::cli
