#include "cli/commands.h"
#include "driver/fmt.h"

namespace kubus::cli {

Exit run_fmt(const FmtOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  auto files = driver::format_files(s, o.paths);
  if (o.to_stdout)
    for (const auto& f : files) env.out << f.text;
  else if (!o.check)
    driver::rewrite(s, files);
  print_diagnostics(s, env, o.out);
  bool changed = false;
  if (!o.to_stdout)
    for (const auto& f : files)
      if (f.changed) {
        env.out << (o.check ? "would reformat " : "formatted ") << f.path << "\n";
        changed = true;
      }
  if (s.exit() != Exit::Ok) return s.exit();
  return o.check && changed ? Exit::Errors : Exit::Ok;
}

}  // namespace kubus::cli
