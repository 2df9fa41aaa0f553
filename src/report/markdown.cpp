// report.md: the report for a pull request or a wiki, with the same sections
// as report.html (report/view.h): the charts as tables, the silo picture as a
// Mermaid diagram. Every text is Markdown-escaped here.
#include <fmt/format.h>

#include <algorithm>

#include "i18n/i18n.h"
#include "report/department_mermaid.h"
#include "report/markdown.h"
#include "report/report.h"
#include "report/view.h"

namespace kubus::report {
namespace {

using namespace view;

std::string line(const Line& l) {
  std::string out;
  for (const auto& t : l) {
    switch (t.style) {
      case Style::Strong: out += "**" + md_escape(t.text) + "**"; break;
      case Style::Code: out += "`" + md_code(t.text) + "`"; break;
      case Style::Plain: out += md_escape(t.text); break;
    }
  }
  return out;
}

// A cell's lines (an initiative's title over when it runs, the answers of an
// imported observation) as one, "; " between them: a table row is one line.
std::string cell_text(std::string_view text) {
  std::string out;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t nl = std::min(text.find('\n', from), text.size());
    out += (from ? "; " : "") + md_escape(text.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

std::string cell(const Cell& c) {
  std::string out = c.code && !c.text.empty() ? "`" + md_code(c.text) + "`" : cell_text(c.text);
  if (!c.detail.empty()) out += " (`" + md_code(c.detail) + "`)";
  return out;
}

// A table's header and rule; numbers are right-aligned.
std::string head(const std::vector<std::string>& headings, const std::vector<bool>& numeric) {
  std::string out = "|", rule = "|";
  for (std::size_t i = 0; i < headings.size(); ++i) {
    out += " " + md_escape(headings[i]) + " |";
    rule += numeric[i] ? "---:|" : "---|";
  }
  return out + "\n" + rule + "\n";
}

void table(std::string& out, const Table& t) {
  if (!t.caption.empty()) out += "**" + md_escape(t.caption) + "**\n\n";
  std::vector<std::string> headings;
  std::vector<bool> numeric;
  for (const auto& c : t.columns) {
    headings.push_back(c.heading);
    numeric.push_back(c.kind != CellKind::Text && c.kind != CellKind::Level);
  }
  out += head(headings, numeric);
  for (std::size_t i = 0; i < t.shown(); ++i) {
    out += "|";
    for (const auto& c : t.rows[i]) out += " " + cell(c) + " |";
    out += "\n";
  }
  out += "\n";
  if (!t.more.empty()) out += "_" + md_escape(t.more) + "_\n\n";
}

void radar(std::string& out, const Radar& r, Lang lang) {
  std::vector<std::string> headings{""};
  std::vector<bool> numeric{false};
  for (const auto& s : r.series) {
    headings.push_back(s.name);
    numeric.push_back(true);
  }
  out += head(headings, numeric);
  for (std::size_t i = 0; i < r.axes.size(); ++i) {
    out += "| " + md_escape(r.axes[i]) + " |";
    for (const auto& s : r.series) out += " " + i18n::number(lang, s.values[i], 2) + " |";
    out += "\n";
  }
  out += "\n" + md_escape(r.caption) + "\n\n";
}

void cube(std::string& out, const Cube& c, Lang lang) {
  std::vector<std::string> headings{""};
  headings.insert(headings.end(), c.phases.begin(), c.phases.end());
  std::vector<bool> numeric(headings.size(), true);
  numeric[0] = false;
  // A findings cell gives its counts in brackets (report.html: the tooltip); a cost cell is the amount.
  const bool counts = c.layer == CubeLayer::Findings;
  for (const auto& t : c.tables) {
    out += "**" + md_escape(t.caption) + "**\n\n" + head(headings, numeric);
    for (std::size_t i = 0; i < t.rows.size() && (t.cap == 0 || i < t.cap); ++i) {
      out += "| " + md_escape(t.rows[i].unit) + " |";
      for (const auto& cell : t.rows[i].cells)
        out += " " + md_escape(cell.text) +
               (counts && cell.touchpoints ? fmt::format(" ({}/{})", i18n::number(lang, double(cell.with_findings)),
                                                         i18n::number(lang, double(cell.touchpoints)))
                                           : "") +
               " |";
      out += "\n";
    }
    out += "\n";
    if (!t.more.empty()) out += "_" + md_escape(t.more) + "_\n\n";
  }
}

// The Gantt chart as a grid: a mark in every quarter an initiative runs.
void gantt(std::string& out, const Gantt& g) {
  std::vector<std::string> headings{g.heading};
  headings.insert(headings.end(), g.quarters.begin(), g.quarters.end());
  out += head(headings, std::vector<bool>(headings.size(), false));
  for (std::size_t i = 0; i < g.bars.size() && (g.cap == 0 || i < g.cap); ++i) {
    const Bar& b = g.bars[i];
    out += "| " + md_escape(b.title) + " (" + md_escape(b.label) + ") |";
    for (int q = 0; q < static_cast<int>(g.quarters.size()); ++q) out += q >= b.start && q <= b.end ? " ■ |" : " |";
    out += "\n";
  }
  out += "| **" + md_escape(g.effort_label) + "** |";
  for (const auto& e : g.effort) out += " " + md_escape(e) + " |";
  out += "\n\n";
  if (!g.more.empty()) out += "_" + md_escape(g.more) + "_\n\n";
  std::string costs;
  for (const auto& [span, amount] : g.cost) costs += (costs.empty() ? "" : ", ") + md_escape(amount);
  if (!costs.empty()) out += md_escape(g.cost_label) + ": " + costs + ".\n\n";
}

// A card: its title and lead, then an item per answer.
void cards(std::string& out, const Cards& c) {
  for (std::size_t i = 0; i < c.shown(); ++i) {
    const Card& card = c.cards[i];
    out += "### " + md_escape(card.title) + " (`" + md_code(card.code) + "`)\n\n_" + md_escape(card.lead) + "_\n\n";
    for (const auto& row : card.rows) {
      std::string facts;
      for (const auto& f : row.facts) facts += (facts.empty() ? "" : "; ") + md_escape(f.text);
      out += "- **" + md_escape(row.label) + ":** " + facts + "\n";
    }
    out += "\n";
  }
}

struct BlockWriter {
  const Run& r;
  std::string& out;
  void operator()(const Heading& h) const {
    out += "### " + md_escape(h.text) + (h.code.empty() ? "" : " (`" + md_code(h.code) + "`)") + "\n\n";
  }
  void operator()(const Paragraph& p) const { out += (p.kind == Para::Flag ? "> " : "") + line(p.line) + "\n\n"; }
  void operator()(const List& l) const {
    for (const auto& item : l.items) out += "- " + line(item) + "\n";
    out += "\n";
  }
  void operator()(const Figures& f) const {
    for (const auto& k : f.items)
      out += "- **" + md_escape(k.label) + ":** " + md_escape(k.value) + (k.detail.empty() ? "" : " (" + md_escape(k.detail) + ")") + "\n";
    out += "\n";
  }
  void operator()(const Table& t) const { table(out, t); }
  void operator()(const Radar& c) const { radar(out, c, r.lang); }
  void operator()(const Cube& c) const { cube(out, c, r.lang); }
  void operator()(const Gantt& g) const { gantt(out, g); }
  void operator()(const Cards& c) const { cards(out, c); }
  void operator()(const SiloPicture&) const { out += graph_markdown(r); }
};

}  // namespace

std::string md_code(std::string_view s) {
  std::string out = one_line(s);
  for (char& c : out)
    if (c == '`') c = '\'';
  return out;
}

std::string graph_markdown(const Run& r) {
  std::string chart = department_mermaid(r);
  return chart.empty() ? std::string() : "```mermaid\n" + chart + "```\n\n";
}

std::string to_markdown(const Run& r, const SourceManager& sm, const std::string& tool_version,
                        const std::vector<Chart>& charts) {
  return to_markdown(r, view::build(r, sm, tool_version), charts);
}

std::string to_markdown(const Run& r, const view::Report& report, const std::vector<Chart>& charts) {
  std::string out = "# " + md_escape(report.title) + "\n\n" + line(report.meta) + "\n\n";
  for (const auto& s : report.sections) {
    out += "## " + md_escape(s.heading) + "\n\n";
    for (const auto& b : s.blocks) std::visit(BlockWriter{r, out}, b);
    out += chart_images(charts, s.id);  // the charts as pictures, for report.docx
  }
  // Each section ends with a blank line to part it from the next; the file ends with one newline.
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace kubus::report
