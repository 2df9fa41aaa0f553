// Renders collected diagnostics for people (caret lines), editors (JSON) and
// code scanning (SARIF 2.1.0).
#pragma once
#include <string>

#include "diag/diagnostic.h"

namespace kubus {

std::string render_text(const Diagnostics& diags, const SourceManager& sm, bool color);
std::string render_json(const Diagnostics& diags, const SourceManager& sm);
std::string render_sarif(const Diagnostics& diags, const SourceManager& sm, const std::string& tool_version);

}  // namespace kubus
