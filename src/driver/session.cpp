#include "driver/session.h"

#include <filesystem>

namespace kubus::driver {
namespace {

// Whether this process is a kubus of the build tree (the build's kubus, a test
// binary) rather than an installed one: /proc/self/exe lies below the build
// directory.
bool in_build_tree() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return false;
  auto relative = exe.lexically_relative(KUBUS_BUILD_DIR);
  return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

// A build's kubus reads its own source tree's library before an installed one,
// which may be of another version; an installed kubus never prefers a source
// tree that happens to still exist.
model::LoadOptions default_load_options() {
  model::LoadOptions o;
  o.library_path = in_build_tree() ? model::default_library_path({KUBUS_SOURCE_RULES, KUBUS_DATA_DIR})
                                   : model::default_library_path({KUBUS_DATA_DIR, KUBUS_SOURCE_RULES});
  return o;
}

}  // namespace kubus::driver
