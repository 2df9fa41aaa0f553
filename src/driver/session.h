// The sources and diagnostics of one driver call. Every result the driver
// returns points into the session's sources, so the session outlives them.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/load.h"
#include "support/source.h"

namespace kubus::driver {

// Exit codes (ENGINE.md §6, docs/commands.md): one table for every command.
enum class Exit : int {
  Ok = 0,        // done; the input is clean (findings of an assessment are results, not errors)
  Errors = 1,    // the input has errors (diagnostics say which), or a check such as `fmt --check` failed
  Usage = 2,     // a usage error, or a file that cannot be read or written
  Internal = 3,  // a bug in kubus
  Gate = 4,      // the input is fine but a gate failed: --fail-below, --fail-on (the reports are written)
};

// What each exit code means, for `kubus help` and the manual page.
inline constexpr std::pair<Exit, const char*> kExitMeanings[] = {
    {Exit::Ok, "done; the input is clean"},
    {Exit::Errors, "the input has errors (diagnostics on standard error), formatting differs (fmt --check), "
                   "or a rule test failed"},
    {Exit::Usage, "a usage error, a file that cannot be read, or output that cannot be written"},
    {Exit::Internal, "an internal error in kubus (a bug: please report it with the input)"},
    {Exit::Gate, "a gate failed: the overall score is below --fail-below, or a finding is at least as severe as "
                 "--fail-on (the reports are written)"},
};

struct Session {
  explicit Session(model::LoadOptions options) : load(std::move(options)) {}
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;  // a named path could not be read: exit 2
  bool usage = false;       // a command-line value does not fit the input: exit 2
  model::LoadOptions load;  // where `use` finds the bundled libraries

  // The files below `dir` that `want` accepts (support/walk.h); each
  // directory that cannot be read is an error (E0001) with exit 2, each link
  // to a file `want` refuses an error (E0217).
  std::vector<std::string> files_below(const std::string& dir, const std::function<bool(const std::filesystem::path&)>& want);

  // Usage when something could not be read or a command-line value does not
  // fit, Errors when a diagnostic is an error.
  Exit exit() const { return unreadable || usage ? Exit::Usage : diags.has_errors() ? Exit::Errors : Exit::Ok; }
};

// The library search path of an installed or built kubus: KUBUS_PATH, the
// install's data directory, the source tree's rules/.
model::LoadOptions default_load_options();

}  // namespace kubus::driver
