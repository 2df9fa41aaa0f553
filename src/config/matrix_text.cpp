#include "config/matrix.h"

namespace kubus::config {

std::string Matrix::level_name(int level, Lang lang) const {
  for (const auto& l : levels)
    if (l.level == level) return l.name.in(lang);
  return {};
}

}  // namespace kubus::config
