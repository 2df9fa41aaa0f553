// report.md's parts that other writers reuse.
#pragma once
#include <string>

#include "report/input.h"

namespace kubus::report {

// The silo picture's body in report.md: a Mermaid diagram, or a note when the
// model is too large to draw.
std::string graph_markdown(const Run& r);

// Text inside a Markdown code span: on one line, a backtick replaced by a
// quote (a code span cannot escape one).
std::string md_code(std::string_view s);

}  // namespace kubus::report
