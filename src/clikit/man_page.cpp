// A manual page written from the command-line definitions, so that it never
// drifts from `help`.
#include <fmt/format.h>

#include "clikit/clikit.h"

namespace kubus::clikit {
namespace {

// roff text: backslashes and hyphens escaped, and no line starting with a
// control character (`.` or `'`).
std::string roff(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

// " (one of a, b)" for an option with named values.
std::string choices(const CLI::Option& o) {
  std::string type = o.get_type_name();
  return type.rfind("ENUM:", 0) == 0 ? " (one of " + roff(type.substr(5)) + ")" : "";
}

std::string command(const CLI::App& program, const CLI::App& sub) {
  std::string usage, options;
  for (const CLI::Option* o : sub.get_options()) {
    if (o->get_positional()) usage += " " + o->get_name(true) + (o->get_expected_max() > 1 ? "..." : "");
    else if (o->get_name() != "--help")
      options += fmt::format(".TP\n.B {}\n{}{}\n", roff(o->get_name()), roff(o->get_description()), choices(*o));
  }
  return fmt::format(".SS \"{0} {1}\"\n{2}\n.PP\n.B {0} {1}\n{3}\n{4}", roff(program.get_name()), roff(sub.get_name()),
                     roff(sub.get_description()), roff(usage), options);
}

}  // namespace

std::string man_page(CLI::App& app, const ManPage& m) {
  std::string upper = m.program;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string out = fmt::format(".TH {} 1 \"\" \"{} {}\" \"User Commands\"\n", upper, roff(m.program), roff(m.version));
  out += fmt::format(".SH NAME\n{} \\- {}\n", roff(m.program), roff(m.summary));
  out += fmt::format(".SH SYNOPSIS\n.B {}\n.I COMMAND\n[\\fIOPTIONS\\fR]\n", roff(m.program));
  out += ".SH DESCRIPTION\n" + roff(m.description) + "\n.SH COMMANDS\n";
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) out += command(app, *sub);
  out += ".SH EXIT STATUS\n";
  for (const auto& [code, meaning] : m.exit_codes) out += fmt::format(".TP\n.B {}\n{}\n", code, roff(meaning));
  out += ".SH ENVIRONMENT\n";
  for (const auto& [name, meaning] : m.environment) out += fmt::format(".TP\n.B {}\n{}\n", roff(name), roff(meaning));
  out += ".SH SEE ALSO\n" + roff(m.see_also) + "\n";
  return out;
}

}  // namespace kubus::clikit
