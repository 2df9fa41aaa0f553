#include <chrono>

#include "cli/commands.h"
#include "driver/init.h"

namespace kubus::cli {

Exit run_init(const std::string& dir, DriverEnv& env) {
  // The one place the clock is read: a new assessment is dated today.
  auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  std::string error;
  if (!driver::init_assessment(dir, today, error)) return fail(env, Exit::Usage, error);
  env.out << "Created " << dir << "/assessment.yaml and " << dir << "/model/. Next: kubus check " << dir
          << " && kubus assess " << dir << "\n";
  return Exit::Ok;
}

}  // namespace kubus::cli
