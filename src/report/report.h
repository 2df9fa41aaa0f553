// What an assessment run reports: findings, report.json (versioned, documented
// in docs/report-format.md), report.md and the summary printed by `kubus assess`.
// Deterministic: the same run gives byte-identical text; nothing reads the clock.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/input.h"

namespace kubus::report {

namespace view {
struct Report;
}
namespace html {
struct SiloFigures;
class ChildServer;
}

// While one lives, the figures of report.html are laid out by a process forked
// when it was made, with its Graphviz context warmed there (html::ChildServer):
// made before a large model is loaded, that process stays small, and so does
// the cost of forking a fresh child from it for each layout. Without one, each
// layout forks this process. The drawings are the same either way.
class FigureLayouts {
 public:
  FigureLayouts();
  ~FigureLayouts();
  FigureLayouts(const FigureLayouts&) = delete;
  FigureLayouts& operator=(const FigureLayouts&) = delete;

 private:
  std::unique_ptr<html::ChildServer> server_;
};

// A chart of report.html as a file of the report set (report/charts.cpp).
struct Chart {
  std::string section;  // the report.html section it is drawn in: radar, graph
  std::string file;     // its name in the report set: charts/radar.svg
  std::string title;    // in the run's language: the image's alternative text
  std::string svg;      // a standalone SVG document
};
// The charts report.html shows, as files: the radar drawn from the view
// (`report`, of the run `r`) by the function report.html draws it with, and
// the silo pictures report.html shows (`figures`), the same SVGs.
std::vector<Chart> charts_of(const Run& r, const view::Report& report, const html::SiloFigures& figures);
// Markdown images of the charts of `section`, each a paragraph.
std::string chart_images(const std::vector<Chart>& charts, std::string_view section);

std::string to_json(const Run& r, const SourceManager& sm, const std::string& tool_version);
// report.json and findings.sarif in pieces of about a megabyte, each handed to
// `write` as it is made: the files of a large model are hundreds of MB each.
using Piece = std::function<void(std::string_view)>;
void stream_json(const Run& r, const SourceManager& sm, const std::string& tool_version, const Piece& write);
void stream_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version, const Piece& write);
// report.md; with `charts`, each shown as an image in its section. The second
// form renders the view the report set shares (write_reports).
std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version,
                        const std::vector<Chart>& charts = {});
std::string to_markdown(const Run& r, const view::Report& report, const std::vector<Chart>& charts);
std::string to_sarif(const Run& r, const SourceManager& sm, const std::string& tool_version);  // findings.sarif
// Page one of the report as plain text, for the terminal.
std::string summary(const Run& r, const std::string& tool_version);

// The report set in `dir`, replaced as a whole (driver::ReportSet): report.json,
// report.md, report.html, report.xlsx and findings.sarif, each rendered and written in
// turn, report.json and findings.sarif in pieces, since the files of a large model are
// hundreds of MB each. False with `error` when one cannot be written.
bool write_reports(const Run& r, const SourceManager& sm, const std::string& dir, const std::string& tool_version,
                   std::string& error);

// report.xlsx at `path`: the summary, scores, findings, gaps, KPIs and SLAs
// and the roadmap as Excel tables (report/xlsx.cpp).
bool write_xlsx(const Run& r, const SourceManager& sm, const std::string& path, std::string& error);

// report.pdf (chromium prints report.html) and report.docx (pandoc converts
// report.md), added to the report set already committed in `dir`; each made
// whole or not at all (report/deliver.cpp). The errors, one per file not
// written: a missing program is named with the package to install.
struct Deliverables {
  bool pdf = false, docx = false;
};
// `which` keeps only the files written.
std::vector<std::string> write_deliverables(const std::string& dir, Lang lang, Deliverables& which);
// The line `kubus assess` ends with: "Wrote report.json, ... and findings.sarif to DIR".
std::string written_files(Lang lang, Deliverables made, const std::string& dir);

// The roadmap alone (`kubus roadmap`): the report's "roadmap" object, a
// readable plan, or one CSV row per initiative.
std::string roadmap_to_json(const Run& r);
std::string roadmap_text(const Run& r);
std::string roadmap_csv(const Run& r);

}  // namespace kubus::report
