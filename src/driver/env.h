// What a command runs in: its output and error streams and what it needs of
// the process, passed in as a value (Carbon's DriverEnv) so every command can
// be unit-tested with string streams.
#pragma once
#include <array>
#include <memory>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "driver/session.h"

namespace kubus::driver {

// Every output format of every command; each command accepts a subset.
enum class Format { Text, Json, Sarif, Csv, Dot, Mermaid, Junit, Markdown };
inline constexpr std::array<std::pair<std::string_view, Format>, 8> kFormatNames = {{
    {"text", Format::Text},
    {"json", Format::Json},
    {"sarif", Format::Sarif},
    {"csv", Format::Csv},
    {"dot", Format::Dot},
    {"mermaid", Format::Mermaid},
    {"junit", Format::Junit},
    {"markdown", Format::Markdown},
}};

enum class Color { Auto, Always, Never };
inline constexpr std::array<std::pair<std::string_view, Color>, 3> kColorNames = {{
    {"auto", Color::Auto},
    {"always", Color::Always},
    {"never", Color::Never},
}};

class DriverEnv {
 public:
  DriverEnv(std::ostream& out_stream, std::ostream& err_stream)
      : out(out_stream), err(err_stream), load(default_load_options()) {}
  DriverEnv(const DriverEnv&) = delete;
  DriverEnv& operator=(const DriverEnv&) = delete;

  std::istream* in = nullptr;  // what `kubus fmt -` formats
  std::ostream& out;  // results
  std::ostream& err;  // diagnostics and progress
  // The file descriptor behind `out` when it is the process's standard output:
  // `-o /dev/stdout` then writes to `out` instead of replacing the file.
  std::optional<int> out_fd;
  bool err_is_terminal = false;  // colour `auto` colours only a terminal
  bool no_color = false;         // NO_COLOR is set
  std::string tool_version;
  model::LoadOptions load;       // where `use` finds the bundled libraries

  bool color(Color c) const { return c == Color::Always || (c == Color::Auto && err_is_terminal && !no_color); }

  // Takes what a command computed and frees it when the environment goes.
  // main()'s environment never goes: the process ends without freeing it
  // (support/fast_exit.h), which for a large model saves a sixth of the run.
  template <class T>
  T& keep(std::unique_ptr<T> p) {
    T& ref = *p;
    kept_.emplace_back(std::move(p));
    return ref;
  }

 private:
  std::vector<std::shared_ptr<void>> kept_;
};

}  // namespace kubus::driver
