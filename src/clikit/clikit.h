// What the kubus command line needs of CLI11 beyond what it offers, kept apart
// from the commands themselves: enum options named by a table, with the
// closest name for a typo; unknown commands and options named before CLI11
// would say "A subcommand is required"; usage lines with the program's name;
// a manual page written from the definitions. Nothing here knows Kubus.
#pragma once
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kubus::clikit {

// "a, b, c".
std::string joined(const std::vector<std::string>& names);

// A validator that maps a name to the integer value CLI11 stores in an enum;
// an unknown name is refused with the names allowed and the closest of them.
CLI::Validator names_validator(const std::map<std::string, int>& names);

// The names of `table` whose values are in `allowed`, for names_validator.
template <class E, std::size_t N>
std::map<std::string, int> names_of(const std::array<std::pair<std::string_view, E>, N>& table,
                                    std::initializer_list<E> allowed) {
  std::map<std::string, int> out;
  for (const auto& [name, value] : table)
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) out.emplace(name, static_cast<int>(value));
  return out;
}

// The same for a name table whose rows hold the enumerator in `key` and its
// name in `word` (kLanguages, kSeverities): every row.
template <class Row, std::size_t N, class E>
std::map<std::string, int> names_of(const std::array<Row, N>& table, E Row::*key, std::string_view Row::*word) {
  std::map<std::string, int> out;
  for (const auto& row : table) out.emplace(row.*word, static_cast<int>(row.*key));
  return out;
}

// An enum option named by a name table (see names_of) that stays unset when
// not given; an unknown name is a usage error listing the names, with the closest.
template <class Row, std::size_t N, class E>
CLI::Option* add_names_option(CLI::App* cmd, const std::string& flag, std::optional<E>& into,
                              const std::array<Row, N>& table, E Row::*key, std::string_view Row::*word,
                              const std::string& help) {
  return cmd
      ->add_option_function<E>(
          flag, [&into](const E& v) { into = v; }, help)
      ->transform(names_validator(names_of(table, key, word)));
}

// A finite number: NaN and infinity are refused, not compared as always false.
extern const CLI::Validator kFinite;

// An option whose text `parse` reads into `into`; what `parse` refuses (it
// returns the reason) is a usage error that names the flag. `type_name` is what
// the help shows for the value (AMOUNT).
template <class T, class Parse>
CLI::Option* add_parsed_option(CLI::App* cmd, const std::string& flag, const std::string& help,
                               const std::string& type_name, std::optional<T>& into, Parse parse) {
  return cmd
      ->add_option_function<std::string>(
          flag, [&into, parse](const std::string& text) { into = parse(text).first; }, help)
      ->type_name(type_name)
      ->check(CLI::Validator([parse](std::string& text) { return parse(text).second; },
                             ""));  // no name: CLI11 would print it after the type, AMOUNT:AMOUNT
}

// Usage lines say `PROGRAM COMMAND`, as it is typed.
class Formatter : public CLI::Formatter {
 public:
  explicit Formatter(std::string program) : program_(std::move(program)) {}
  std::string make_usage(const CLI::App* app, std::string name) const override;

 private:
  std::string program_;
};

CLI::App* find_command(CLI::App& app, const std::string& name);

// "unknown command 'chek'; did you mean 'check'?" for a mistyped command or
// long option; nullopt when every word is known.
std::optional<std::string> unknown_word(CLI::App& app, int argc, char** argv);
// The same for `PROGRAM help TOPIC`.
std::string unknown_command(CLI::App& app, const std::string& word);

// The manual page of an app: its commands, their arguments and options from
// the definitions, and the sections only a person can write.
struct ManPage {
  std::string program, version, summary, description, see_also;
  std::vector<std::pair<int, std::string>> exit_codes;
  std::vector<std::pair<std::string, std::string>> environment;
};
std::string man_page(CLI::App& app, const ManPage& m);  // roff

// Parses the arguments of an app with a `help [COMMAND] [--man]` command:
// prints the help, the manual (`manual()`) or a usage error as asked and returns
// the exit code (0, or `usage_error`); nullopt when a command is to run.
std::optional<int> parse(CLI::App& app, int argc, char** argv, std::ostream& out, std::ostream& err, int usage_error,
                         const std::function<std::string()>& manual);

}  // namespace kubus::clikit
