// The silo pictures of report.html: the department overview and one small
// diagram per top gap, each a <figure> whose SVG fits the column (svg_fit.h).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "report/input.h"

namespace kubus::report::html {

// A silo picture: its <svg> element (empty when Graphviz failed; the caption
// says why) and its caption, HTML-escaped. The *_figure functions put it in a
// <figure>; report.md's charts/ files are the SVG alone (report/charts.cpp).
struct SiloChart {
  std::string svg, caption;
};

// Departments sized by their touchpoints, the handoffs between them, and the
// gaps on both in plain words; a large organisation's smaller departments are
// folded into one node and its smaller links left out (the caption says so).
std::string overview_figure(const Run& r);
SiloChart overview_chart(const Run& r);
// The departments and links the overview draws at most (Mermaid too).
inline constexpr std::size_t kOverviewDepartments = 11;  // and one box for the rest
inline constexpr std::size_t kMaxEdges = 18;              // those with gaps first, then the busiest

// The gap at r.silo.gaps.gaps[gap_index] with only the touchpoints, systems and
// departments it involves, by title; at most kFocusVertices of them, the
// caption saying how many more the gap has. `number` is its place in the list.
std::string focus_figure(const Run& r, std::size_t gap_index, std::size_t number);
SiloChart focus_chart(const Run& r, std::size_t gap_index, std::size_t number);
// The gaps the silo section draws up close, as indices into r.silo.gaps.gaps:
// the top gaps by customer impact, as page one ranks them.
std::vector<std::size_t> focus_gaps(const Run& r);
inline constexpr std::size_t kFocusVertices = 12;

// A department node's name: its title, "No department", or "N other departments".
std::string department_name(const Run& r, model::Index department, std::size_t folded);

}  // namespace kubus::report::html
