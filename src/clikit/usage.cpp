#include "clikit/clikit.h"
#include "support/text.h"

namespace kubus::clikit {
namespace {

std::vector<std::string> command_names(CLI::App& app) {
  std::vector<std::string> names;
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
  return names;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& names) {
  auto guess = closest(word, names);
  return guess ? "; did you mean '" + *guess + "'?" : "";
}

}  // namespace

std::string Formatter::make_usage(const CLI::App* app, std::string name) const {
  bool bare = app->get_parent() && name.rfind(program_ + " ", 0) != 0;
  return CLI::Formatter::make_usage(app, bare ? program_ + " " + name : name);
}

CLI::App* find_command(CLI::App& app, const std::string& name) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

std::string unknown_command(CLI::App& app, const std::string& word) {
  return "unknown command '" + word + "'" + did_you_mean(word, command_names(app)) + " (`" + app.get_name() +
         " help` lists the commands)";
}

std::optional<std::string> unknown_word(CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return std::nullopt;
  std::string word = argv[1];
  CLI::App* sub = find_command(app, word);
  if (!sub) return unknown_command(app, word);
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) continue;
    std::string flag = arg.substr(0, arg.find('='));
    if (sub->get_option_no_throw(flag)) continue;
    std::vector<std::string> flags;
    for (const CLI::Option* opt : sub->get_options())
      for (const auto& l : opt->get_lnames()) flags.push_back("--" + l);
    return "unknown option '" + flag + "' for `" + app.get_name() + " " + word + "`" + did_you_mean(flag, flags) +
           " (`" + app.get_name() + " help " + word + "` lists them)";
  }
  return std::nullopt;
}

}  // namespace kubus::clikit
