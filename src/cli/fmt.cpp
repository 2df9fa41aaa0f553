#include "driver/fmt.h"
#include "cli/commands.h"
#include "report/commands.h"

namespace kubus::cli {
namespace {

// One file as the mode asks: its text, its diff, or its path when it changes.
void print(const FmtOptions& o, const driver::Formatted& f, const driver::Session& s, DriverEnv& env, bool whole) {
  if (whole)
    env.out << f.text;
  else if (o.diff)
    env.out << report::fmt_diff(f, s.sm.file(f.file).text);
  else if (f.changed)
    env.out << (o.check ? "" : "formatted ") << f.path << "\n";
}

}  // namespace

Exit run_fmt(const FmtOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  bool from_stdin = false;
  auto files = driver::format_input(s, o.paths, env.in, from_stdin);
  if (!from_stdin && !o.check && !o.diff && !o.to_stdout) driver::rewrite(s, files);
  bool whole = o.to_stdout || (from_stdin && !o.check && !o.diff);
  if (o.out.format == Format::Json) {
    s.diags.sort(s.sm);
    env.out << report::fmt_json(files, s.sm, s.diags);
  } else {
    print_diagnostics(s, env, o.out);
    for (const auto& f : files) print(o, f, s, env, whole);
  }
  if (s.exit() != Exit::Ok) return s.exit();
  bool changed = std::any_of(files.begin(), files.end(), [](const driver::Formatted& f) { return f.changed; });
  return o.check && changed ? Exit::Errors : Exit::Ok;
}

}  // namespace kubus::cli
