#include "driver/session.h"

#include <filesystem>

#include "support/walk.h"

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

std::vector<std::string> Session::files_below(const std::string& dir,
                                              const std::function<bool(const std::filesystem::path&)>& want) {
  Walk walk = kubus::files_below(dir, want);
  for (const Refused& u : walk.unreadable) diags.add_file(Code::CannotRead, u.path, u.message);
  for (const Refused& l : walk.links) diags.add_file(Code::NotModelFile, l.path, l.message + "; it was not read");
  unreadable = unreadable || !walk.unreadable.empty();
  return std::move(walk.files);
}

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
