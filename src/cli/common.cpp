#include "cli/commands.h"
#include "diag/render.h"

namespace kubus::cli {

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
