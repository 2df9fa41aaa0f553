#include "driver/session.h"

namespace kubus::driver {

model::LoadOptions default_load_options() {
  model::LoadOptions o;
  o.library_path = model::default_library_path(KUBUS_DATA_DIR, KUBUS_SOURCE_RULES);
  return o;
}

}  // namespace kubus::driver
