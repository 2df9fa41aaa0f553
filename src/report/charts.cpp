// The charts of report.html as SVG files of their own, charts/NAME.svg in the
// report set, so report.md (and report.docx, made from it) shows the pictures
// the HTML shows. They are the very SVG elements report.html holds inline, cut
// from it rather than drawn twice (the silo graph's layout is the costly part
// of a report), and made standalone documents with the SVG namespace.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "i18n/i18n.h"
#include "report/report.h"
#include "report/text.h"

namespace kubus::report {
namespace {

// The sections of report.html whose pictures report.md shows.
constexpr std::array<std::string_view, 2> kChartSections = {"radar", "graph"};

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

// The <svg> elements of the section `id` of `html`, in order.
std::vector<std::string> svgs_in(std::string_view html, std::string_view id) {
  std::vector<std::string> out;
  auto begin = html.find(fmt::format("<section id=\"{}\"", id));
  if (begin == std::string_view::npos) return out;
  std::string_view section = html.substr(begin, html.find("</section>", begin) - begin);
  for (auto at = section.find("<svg"); at != std::string_view::npos; at = section.find("<svg", at)) {
    auto end = section.find("</svg>", at);
    if (end == std::string_view::npos) break;
    out.emplace_back(section.substr(at, end + 6 - at));
    at = end;
  }
  return out;
}

}  // namespace

std::vector<Chart> charts_of(std::string_view html, Lang lang) {
  std::vector<Chart> out;
  for (std::string_view id : kChartSections) {
    auto svgs = svgs_in(html, id);
    for (std::size_t i = 0; i < svgs.size(); ++i)
      out.push_back({std::string(id), i == 0 ? fmt::format("charts/{}.svg", id) : fmt::format("charts/{}-{}.svg", id, i + 1),
                     chart_title(lang, id), standalone(std::move(svgs[i]))});
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
