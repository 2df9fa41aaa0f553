#include "driver/output.h"
#include "report/html.h"
#include "report/report.h"

namespace kubus::report {

bool write_reports(const Run& r, const SourceManager& sm, const std::string& dir, const std::string& json,
                   const std::string& tool_version, std::string& error) {
  driver::ReportSet set(dir);
  return set.open(error) && set.add("report.json", json, error) &&
         set.add("report.md", to_markdown(r, sm, tool_version), error) &&
         set.add("report.html", to_html(r, sm, tool_version), error) &&
         set.add("findings.sarif", to_sarif(r, sm, tool_version), error) && set.commit(error);
}

}  // namespace kubus::report
