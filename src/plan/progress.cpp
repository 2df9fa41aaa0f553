// `progress:` in assessment.yaml must name initiatives of the catalogues the
// run reads; a misspelt ID would silently plan a finished initiative again.
#include <algorithm>

#include "plan/plan.h"
#include "support/text.h"

namespace kubus::plan {

void check_progress(const config::Assessment& a, const Catalogue& catalogue, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& i : catalogue.initiatives) ids.push_back(i.id);
  for (const auto& [id, progress] : a.progress) {
    if (std::binary_search(ids.begin(), ids.end(), id)) continue;
    auto guess = closest(id, ids);
    diags.add(Code::UnknownProgress, progress.span,
              "progress names '" + id + "', which no initiative catalogue defines",
              guess ? "did you mean '" + *guess + "'?"
                    : "name an initiative of the catalogues (kubus roadmap lists the planned ones)");
  }
}

}  // namespace kubus::plan
