#include <iterator>

#include "cli/commands.h"
#include "driver/fmt.h"
#include "report/commands.h"

namespace kubus::cli {
namespace {

std::vector<driver::Formatted> formatted(const FmtOptions& o, driver::Session& s, DriverEnv& env, bool from_stdin) {
  if (!from_stdin) return driver::format_files(s, o.paths);
  std::string text(std::istreambuf_iterator<char>(*env.in), {});
  auto f = driver::format_text(s, "<stdin>", std::move(text));
  return f ? std::vector<driver::Formatted>{std::move(*f)} : std::vector<driver::Formatted>{};
}

// One file as the mode asks: its text, its diff, or its path when it changes.
void print(const FmtOptions& o, const driver::Formatted& f, const driver::Session& s, DriverEnv& env, bool whole) {
  if (whole) env.out << f.text;
  else if (o.diff) env.out << report::fmt_diff(f, s.sm.file(f.file).text);
  else if (f.changed) env.out << (o.check ? "" : "formatted ") << f.path << "\n";
}

}  // namespace

Exit run_fmt(const FmtOptions& o, DriverEnv& env) {
  driver::Session& s = new_session(env, o.out);
  bool from_stdin = o.paths == std::vector<std::string>{"-"} && env.in;
  auto files = formatted(o, s, env, from_stdin);
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
