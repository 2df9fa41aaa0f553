#include "cli/commands.h"
#include "diag/render.h"
#include "history/store.h"

namespace kubus::cli {

driver::Session& new_session(DriverEnv& env, const Output& o) {
  auto& s = env.keep(std::make_unique<driver::Session>(env.load));
  s.diags.set_strict(o.strict);
  return s;
}

void print_diagnostics(driver::Session& s, DriverEnv& env, const Output& o) {
  s.diags.sort(s.sm);
  if (o.format == Format::Json) render_json(env.out, s.diags, s.sm);
  else if (o.format == Format::Sarif) render_sarif(env.out, s.diags, s.sm, env.tool_version);
  else render_text(env.err, s.diags, s.sm, env.color(o.color));
}

Exit history_failed(DriverEnv& env, const Output& o, const std::string& path, const history::Failure& f) {
  driver::Session& s = new_session(env, o);
  s.diags.add_file(f.code, history::shown_location(path), f.message);
  print_diagnostics(s, env, o);
  return Exit::Usage;
}

Exit fail(DriverEnv& env, Exit code, const std::string& message) {
  env.err << "kubus: error: " << message << "\n";
  return code;
}

}  // namespace kubus::cli
