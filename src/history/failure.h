// Why the history could not be used, for the stages that call it.
#pragma once
#include <string>

#include "diag/diagnostic.h"

namespace kubus::history {

// Why the history could not be used: a diagnostic code (E09xx, one per cause:
// not a history, newer, locked, disk full, unusable, absent, no such run) and
// a message that names the file.
struct Failure {
  Code code = Code::HistoryUnusable;
  std::string message;
  // A history server that cannot be reached, refuses the login or was lost
  // during the run (E0905): `kubus assess` still writes its reports.
  bool server = false;
};

// How long a run waits for a lock held by another run before it reports the lock.
inline constexpr int kWaitMs = 10000;

}  // namespace kubus::history
