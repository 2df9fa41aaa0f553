// `kubus diff --git REF`: what a change to the model does to its assessment,
// as `terraform plan` is to infrastructure: the assessment as it is at git
// revision REF against the assessment as it is in the work tree.
#pragma once
#include <optional>
#include <string>

#include "history/run_summary.h"
#include "driver/session.h"

namespace kubus::driver {

struct RevisionDiff {
  std::string ref;        // as given
  history::RunDiff diff;  // from REF to the work tree
};

// The work tree's side is assessed in `s`, so its diagnostics are there. nullopt
// with `error` when the assessment is not in a git work tree, REF is not a
// revision (both usage errors: s.unreadable is set), or either side cannot be
// assessed.
std::optional<RevisionDiff> diff_revision(Session& s, const std::string& assessment, const std::string& ref,
                                          std::string& error);

}  // namespace kubus::driver
