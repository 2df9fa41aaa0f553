// The department overview (graph::DepartmentOverview) as a Mermaid flowchart,
// for report.md: what report.html draws with Graphviz, in text a wiki renders.
#pragma once
#include <string>

#include "report/input.h"

namespace kubus::report {

// `flowchart TB` with a node per department (the smaller ones folded into one,
// as in report.html), an arrow per link drawn, red where gaps lie, every label
// in plain words and escaped (mermaid_label); empty for a model without departments.
std::string department_mermaid(const Run& r);

}  // namespace kubus::report
