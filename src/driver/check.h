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

struct Run;

// A model checked on its own (not an assessment's): the files loaded and the
// rules that type-check, compiled (the language server indexes their references).
struct CheckedModel {
  model::LoadResult loaded;
  std::vector<rules::CheckedRule> rules;
};

struct CheckResult {
  std::size_t model_files = 0;  // .kubus files read, with what they `use`
  std::size_t declarations = 0, handoffs = 0;  // of every model checked
  std::size_t yaml_files = 0;   // Kubus YAML files checked
  // What was checked, kept so that the caller decides when to free it: a
  // large model is millions of small allocations.
  std::vector<std::unique_ptr<CheckedModel>> models;
  std::vector<std::unique_ptr<Run>> assessments;
  CheckResult();
  CheckResult(CheckResult&&) noexcept;
  CheckResult& operator=(CheckResult&&) noexcept;
  ~CheckResult();
};

// Named paths ending in .yaml/.yml are Kubus YAML files, dispatched on their
// first key. A directory means every .kubus file and every Kubus YAML file
// below it (a YAML file whose first key is `kubus-KIND`). An assessment loads
// its model with its matrix's libraries; the .kubus files that no assessment
// loaded form one more model, with the named .kubus files.
CheckResult check(Session& s, const std::vector<std::string>& paths);

}  // namespace kubus::driver
