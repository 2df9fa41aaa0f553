// The silo section of report.html: the department overview, where its gaps
// are, and a small diagram of each top gap. The whole dependency graph is too
// big to read on a page; `kubus graph` exports it.
#include <fmt/format.h>

#include <algorithm>

#include "i18n/i18n.h"
#include "report/gap_words.h"
#include "report/html.h"
#include "report/silo_figures.h"
#include "report/top_gaps.h"

namespace kubus::report::html {
namespace {

constexpr int kFocusGaps = 3;
constexpr std::size_t kPlaces = 8;  // rows of the "where" table

struct Place {
  std::string where;
  std::size_t handoffs = 0;  // 0 for a department
  const graph::GapCounts* gaps;
};

std::string gap_words(Lang lang, const graph::GapCounts& gaps) {
  std::string out;
  for (const auto& k : schema::kGapKinds)
    if (std::size_t n = gaps[static_cast<std::size_t>(k.kind)]) out += (out.empty() ? "" : "; ") + gap_count(lang, k.kind, n);
  return out;
}

// Departments and links with gaps, most gaps first.
std::vector<Place> places(const Run& r) {
  const graph::DepartmentOverview& o = r.silo.departments;
  auto name = [&](std::size_t i) { return department_name(r, o.nodes[i].department, o.nodes[i].folded); };
  std::vector<Place> out;
  for (std::size_t i = 0; i < o.nodes.size(); ++i)
    if (graph::total(o.nodes[i].gaps)) out.push_back({name(i), 0, &o.nodes[i].gaps});
  for (const auto& e : o.edges)
    if (graph::total(e.gaps)) out.push_back({name(e.from) + " → " + name(e.to), e.handoffs, &e.gaps});
  std::stable_sort(out.begin(), out.end(),
                   [](const Place& a, const Place& b) { return graph::total(*a.gaps) > graph::total(*b.gaps); });
  return out;
}

std::string places_table(const Run& r) {
  const Lang lang = r.lang;
  std::vector<Place> all = places(r);
  if (all.empty()) return {};
  std::string out = fmt::format("<table class=\"places\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead>\n<tbody>\n",
                                html_escape(i18n::tr(lang, "Where")), html_escape(i18n::tr(lang, "Handoffs")),
                                html_escape(i18n::tr(lang, "What goes wrong")));
  for (std::size_t i = 0; i < all.size() && i < kPlaces; ++i)
    out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n", html_escape(all[i].where),
                       all[i].handoffs ? i18n::number(lang, double(all[i].handoffs)) : "–",
                       html_escape(gap_words(lang, *all[i].gaps)));
  out += "</tbody>\n</table>\n";
  if (all.size() > kPlaces)
    out += "<p class=\"note\">" +
           html_escape(fmt::format(fmt::runtime(i18n::trn(lang,
                                                "And {n} more place with gaps: the list of gaps and report.json have "
                                                "them all.",
                                                "And {n} more places with gaps: the list of gaps and report.json have "
                                                "them all.",
                                                static_cast<long>(all.size() - kPlaces))),
                                   fmt::arg("n", i18n::number(lang, double(all.size() - kPlaces))))) +
           "</p>\n";
  return out;
}

std::string figure(const SiloChart& c, std::string_view classes) {
  return fmt::format("<figure class=\"{}\">\n{}<figcaption>{}</figcaption>\n</figure>\n", classes, c.svg, c.caption);
}

}  // namespace

SiloFigures silo_figures(const Run& r) {
  SiloFigures out;
  if (r.silo.departments.nodes.empty()) return out;
  out.overview = overview_chart(r);
  std::size_t number = 0;
  for (const GapImpact& g : top_gaps(r, kFocusGaps))
    out.focus.push_back(focus_chart(r, static_cast<std::size_t>(g.gap - r.silo.gaps.gaps.data()), ++number));
  return out;
}

std::string graph(const Run& r, const SiloFigures& figures) {
  const Lang lang = r.lang;
  std::string out = "<section id=\"graph\">\n<h2>" + html_escape(i18n::tr(lang, "Silos between departments")) + "</h2>\n";
  if (r.silo.departments.nodes.empty())
    return out + "<p>" + html_escape(i18n::tr(lang, "The model has no departments and no touchpoints to draw.")) +
           "</p>\n</section>\n";
  out += figure(figures.overview, "silo");
  out += places_table(r);
  if (!figures.focus.empty()) {
    out += "<h3>" + html_escape(i18n::tr(lang, "The biggest gaps up close")) + "</h3>\n<p>" +
           html_escape(i18n::tr(lang, "Boxes are touchpoints and cylinders systems, grouped by the department that "
                                      "owns them; arrows are handoffs, dashed lines a touchpoint using a system. Red: "
                                      "what the gap is about.")) +
           "</p>\n";
    for (const SiloChart& c : figures.focus) out += figure(c, "silo focus");
  }
  out += "<p class=\"note\">" +
         html_escape(i18n::tr(lang, "The whole dependency graph, with every touchpoint, role and system: kubus graph.")) +
         "</p>\n";
  return out + "</section>\n";
}

}  // namespace kubus::report::html
