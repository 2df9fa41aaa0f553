#include "driver/output.h"
#include "report/html.h"
#include "report/report.h"
#include "report/view.h"

namespace kubus::report {

bool write_reports(const Run& r, const SourceManager& sm, const std::string& dir, const std::string& tool_version,
                   std::string& error) {
  driver::ReportSet set(dir);
  auto json = [&](const Piece& write) { stream_json(r, sm, tool_version, write); };
  if (!set.open(error) || !set.add_streamed("report.json", json, error)) return false;
  std::string html = to_html(r, sm, tool_version);
  std::vector<Chart> charts = charts_of(r, view::build(r, sm, tool_version));  // report.md shows them as images
  for (const Chart& c : charts)
    if (!set.add(c.file, c.svg, error)) return false;
  return set.add("report.md", to_markdown(r, sm, tool_version, charts), error) &&
         set.add("report.html", html, error) &&
         set.add_streamed("findings.sarif", [&](const Piece& write) { stream_sarif(r, sm, tool_version, write); },
                          error) &&
         set.add_made("report.xlsx", [&](const std::string& path, std::string& e) { return write_xlsx(r, sm, path, e); },
                      error) &&
         set.commit(error);
}

}  // namespace kubus::report
