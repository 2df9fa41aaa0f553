// The roadmap as a Gantt chart (view::Gantt): a table with one bar per
// initiative across the horizon's quarters, effort per quarter and cost per
// year under it.
#include <fmt/format.h>

#include "report/html.h"

namespace kubus::report::html {
namespace {

// The quarters under their years when the horizon has a start; else the quarter labels.
std::string header(const view::Gantt& g, const std::string& first_heading) {
  if (g.years.empty()) {
    std::string row = "<thead><tr><th>" + first_heading + "</th>";
    for (const auto& q : g.quarters) row += "<th>" + html_escape(q) + "</th>";
    return row + "</tr></thead>\n";
  }
  std::string years = "<tr><th rowspan=\"2\">" + first_heading + "</th>", labels = "<tr>";
  std::size_t q = 0;
  for (const auto& [year, span] : g.years) {
    years += fmt::format("<th colspan=\"{}\">{}</th>", span, year);
    for (int k = 0; k < span; ++k, ++q) {
      const std::string& label = q < g.quarters.size() ? g.quarters[q] : std::string();
      labels += "<th>" + html_escape(label.substr(label.find('-') == std::string::npos ? 0 : label.find('-') + 1)) + "</th>";
    }
  }
  return "<thead>" + years + "</tr>\n" + labels + "</tr></thead>\n";
}

std::string footer(const view::Gantt& g) {
  std::string effort = "<tr><th>" + html_escape(g.effort_label) + "</th>";
  for (const auto& e : g.effort) effort += "<td class=\"num\">" + html_escape(e) + "</td>";
  std::string cost = "<tr><th>" + html_escape(g.cost_label) + "</th>";
  for (const auto& [span, amount] : g.cost)
    cost += fmt::format("<td class=\"num\" colspan=\"{}\">{}</td>", span, html_escape(amount));
  return "<tfoot>\n" + effort + "</tr>\n" + cost + "</tr>\n</tfoot>\n";
}

}  // namespace

std::string gantt_table(const view::Gantt& g) {
  const int quarters = static_cast<int>(g.quarters.size());
  std::string out = "<table class=\"gantt keep\">\n" + header(g, html_escape(g.heading)) + "<tbody>\n";
  for (std::size_t i = 0; i < g.bars.size() && (g.cap == 0 || i < g.cap); ++i) {
    const view::Bar& b = g.bars[i];
    out += "<tr><td>" + html_escape(b.title) + "</td>";
    for (int q = 0; q < b.start; ++q) out += "<td class=\"q\"></td>";
    std::string label = b.end == b.start ? html_escape(b.effort) + "<br>" + html_escape(b.uplift) : html_escape(b.label);
    out += fmt::format("<td class=\"bar{}\" colspan=\"{}\" title=\"{}\">{}</td>", b.stretched ? " stretched" : "",
                       b.end - b.start + 1, html_escape(b.hover), label);
    for (int q = b.end + 1; q < quarters; ++q) out += "<td class=\"q\"></td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n" + footer(g) + "</table>\n";
  if (!g.more.empty()) out += "<p class=\"note\">" + html_escape(g.more) + "</p>\n";
  return out;
}

}  // namespace kubus::report::html
