// The customer-communication cube (driver/cube.h) as a heatmap: static small
// tables, no script, each cell coloured by the share of its touchpoints with
// error or warning findings.
#include <fmt/format.h>

#include <array>

#include "driver/cube.h"
#include "report/html.h"

namespace kubus::report::html {
namespace {

// The colour buckets of the legend: no touchpoints, then the share with findings.
struct Bucket {
  const char* label;
  const char* style;
};
constexpr std::array<Bucket, 6> kBuckets = {{{"no touchpoints", "background:#f7f7f7;color:#5b6475"},
                                             {"none with error or warning findings", "background:#dff0d8"},
                                             {"up to 25%", "background:#fde8c8"},
                                             {"up to 50%", "background:#f9c08f"},
                                             {"up to 75%", "background:#f08a65"},
                                             {"over 75%", "background:#c0392b;color:#fff"}}};

const Bucket& bucket(const driver::CubeCell& c) {
  if (c.touchpoints == 0) return kBuckets[0];
  if (c.with_findings == 0) return kBuckets[1];
  double share = double(c.with_findings) / double(c.touchpoints);
  return kBuckets[share <= 0.25 ? 2 : share <= 0.5 ? 3 : share <= 0.75 ? 4 : 5];
}

std::string caption(const Run& r, const driver::CubeTable& t) {
  switch (t.scope) {
    case driver::CubeScope::AllChannels: return "All channels";
    case driver::CubeScope::Channel: return "Channel: " + html_escape(r.model.display(r.model.entities[t.channel]));
    case driver::CubeScope::NoChannel: break;
  }
  return "No channel";
}

std::string table(const Run& r, const driver::CubeTable& t) {
  std::string out = fmt::format("<table class=\"keep\">\n<caption>{}</caption>\n<thead><tr><th>Unit</th>", caption(r, t));
  for (auto p : driver::cube_phases()) out += fmt::format("<th>{}</th>", p);
  out += "</tr></thead>\n<tbody>\n";
  for (const driver::CubeRow& row : t.rows) {
    out += fmt::format("<tr><th>{}</th>", row.unit == model::kNone ? std::string("no unit")
                                                                   : html_escape(r.model.display(r.model.entities[row.unit])));
    for (const driver::CubeCell& c : row.cells) {
      out += fmt::format("<td style=\"{}\" title=\"{} error or warning finding(s)\">", bucket(c).style, c.findings);
      out += c.touchpoints ? fmt::format("{}/{}", c.with_findings, c.touchpoints) : "–";
      out += "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string cube(const Run& r) {
  std::string out = "<section id=\"cube\">\n<h2>The customer-communication cube</h2>\n";
  auto tables = driver::cube(r);
  if (tables.empty()) return out + "<p class=\"note\">The model has no touchpoints.</p>\n</section>\n";
  out += "<p>Each cell: touchpoints with error or warning findings / touchpoints, by business unit (the "
         "touchpoint's own, else its owner's department's) and phase; hover a cell for the number of those findings "
         "(about the touchpoint or a handoff leaving it). Info findings and waived ones do not count.</p>\n"
         "<p class=\"legend\">";
  for (const Bucket& b : kBuckets)
    out += fmt::format("<span><i class=\"swatch\" style=\"{}\"></i>{}</span>", b.style, b.label);
  out += "</p>\n<div class=\"cubes\">\n";
  for (const auto& t : tables) out += table(r, t);
  return out + "</div>\n</section>\n";
}

}  // namespace kubus::report::html
