// The warning for a roadmap that cannot start: criteria fail, and no
// initiative in any catalogue fixes a single one of them (W0702). Without it a
// matrix that brings no catalogue plans nothing and says only that every
// target is out of reach.
#include <set>

#include "config/criterion_kind.h"
#include "plan/plan.h"

namespace kubus::plan {

void check_coverage(const score::Scores& scores, const Catalogue& catalogue, const std::vector<std::string>& paths,
                    const config::Matrix& matrix, Span at, Diagnostics& diags) {
  std::set<std::string> fixed;
  for (const auto& i : catalogue.initiatives)
    for (const auto& f : i.fixes) fixed.insert(config::criterion_key(f.kind, f.ref));
  std::set<std::string> failing;
  for (const auto& d : scores.dimensions)
    for (const auto& c : d.criteria)
      if (c.measure.status != score::Status::NotApplicable && !c.holds) failing.insert(c.criterion->key());
  if (failing.empty()) return;
  for (const auto& key : failing)
    if (fixed.count(key)) return;
  std::string uses;
  for (const auto& u : matrix.uses) uses += (uses.empty() ? "" : ", ") + u;
  std::string read;
  for (const auto& p : paths) read += (read.empty() ? "" : ", ") + p;
  diags.add(Code::NoFixableCriterion, at,
            (failing.size() == 1 ? std::string("no initiative fixes the failing criterion ") + *failing.begin()
                                 : "no initiative fixes any of the " + std::to_string(failing.size()) +
                                       " failing criteria") +
                " of matrix '" + matrix.id + "' (catalogues read: " + (read.empty() ? "none" : read) + ")",
            "initiatives come from the initiatives.yaml of each library the matrix `uses:` (" +
                (uses.empty() ? std::string("it uses none") : "now " + uses) +
                ") and from the assessment's `initiatives:`; a copy of the bundled matrix keeps `uses: [ccm]`");
}

}  // namespace kubus::plan
