// The summary `kubus assess` prints: readable in a terminal in a few seconds.
#include <fmt/format.h>

#include "report/highlights.h"
#include "report/report.h"
#include "report/text.h"

namespace kubus::report {

std::string summary(const Run& r) {
  const score::Scores& s = r.scores;
  std::string out = fmt::format("{} ({})\n", r.assessment.title, r.assessment.date);
  out += fmt::format("Overall: level {} {}, score {}", s.overall_level, level_name(r.matrix, s.overall_level),
                     fixed(s.overall, 2));
  if (!r.assessment.targets.empty())
    out += fmt::format(", {}% of the way to the targets", fixed(s.percent_to_target * 100, 0));
  if (auto delta = r.progress())
    out += fmt::format(", {} since run {} ({})", signed_fixed(*delta, 2), r.previous->id, r.previous->assessment_date);
  out += "\n";
  std::size_t width = 0;
  for (const auto& d : s.dimensions) width = std::max(width, d.dimension->id.size());
  for (const auto& d : s.dimensions) {
    out += fmt::format("  {:<{}}  level {}  {}", d.dimension->id, width, d.level, fixed(d.score, 2));
    out += d.target ? fmt::format("  target {}", *d.target) : std::string("          ");
    std::string weak;
    for (const auto* c : weakest(d, 2))
      weak += fmt::format("{}{} {}%", weak.empty() ? "" : ", ", c->criterion->key(),
                          c->measure.status == score::Status::Evaluated ? fixed(c->measure.value * 100, 0) : "–");
    if (!weak.empty()) out += "  weakest: " + weak;
    while (out.back() == ' ') out.pop_back();
    out += "\n";
  }
  out += fmt::format("Silo gaps: {}", r.silo.gaps.count());
  std::string kinds;
  for (const auto& kind : schema::kGapKinds)
    if (std::size_t n = r.silo.gaps.count(kind.kind)) kinds += fmt::format("{}{} {}", kinds.empty() ? "" : ", ", kind.name, n);
  out += kinds.empty() ? "\n" : " (" + kinds + ")\n";
  std::size_t findings_count = 0;
  for (const auto& res : r.results) findings_count += res.failed + res.errors;
  out += fmt::format("Findings: {} from {} rule(s)\n", findings_count, r.rules.size());
  if (std::string t = targets_sentence(driver::targets(r)); !t.empty()) out += "Targets: " + t + "\n";
  if (std::string w = waivers_sentence(r, driver::waivers(r)); !w.empty()) out += "Waivers: " + w + "\n";
  if (r.roadmap) {
    const plan::Roadmap& p = *r.roadmap;
    out += fmt::format("Roadmap: {} initiative(s)", p.items.size());
    if (!p.items.empty())
      out += fmt::format(", {}, {} pm, {} {}", roadmap_span(r), fixed(p.total_effort, 1), thousands(p.total_cost),
                         r.assessment.currency);
    if (!p.unreachable.empty()) out += fmt::format("; {} target(s) out of reach", p.unreachable.size());
    out += "\n";
  }
  return terminal_text(out);
}

}  // namespace kubus::report
