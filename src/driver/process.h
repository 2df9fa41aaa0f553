// The environment of the kubus process itself: its standard streams, whether
// stderr is a terminal, NO_COLOR, and the last check that stdout took it all.
#pragma once
#include "driver/env.h"

namespace kubus::driver {

// `env` over std::cin, std::cout and std::cerr, as `kubus` runs.
void attach_process(DriverEnv& env);

// The exit code after a command returned `code`: Usage when standard output
// lost what was written to it (a full disk, a closed pipe), said on stderr.
int finish_process(DriverEnv& env, int code);

// What the manual page kubus(1) says beyond the commands' definitions.
struct About {
  const char* summary;
  const char* description;
  const char* see_also;
  std::pair<const char*, const char*> environment[2];
};
inline constexpr About kAbout = {
    "assess the maturity and governance of customer communication",
    "Kubus checks a model of an organisation's customer communication written in the Kubus language, scores it "
    "against a maturity matrix, finds the silo gaps in its dependency graph, plans a roadmap and writes the reports. "
    "Results go to standard output; diagnostics and progress to standard error.",
    "The documentation in docs/ of the source tree: commands.md, language.md, rules.md, assessment.md.",
    {{"KUBUS_PATH", "directories searched first for libraries named by `use` and for matrices"},
     {"NO_COLOR", "when set and not empty, diagnostics are never coloured"}}};

}  // namespace kubus::driver
