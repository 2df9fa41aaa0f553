#include "cli/commands.h"
#include "diag/render.h"

namespace kubus::cli {

driver::Session& new_session(DriverEnv& env, const Output& o) {
  auto& s = env.keep(std::make_unique<driver::Session>(env.load));
  s.diags.set_strict(o.strict);
  return s;
}

void print_diagnostics(driver::Session& s, DriverEnv& env, const Output& o) {
  s.diags.sort(s.sm);
  if (o.format == Format::Json) env.out << render_json(s.diags, s.sm);
  else if (o.format == Format::Sarif) env.out << render_sarif(s.diags, s.sm, env.tool_version);
  else env.err << render_text(s.diags, s.sm, env.color(o.color));
}

Exit fail(DriverEnv& env, Exit code, const std::string& message) {
  env.err << "kubus: error: " << message << "\n";
  return code;
}

}  // namespace kubus::cli
