// What an assessment run reports: findings, report.json (versioned, documented
// in docs/report-format.md), report.md and the summary printed by `kubus assess`.
// Deterministic: the same run gives byte-identical text; nothing reads the clock.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "report/pipeline.h"

namespace kubus::report {

// A source location as `path:line`, the path relative to the assessment's directory.
std::string location(const Run& r, const SourceManager& sm, Span span);

// The same for many spans: each file's relative path is computed once (the
// report files locate every finding and gap).
class Locator {
 public:
  Locator(const Run& r, const SourceManager& sm) : r_(r), sm_(sm) {}
  const std::string& path(FileId file);  // relative to the assessment's directory
  std::string operator()(Span span);     // `path:line`; empty for no location

 private:
  const Run& r_;
  const SourceManager& sm_;
  std::unordered_map<FileId, std::string> paths_;
};

std::string to_json(const Run& r, const SourceManager& sm, const std::string& tool_version);
std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version);
std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version);  // findings.sarif
std::string summary(const Run& r);

// The roadmap alone (`kubus roadmap`): the report's "roadmap" object, a
// readable plan, or one CSV row per initiative.
std::string roadmap_to_json(const Run& r);
std::string roadmap_text(const Run& r);
std::string roadmap_csv(const Run& r);

}  // namespace kubus::report
