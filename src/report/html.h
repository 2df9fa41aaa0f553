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

namespace html {
struct SiloFigures;
}

// report.html from the run's view and its silo pictures, each made once for the
// whole report set (write_reports); the first form makes both.
std::string to_html(const Run& r, const SourceManager& sm, const std::string& tool_version);
std::string to_html(const Run& r, const view::Report& report, const html::SiloFigures& figures);

// The sections of report.html: the view's (report/view.h), rendered in page order.
namespace html {

std::string line(const view::Line& l);                                    // a sentence, escaped, with <b> and <code>
std::string section(const view::Report& report, const view::Section& s);  // a complete <section> element
std::string radar_svg(const view::Radar& r);    // current, target and projected score per dimension, as SVG
std::string radar_chart(const view::Radar& r);  // the radar's <svg> element alone (radar_svg adds the legend)
std::string cube_tables(const view::Cube& c);   // business units x phases, coloured by the share with findings
std::string gantt_table(const view::Gantt& g);  // the roadmap per quarter
std::string cards_grid(const view::Cards& c);   // the contact-moment cards a page shows
std::string graph(const Run& r, const SiloFigures& figures);  // the silo picture's whole section
// A <style> element: the footer of every printed page (title, date, page N of M).
std::string print_footer(const Run& r);

}  // namespace html
}  // namespace kubus::report
