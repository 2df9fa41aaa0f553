// `kubus check`: load and check models and Kubus YAML files (matrix,
// assessment, initiative catalogue), collecting every diagnostic.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "driver/session.h"
#include "model/load.h"
#include "rules/check.h"

namespace kubus::driver {

struct CheckResult {
  std::size_t model_files = 0;  // .kubus files read, with what they `use`
  std::size_t declarations = 0, handoffs = 0;
  std::size_t yaml_files = 0;
  // The checked model, kept so that the caller decides when to free it: a
  // large model is millions of small allocations.
  std::unique_ptr<model::LoadResult> model;
  std::vector<rules::CheckedRule> rules;  // the model's rules that type-check, compiled
};

// Paths ending in .yaml/.yml are Kubus YAML files, dispatched on their first
// key; the rest together form one model.
CheckResult check(Session& s, const std::vector<std::string>& paths);

}  // namespace kubus::driver
