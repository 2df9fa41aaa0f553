#include "driver/process.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "driver/output.h"

namespace kubus::driver {

void attach_process(DriverEnv& env) {
  env.in = &std::cin;
  env.out_fd = STDOUT_FILENO;
  env.err_is_terminal = isatty(STDERR_FILENO);
  const char* no_color = std::getenv("NO_COLOR");
  env.no_color = no_color && *no_color;
}

int finish_process(DriverEnv& env, int code) {
  if (flushed(env.out)) return code;
  env.err << "kubus: error: cannot write to standard output\n";
  return static_cast<int>(Exit::Usage);
}

}  // namespace kubus::driver
