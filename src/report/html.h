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
#include "support/escape.h"  // html_escape

namespace kubus::report {

std::string to_html(const Run& r, const SourceManager& sm, const std::string& tool_version);

// The sections of report.html, each a complete <section> element, in page order.
namespace html {

std::string summary(const Run& r, const std::string& tool_version);  // the executive summary (first page)
std::string radar(const Run& r);     // current, target and projected score per dimension
std::string cube(const Run& r);      // business units x phases, coloured by touchpoints with findings
std::string graph(const Run& r);     // the department overview and the top gaps up close (silo_figures.h)
std::string gantt(const Run& r);     // the roadmap per quarter and the projected score per year
std::string targets(const Run& r, Locator& where);  // KPIs and SLAs against their targets; empty without any
std::string details(const Run& r, Locator& where);  // dimensions with their interview evidence, gaps, findings
std::string waivers(const Run& r, Locator& where);  // the waivers and the findings they take out; empty without any

}  // namespace html
}  // namespace kubus::report
