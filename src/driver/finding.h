// One finding of a run: a failing or erroneous rule instance. The views point
// into the Run's model and results, which outlive every Finding.
#pragma once
#include <string>
#include <string_view>

#include "support/severity.h"
#include "support/source.h"

namespace kubus::driver {

struct Finding {
  std::string_view rule;
  Severity severity = Severity::Warning;
  std::string subject;        // entity ID or "from -> to"
  std::string_view message;
  Span span;
  bool error = false;         // the rule could not be evaluated for this subject
};

}  // namespace kubus::driver
