#include "clikit/clikit.h"

namespace kubus::clikit {

std::optional<int> parse(CLI::App& app, int argc, char** argv, std::ostream& out, std::ostream& err, int usage_error,
                         const std::function<std::string()>& manual) {
  std::string topic;
  bool man = false;
  auto* help = app.add_subcommand("help", "Show the commands, or the options of one command");
  help->add_option("command", topic, "A command");
  help->add_flag("--man", man, "Print the manual page " + app.get_name() + "(1) in roff");
  if (argc < 2) {
    out << app.help();
    return 0;
  }
  if (auto message = unknown_word(app, argc, argv)) {
    err << app.get_name() << ": error: " << *message << "\n";
    return usage_error;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e, out, err) == 0 ? 0 : usage_error;
  }
  if (!*help) return std::nullopt;
  if (man) {
    out << manual();
    return 0;
  }
  CLI::App* command = topic.empty() ? &app : find_command(app, topic);
  if (!command) {
    err << app.get_name() << ": error: " << unknown_command(app, topic) << "\n";
    return usage_error;
  }
  out << command->help();
  return 0;
}

}  // namespace kubus::clikit
