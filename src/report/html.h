// report.html (ENGINE.md §4): one self-contained page for an executive, then
// the evidence. Inline CSS and inline SVG only: no script, no network, no
// external font. Printed to A4 every section starts on a new page. Every name
// from the model or the assessment goes through `html_escape` (support/escape.h). Deterministic: the
// same run gives the same bytes.
#pragma once
#include <string>
#include <string_view>

#include "graph/analysis.h"
#include "report/input.h"
#include "report/view.h"
#include "support/escape.h"  // html_escape

namespace kubus::report {

std::string to_html(const Run& r, const SourceManager& sm, const std::string& tool_version);

// The sections of report.html: the view's (report/view.h), rendered in page order.
namespace html {

std::string line(const view::Line& l);  // a sentence, escaped, with <b> and <code>
std::string section(const view::Report& report, const view::Section& s);  // a complete <section> element
std::string radar_svg(const view::Radar& r);    // current, target and projected score per dimension, as SVG
std::string cube_tables(const view::Cube& c);   // business units x phases, coloured by the share with findings
std::string gantt_table(const view::Gantt& g);  // the roadmap per quarter
std::string graph(const Run& r);  // the silo picture's whole section, laid out by Graphviz
// A <style> element: the footer of every printed page (title, date, page N of M).
std::string print_footer(const Run& r);

// Above this many vertices the graph section draws only the gaps and their
// direct neighbours, or the gaps alone; nothing when even those are more.
inline constexpr int kGraphFullLimit = 150;
// A larger graph is cut down to its gaps; the cut-down drawing is kept smaller
// still, since an executive reads the biggest silos, not the whole organisation,
// and the layout's cost grows faster than its size.
inline constexpr int kGraphGapLimit = 60;

// What the silo graph draws of a run's analysis: the whole graph up to
// kGraphFullLimit vertices. A larger one is cut down, on the analysis's data,
// to the highlighted vertices and their direct neighbours, to those alone, or
// to the biggest gaps that fit together, whichever is the first to fit
// kGraphGapLimit.
struct GraphSelection {
  graph::Shown shown;  // by vertex; empty: the whole graph
  std::string note;    // what the reader should know about the cut; empty for the whole graph
  bool drawn = true;   // false when not even the biggest gap fits (the note says so)
};
GraphSelection select_graph(const graph::Analysis& a);

}  // namespace html
}  // namespace kubus::report
