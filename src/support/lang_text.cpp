#include "support/lang_text.h"

namespace kubus {

const std::string& Text::in(Lang lang) const {
  if (has(lang)) return variants_[static_cast<std::size_t>(lang)];
  if (has(base_)) return variants_[static_cast<std::size_t>(base_)];
  for (const auto& v : variants_)
    if (!v.empty()) return v;
  return variants_[static_cast<std::size_t>(base_)];
}

}  // namespace kubus
