// report.html: the page around the sections, its stylesheet and escaping.
#include "report/html.h"

#include <fmt/format.h>

#include "report/silo_figures.h"

namespace kubus::report {
namespace {

// Screen first; the print rules give A4 pages at true scale, a new page per
// main part and no table row or chart cut in half.
constexpr const char* kStyle = R"(
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5d9e0; --accent: #1f5fa8; --bad: #c0392b; --good: #2e8540; }
* { box-sizing: border-box; }
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem;
       padding: 1.5rem; line-height: 1.4; font-size: 15px; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
.meta, .note { color: var(--muted); }
.kpis { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.kpi { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; min-width: 10rem; }
.kpi b { display: block; font-size: 1.5rem; white-space: nowrap; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f1f3f6; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.num code { white-space: normal; }
table.dense { font-size: .8rem; }
th.wide { min-width: 10rem; }
/* IDs and file locations break after their / and : (html_view's <wbr>), and inside a word only
   when a word alone is wider than its column: "anywhere" let the table squeeze them to a letter a line. */
td code { overflow-wrap: break-word; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; }
.holds { color: var(--good); } .fails { color: var(--bad); }
.unreachable li { margin-bottom: .3rem; }
figure { margin: 1rem 0; }
#radar svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; }
.legend span { display: inline-block; margin-right: 1rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: -0.1rem; margin-right: .3rem;
          border: 1px solid var(--line); }
.cubes { display: flex; flex-wrap: wrap; gap: 0 1.2rem; }
.cubes table { font-size: .8rem; }
.cubes td { text-align: center; min-width: 3.6rem; }
.cubes tbody th { max-width: 10rem; font-weight: normal; }
caption { font-weight: bold; text-align: left; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; margin: .5rem 0 1rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; font-size: .78rem; line-height: 1.25; }
.card h3 { margin: 0; font-size: .95rem; }
.card .lead { margin: 0 0 .3rem; color: var(--muted); }
.card dl { display: grid; grid-template-columns: 6.4rem 1fr; gap: .1rem .5rem; margin: 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
figure.silo svg { display: block; width: 100%; height: auto; margin: 0 auto; }
figure.focus { break-inside: avoid; }
table.gantt { table-layout: fixed; width: 100%; }
table.gantt thead tr:first-child th:first-child { width: 30%; }
table.gantt td.q { padding: 0; }
table.gantt td.bar { background: var(--accent); color: #fff; font-size: .75rem; text-align: center; }
table.gantt td.bar.stretched { background: #6f9bd0; }
table.gantt tfoot th { font-weight: normal; font-size: .8rem; }
table.gantt tfoot td { font-size: .75rem; }
.flag { border-left: 4px solid #d68910; padding: .2rem .6rem; background: #fdf4e3; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  /* Type a board reads on A4 at true scale: body 9.5 pt, tables 8.5 pt, dense tables 8 pt, the Gantt's
     bars 7.5 pt and the smallest, IDs in dense tables, 7.2 pt: over the 7 pt the browser test asks. The
     root size scales the rem-sized headings, figures, captions and spacing with it. */
  html { font-size: 13px; }
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.3; }
  /* Every table fits the printed column: one wider makes Chromium shrink every page to fit it. */
  table { font-size: 8.5pt; margin: .3rem 0 .6rem; } table.dense, .cubes table { font-size: 8pt; }
  td code { font-size: .9em; }
  th, td { padding: .15rem .35rem; }
  table.gantt td.bar { font-size: 7.5pt; }
  h2 { margin: 1.6rem 0 .5rem; } h3 { margin: .9rem 0 .3rem; } p, ul { margin: .35rem 0; } figure { margin: .6rem 0; }
  /* The main parts start a page (the summary, the scores, the silo picture, the roadmap, the
     dimensions); the sections between them follow on. A page per section left half-empty pages. */
  #radar, #graph, #roadmap, #dimensions { break-before: page; }
  #radar h2, #graph h2, #roadmap h2, #dimensions h2 { margin-top: 0; }
  h2, h3 { break-after: avoid; }
  table.keep, figure, svg, .kpis, .card { break-inside: avoid; }
  /* Page one's four figures in one row: two rows pushed its last lines onto a page of their own. */
  .kpis { display: grid; grid-auto-flow: column; grid-auto-columns: auto; gap: .6rem; }
  .kpi { min-width: min-content; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

}  // namespace

std::string to_html(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  return to_html(r, view::build(r, sm, tool_version), html::silo_figures(r));
}

std::string to_html(const Run& r, const view::Report& report, const html::SiloFigures& figures) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"kubus {}\">\n<title>{}</title>\n<style>{}</style>\n{}</head>\n<body>\n",
      code_of(r.lang), html_escape(report.tool_version), html_escape(r.assessment.title), kStyle, html::print_footer(r));
  for (const auto& s : report.sections) out += s.id == "graph" ? html::graph(r, figures) : html::section(report, s);
  return out + "</body>\n</html>\n";
}

}  // namespace kubus::report
