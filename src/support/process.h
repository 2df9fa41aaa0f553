// Running another program (git, tar) without a shell: the arguments are passed
// as they are, so no file name can be read as shell syntax.
#pragma once
#include <string>
#include <vector>

namespace kubus {

struct ProcessResult {
  int status = -1;         // the exit status; -1 when the program could not be started or was killed
  std::string out;         // what it wrote to standard output
  std::string err;         // and to standard error
  bool not_found = false;  // argv[0] is not on PATH (nothing was started)
  bool timed_out = false;  // it ran past the time limit and was killed
};

// Runs argv[0] (looked up on PATH) in `dir` (empty: the current directory),
// feeding it `input` on standard input, and waits for it; with a time limit
// (seconds, 0: none) it runs in a process group of its own, which is killed as
// a whole when the limit passes (a browser's helper processes too).
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& dir = {},
                          const std::string& input = {}, int timeout_seconds = 0);

}  // namespace kubus
