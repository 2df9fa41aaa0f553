// The "kind:ref" key that names a criterion ("rule:touchpoint-has-owner"), shared
// by the catalogue loader and the planner so fixes match matrix criteria.
#pragma once
#include <string>
#include <string_view>

#include "config/matrix.h"

namespace kubus::plan {

inline std::string_view kind_word(config::CriterionKind kind) {
  switch (kind) {
    case config::CriterionKind::Rule: return "rule";
    case config::CriterionKind::Gap: return "gap";
    case config::CriterionKind::Observed: return "observed";
  }
  return "rule";
}

inline std::string criterion_key(config::CriterionKind kind, std::string_view ref) {
  return std::string(kind_word(kind)) + ":" + std::string(ref);
}

}  // namespace kubus::plan
