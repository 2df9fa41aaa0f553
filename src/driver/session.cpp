#include "driver/session.h"

#include "support/walk.h"

namespace kubus::driver {

std::vector<std::string> Session::files_below(const std::string& dir,
                                              const std::function<bool(const std::filesystem::path&)>& want) {
  Walk walk = kubus::files_below(dir, want);
  for (const Refused& u : walk.unreadable) diags.add_file(Code::CannotRead, u.path, u.message);
  for (const Refused& l : walk.links) diags.add_file(Code::NotModelFile, l.path, l.message + "; it was not read");
  unreadable = unreadable || !walk.unreadable.empty();
  return std::move(walk.files);
}

model::LoadOptions default_load_options() {
  model::LoadOptions o;
  o.library_path = model::default_library_path(KUBUS_DATA_DIR, KUBUS_SOURCE_RULES);
  return o;
}

}  // namespace kubus::driver
