// The charts of report.html as SVG files of their own, charts/NAME.svg in the
// report set, so report.md (and report.docx, made from it) shows the pictures
// the HTML shows: the radar drawn from the view's Radar by the very function
// that draws it inline in report.html, the silo pictures the very SVGs
// report.html shows (laid out once), each made a standalone document with the
// SVG namespace.
#include <fmt/format.h>

#include <algorithm>
#include <variant>

#include "i18n/i18n.h"
#include "report/html.h"
#include "report/report.h"
#include "report/silo_figures.h"
#include "report/text.h"
#include "report/view.h"

namespace kubus::report {
namespace {

// The pictures' alternative text (written out in tr calls, so that xgettext finds them).
std::string chart_title(Lang lang, std::string_view section) {
  return section == "radar" ? i18n::tr(lang, "Radar chart of the scores per dimension")
                            : i18n::tr(lang, "Diagram of the silos and their gaps");
}

// An inline SVG element as a file: the XML declaration, and the namespaces an
// HTML parser implies but an SVG reader needs.
std::string standalone(std::string svg) {
  std::string_view tag(svg.data(), std::min(svg.find('>'), svg.size()));
  std::string add;
  if (tag.find("xmlns=") == std::string_view::npos) add += " xmlns=\"http://www.w3.org/2000/svg\"";
  if (tag.find("xmlns:xlink=") == std::string_view::npos && svg.find("xlink:") != std::string::npos)
    add += " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
  svg.insert(4, add);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
}

// A chart's <svg> element without what a figure puts around it (the line break
// Graphviz's output ends with).
std::string element(const std::string& svg) {
  const auto begin = svg.find("<svg"), end = svg.rfind("</svg>");
  if (begin == std::string::npos || end == std::string::npos) return {};
  return svg.substr(begin, end + 6 - begin);
}

void add(std::vector<Chart>& out, Lang lang, std::string_view section, const std::string& svg) {
  std::string drawn = element(svg);
  if (drawn.empty()) return;  // Graphviz failed: the figure's caption says so
  const std::size_t n = static_cast<std::size_t>(
      std::count_if(out.begin(), out.end(), [&](const Chart& c) { return c.section == section; }));
  out.push_back({std::string(section),
                 n == 0 ? fmt::format("charts/{}.svg", section) : fmt::format("charts/{}-{}.svg", section, n + 1),
                 chart_title(lang, section), standalone(std::move(drawn))});
}

}  // namespace

std::vector<Chart> charts_of(const Run& r, const view::Report& report, const html::SiloFigures& figures) {
  std::vector<Chart> out;
  for (const view::Section& s : report.sections) {
    if (s.id == "radar")
      for (const view::Block& b : s.blocks)
        if (const auto* radar = std::get_if<view::Radar>(&b)) add(out, r.lang, "radar", html::radar_chart(*radar));
    if (s.id != "graph" || r.silo.departments.nodes.empty()) continue;
    add(out, r.lang, "graph", figures.overview.svg);
    for (const html::SiloChart& c : figures.focus) add(out, r.lang, "graph", c.svg);
  }
  return out;
}

std::string chart_images(const std::vector<Chart>& charts, std::string_view section) {
  std::string out;
  for (const Chart& c : charts)
    if (c.section == section) out += fmt::format("![{}]({})\n\n", md_escape(c.title), c.file);
  return out;
}

}  // namespace kubus::report
