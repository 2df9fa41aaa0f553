// The silo pictures of report.html: the department overview and one small
// diagram per top gap, each a <figure> whose SVG fits the column (svg_fit.h).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "report/input.h"

namespace kubus::report::html {

// A silo picture: its <svg> element (empty when Graphviz failed; the caption
// says why) and its caption, HTML-escaped. report.html puts it in a <figure>;
// report.md's charts/ files are the SVG alone (report/charts.cpp).
struct SiloChart {
  std::string svg, caption;
};

// The silo pictures of a run, each laid out once: report.html shows them inline
// and charts/ holds the same SVGs. Graphviz lays each out in a forked child
// (html_graphviz.h), which at 100,000 touchpoints copies the page tables of a
// process of over a GB: drawing them once for both halves that cost.
struct SiloFigures {
  SiloChart overview;            // nothing drawn when the model has no departments
  std::vector<SiloChart> focus;  // the top gaps up close, in the order page one ranks them
};
SiloFigures silo_figures(const Run& r);

// Departments sized by their touchpoints, the handoffs between them, and the
// gaps on both in plain words; a large organisation's smaller departments are
// folded into one node and its smaller links left out (the caption says so).
SiloChart overview_chart(const Run& r);
// The departments and links the overview draws at most (Mermaid too).
inline constexpr std::size_t kOverviewDepartments = 11;  // and one box for the rest
inline constexpr std::size_t kMaxEdges = 18;              // those with gaps first, then the busiest

// The gap at r.silo.gaps.gaps[gap_index] with only the touchpoints, systems and
// departments it involves, by title; at most kFocusVertices of them, the
// caption saying how many more the gap has. `number` is its place in the list.
SiloChart focus_chart(const Run& r, std::size_t gap_index, std::size_t number);
inline constexpr std::size_t kFocusVertices = 12;

// A department node's name: its title, "No department", or "N other departments".
std::string department_name(const Run& r, model::Index department, std::size_t folded);

}  // namespace kubus::report::html
