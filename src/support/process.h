// Running another program (git, tar) without a shell: the arguments are passed
// as they are, so no file name can be read as shell syntax.
#pragma once
#include <string>
#include <vector>

namespace kubus {

struct ProcessResult {
  int status = -1;   // the exit status; -1 when the program could not be started or was killed
  std::string out;   // what it wrote to standard output
  std::string err;   // and to standard error
};

// Runs argv[0] (looked up on PATH) in `dir` (empty: the current directory),
// feeding it `input` on standard input, and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& dir = {},
                          const std::string& input = {});

}  // namespace kubus
