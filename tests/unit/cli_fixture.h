// Commands run as the CLI runs them, through a DriverEnv whose streams the test
// reads: for tests/unit/cli_test.cpp and roadmap_test.cpp.
#pragma once
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "cli/commands.h"

namespace kubus::test {

inline const std::string kSource = KUBUS_SOURCE_DIR;

// Streams for a command's output and diagnostics; the bundled library on the path.
struct Env {
  std::ostringstream out, err;
  driver::DriverEnv env{out, err};
  Env() {
    env.tool_version = "test";
    env.load.library_path = {kSource + "/rules"};
  }
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace kubus::test
