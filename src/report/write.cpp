#include "driver/output.h"
#include "report/html.h"
#include "report/report.h"
#include "report/silo_figures.h"
#include "report/view.h"

namespace kubus::report {
namespace {

// report.html, report.md and charts/ from one view and one drawing of each
// figure; the view is freed before the large files that follow are made.
bool add_pages(driver::ReportSet& set, const Run& r, const SourceManager& sm, const std::string& tool_version,
               std::string& error) {
  const view::Report report = view::build(r, sm, tool_version);
  const html::SiloFigures figures = html::silo_figures(r);
  std::vector<Chart> charts = charts_of(r, report, figures);  // report.md shows them as images
  for (const Chart& c : charts)
    if (!set.add(c.file, c.svg, error)) return false;
  return set.add("report.md", to_markdown(r, report, charts), error) &&
         set.add("report.html", to_html(r, report, figures), error);
}

}  // namespace

bool write_reports(const Run& r, const SourceManager& sm, const std::string& dir, const std::string& tool_version,
                   std::string& error) {
  driver::ReportSet set(dir);
  auto json = [&](const Piece& write) { stream_json(r, sm, tool_version, write); };
  if (!set.open(error) || !set.add_streamed("report.json", json, error)) return false;
  return add_pages(set, r, sm, tool_version, error) &&
         set.add_streamed("findings.sarif", [&](const Piece& write) { stream_sarif(r, sm, tool_version, write); },
                          error) &&
         set.add_made("report.xlsx", [&](const std::string& path, std::string& e) { return write_xlsx(r, sm, path, e); },
                      error) &&
         set.commit(error);
}

}  // namespace kubus::report
