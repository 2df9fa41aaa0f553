// One finding of a run: a failing or erroneous rule instance, or one a waiver
// takes out. The views point into the Run's model and results, which outlive
// every Finding.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "support/severity.h"
#include "support/source.h"

namespace kubus::driver {

struct Finding {
  std::string_view rule;
  Severity severity = Severity::Warning;
  std::string subject;        // entity ID or "from -> to"
  std::string_view message;
  Span span;                  // where the model shows it (eval::model_spans): a practice's first observation
  std::vector<Span> related;  // the other places (the practice's other observations)
  bool error = false;         // the rule could not be evaluated for this subject
  model::Index waiver = model::kNone;  // the waiver that takes it out (waived_findings)
};

}  // namespace kubus::driver
