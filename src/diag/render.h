// Renders collected diagnostics for people (caret lines), editors (JSON) and
// code scanning (SARIF 2.1.0), straight to a stream. Only what
// Diagnostics::shown() selects is printed (sort first); the rest is counted.
#pragma once
#include <iosfwd>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "diag/diagnostic.h"

namespace kubus {

void render_text(std::ostream& out, const Diagnostics& diags, const SourceManager& sm, bool color);
void render_json(std::ostream& out, const Diagnostics& diags, const SourceManager& sm);
void render_sarif(std::ostream& out, const Diagnostics& diags, const SourceManager& sm, const std::string& tool_version);
// The diagnostics render_json prints, as its array: for documents that embed
// them (`kubus test --format json`, `kubus fmt --format json`).
nlohmann::ordered_json diagnostics_json(const Diagnostics& diags, const SourceManager& sm);

}  // namespace kubus
