// What an assessment run reports: findings, report.json (versioned, documented
// in docs/report-format.md), report.md and the summary printed by `kubus assess`.
// Deterministic: the same run gives byte-identical text; nothing reads the clock.
#pragma once
#include <string>
#include <vector>

#include "report/input.h"

namespace kubus::report {

std::string to_json(const Run& r, const SourceManager& sm, const std::string& tool_version);
std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version);
std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version);  // findings.sarif
// Page one of the report as plain text, for the terminal.
std::string summary(const Run& r, const SourceManager& sm, const std::string& tool_version);

// The report set in `dir`, replaced as a whole (driver::ReportSet): report.json
// (already rendered, as `json`: assess also prints it), report.md, report.html
// and findings.sarif, each rendered and written in turn, since the files of a
// large model are hundreds of MB each. False with `error` when one cannot be written.
bool write_reports(const Run& r, const SourceManager& sm, const std::string& dir, const std::string& json,
                   const std::string& tool_version, std::string& error);

// The roadmap alone (`kubus roadmap`): the report's "roadmap" object, a
// readable plan, or one CSV row per initiative.
std::string roadmap_to_json(const Run& r);
std::string roadmap_text(const Run& r);
std::string roadmap_csv(const Run& r);

}  // namespace kubus::report
