// The customer-communication cube (view::Cube) as heatmaps: static small
// tables, no script, each cell showing and coloured by the share of its
// touchpoints with error or warning findings (the findings layer) or by their
// yearly cost of contact (the cost layer).
#include <fmt/format.h>

#include <array>

#include "report/html.h"

namespace kubus::report::html {
namespace {

// One style per legend bucket (view_cube.cpp): no touchpoints, none with
// findings, then four steps from the report's lowest share to its highest.
// Cost is no fault: its layer goes from light to dark blue, not to red.
using Styles = std::array<const char*, 6>;
constexpr Styles kFindings = {"background:#f7f7f7;color:#5b6475", "background:#dff0d8",
                              "background:#fde8c8",              "background:#f9c08f",
                              "background:#f08a65",              "background:#c0392b;color:#fff"};
constexpr Styles kCost = {"background:#f7f7f7;color:#5b6475", "background:#eef1f5;color:#5b6475",
                          "background:#deebf7",              "background:#9ecae1",
                          "background:#3f7fbf;color:#fff",   "background:#08457e;color:#fff"};

const Styles& styles(const view::Cube& c) { return c.layer == view::CubeLayer::Cost ? kCost : kFindings; }

std::string table(const view::Cube& c, const view::CubeTable& t) {
  std::string out = fmt::format("<table class=\"keep\">\n<caption>{}</caption>\n<thead><tr><th></th>",
                                html_escape(t.caption));
  for (const auto& p : c.phases) out += fmt::format("<th>{}</th>", html_escape(p));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < t.rows.size() && (t.cap == 0 || i < t.cap); ++i) {
    out += fmt::format("<tr><th>{}</th>", html_escape(t.rows[i].unit));
    for (const auto& cell : t.rows[i].cells) {
      out += fmt::format("<td style=\"{}\" title=\"{}\">{}</td>", styles(c)[cell.bucket], html_escape(cell.hint),
                         html_escape(cell.text));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (!t.more.empty()) out += "<p class=\"note\">" + html_escape(t.more) + "</p>\n";
  return out;
}

}  // namespace

std::string cube_tables(const view::Cube& c) {
  std::string out = "<p class=\"legend\">";
  for (std::size_t i = 0; i < c.legend.size() && i < styles(c).size(); ++i)
    if (!c.legend[i].empty())
      out += fmt::format("<span><i class=\"swatch\" style=\"{}\"></i>{}</span>", styles(c)[i], html_escape(c.legend[i]));
  out += "</p>\n<div class=\"cubes\">\n";
  for (const auto& t : c.tables) out += table(c, t);
  return out + "</div>\n";
}

}  // namespace kubus::report::html
