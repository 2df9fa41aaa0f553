// report.md's parts that other writers reuse.
#pragma once
#include <string>

#include "report/input.h"

namespace kubus::report {

// The silo picture's body in report.md: the department overview as a Mermaid
// diagram (department_mermaid.h); empty for a model without departments.
std::string graph_markdown(const Run& r);

// Text inside a Markdown code span: on one line, a backtick replaced by a
// quote (a code span cannot escape one).
std::string md_code(std::string_view s);

}  // namespace kubus::report
