// The roadmap as text for a terminal and as CSV for a spreadsheet.
#include <fmt/format.h>

#include "report/report.h"
#include "report/text.h"

namespace kubus::report {
namespace {

std::string fixes_of(const plan::Initiative& in, const char* sep) {
  std::string out;
  for (const auto& f : in.fixes) out += (out.empty() ? "" : sep) + config::criterion_key(f.kind, f.ref);
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

std::string roadmap_text(const Run& r) {
  if (!r.roadmap) return "No roadmap.\n";
  const plan::Roadmap& p = *r.roadmap;
  std::string out = fmt::format("Roadmap for {} ({} initiative(s))\n", r.assessment.title, p.items.size());
  std::size_t width = 0;
  for (const auto& s : p.items) width = std::max(width, s.initiative->id.size());
  for (const auto& s : p.items)
    out += fmt::format("  {} .. {}  {:<{}}  {:>6} pm  {:>10} {}  fixes {}\n", r.assessment.quarter_label(s.start),
                       r.assessment.quarter_label(s.end), s.initiative->id, width, fixed(s.effort, 1),
                       thousands(s.cost), r.assessment.currency, fixes_of(*s.initiative, ", "));
  if (!p.years.empty()) {
    out += "Per year:\n";
    for (const auto& y : p.years)
      out += fmt::format("  {}  {:>6} pm  {:>10} {}\n", y.label, fixed(y.effort, 1), thousands(y.cost),
                         r.assessment.currency);
  }
  if (!p.projection.empty()) {
    out += "Projected score at year end:\n";
    for (const auto& y : p.projection) {
      out += fmt::format("  {}  overall {}", y.year, fixed(y.overall, 2));
      for (const auto& [id, score] : y.dimensions) out += fmt::format("  {} {}", id, fixed(score, 2));
      out += "\n";
    }
  }
  for (const auto& u : p.unreachable)
    out += fmt::format("Target {} {} is out of reach (projected {}): {}\n", u.dimension, u.target, fixed(u.projected, 2),
                       u.reason);
  return out;
}

std::string roadmap_csv(const Run& r) {
  std::string out = "id,title,start,end,effort_pm,cost,currency,fixes,after\n";
  if (!r.roadmap) return out;
  for (const auto& s : r.roadmap->items) {
    std::string after;
    for (const auto& a : s.initiative->after) after += (after.empty() ? "" : " ") + a;
    out += fmt::format("{},{},{},{},{},{},{},{},{}\n", csv_field(s.initiative->id), csv_field(s.initiative->title),
                       r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end), fixed(s.effort, 2),
                       fixed(s.cost, 2), r.assessment.currency, csv_field(fixes_of(*s.initiative, " ")),
                       csv_field(after));
  }
  return out;
}

}  // namespace kubus::report
