// What the kubus command line needs of CLI11 beyond what it offers, kept apart
// from the commands themselves: enum options named by a table, with the
// closest name for a typo; unknown commands and options named before CLI11
// would say "A subcommand is required"; usage lines with the program's name;
// a manual page written from the definitions. Nothing here knows Kubus.
#pragma once
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kubus::clikit {

// "a, b, c".
std::string joined(const std::vector<std::string>& names);

// A validator that maps a name to the integer value CLI11 stores in an enum;
// an unknown name is refused with the names allowed and the closest of them.
CLI::Validator names_validator(std::map<std::string, int> names);

// The names of `table` whose values are in `allowed`, for names_validator.
template <class E, std::size_t N>
std::map<std::string, int> names_of(const std::array<std::pair<std::string_view, E>, N>& table,
                                    std::initializer_list<E> allowed) {
  std::map<std::string, int> out;
  for (const auto& [name, value] : table)
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
      out.emplace(name, static_cast<int>(value));
  return out;
}

// A finite number: NaN and infinity are refused, not compared as always false.
extern const CLI::Validator kFinite;

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

}  // namespace kubus::clikit
