// report.html's rendering of the view (report/view.h): each block as HTML,
// every text escaped here. The charts have writers of their own
// (html_radar.cpp, html_cube.cpp, html_gantt.cpp, html_cards.cpp); the silo picture is the
// graph writer's (html_graph.cpp).
#include <fmt/format.h>

#include <algorithm>

#include "report/html.h"

namespace kubus::report::html {
namespace {

using namespace view;

// A level reads "2 Reactive": text, though a spreadsheet keeps its number.
bool numeric(CellKind k) { return k != CellKind::Text && k != CellKind::Level; }

std::string tone_class(Tone t) {
  switch (t) {
    case Tone::Good: return "holds";
    case Tone::Bad: return "fails";
    case Tone::Muted: return "note";
    case Tone::None: break;
  }
  return {};
}

// Escaped text whose line breaks (the answers of an imported observation, one per line) show as such.
std::string text_lines(std::string_view text) {
  std::string out;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t nl = std::min(text.find('\n', from), text.size());
    out += (from ? "<br>" : "") + html_escape(text.substr(from, nl - from));
    from = nl + 1;
  }
  return out;
}

// An ID or a file location, escaped, with a line break allowed after each / and
// : ("model/<wbr>a.kubus:<wbr>12"): a narrow column breaks it there, not mid-word.
std::string breakable_code(std::string_view text) {
  std::string out = "<code>";
  for (std::size_t from = 0; from < text.size();) {
    std::size_t to = std::min(text.find_first_of("/:", from), text.size() - 1) + 1;
    out += html_escape(text.substr(from, to - from)) + (to < text.size() ? "<wbr>" : "");
    from = to;
  }
  return out + "</code>";
}

std::string cell(const Cell& c) {
  std::string classes = numeric(c.kind) ? "num" : "";
  if (std::string tone = tone_class(c.tone); !tone.empty()) classes += (classes.empty() ? "" : " ") + tone;
  std::string body = c.code ? breakable_code(c.text) : text_lines(c.text);
  if (!c.detail.empty()) body += "<br>" + breakable_code(c.detail);
  return fmt::format("<td{}>{}</td>", classes.empty() ? "" : " class=\"" + classes + "\"", body);
}

void table(std::string& out, const Table& t) {
  std::string classes = t.keep ? "keep" : "";
  if (t.dense) classes += classes.empty() ? "dense" : " dense";
  out += classes.empty() ? "<table>\n" : "<table class=\"" + classes + "\">\n";
  if (!t.caption.empty()) out += "<caption>" + html_escape(t.caption) + "</caption>\n";
  out += "<thead><tr>";
  for (const auto& c : t.columns)
    out += fmt::format("<th{}>{}</th>", numeric(c.kind) ? " class=\"num\"" : c.wide ? " class=\"wide\"" : "",
                       html_escape(c.heading));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < t.shown(); ++i) {
    out += "<tr>";
    for (const auto& c : t.rows[i]) out += cell(c);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (!t.more.empty()) out += "<p class=\"note\">" + html_escape(t.more) + "</p>\n";
}

void figures(std::string& out, const Figures& f) {
  out += "<div class=\"kpis\">\n";
  for (const auto& k : f.items)
    out += fmt::format("<div class=\"kpi\">{}<b>{}</b>{}</div>\n", html_escape(k.label), html_escape(k.value),
                       html_escape(k.detail));
  out += "</div>\n";
}

struct BlockWriter {
  std::string& out;
  void operator()(const Heading& h) const {
    out += "<h3>" + html_escape(h.text) + (h.code.empty() ? "" : " <code>" + html_escape(h.code) + "</code>") + "</h3>\n";
  }
  void operator()(const Paragraph& p) const {
    out += p.kind == Para::Note ? "<p class=\"note\">" : p.kind == Para::Flag ? "<p class=\"flag\">" : "<p>";
    out += line(p.line) + "</p>\n";
  }
  void operator()(const List& l) const {
    out += "<ul>\n";
    for (const auto& item : l.items) out += "<li>" + line(item) + "</li>\n";
    out += "</ul>\n";
  }
  void operator()(const Figures& f) const { figures(out, f); }
  void operator()(const Table& t) const { table(out, t); }
  void operator()(const Radar& r) const { out += radar_svg(r); }
  void operator()(const Cube& c) const { out += cube_tables(c); }
  void operator()(const Gantt& g) const { out += gantt_table(g); }
  void operator()(const Cards& c) const { out += cards_grid(c); }
  void operator()(const SiloPicture&) const {}  // the graph section is the graph writer's, as a whole (to_html)
};

}  // namespace

std::string line(const view::Line& l) {
  std::string out;
  for (const auto& t : l) {
    switch (t.style) {
      case Style::Strong: out += "<b>" + html_escape(t.text) + "</b>"; break;
      case Style::Code: out += "<code>" + html_escape(t.text) + "</code>"; break;
      case Style::Plain: out += html_escape(t.text); break;
    }
  }
  return out;
}

std::string section(const view::Report& report, const view::Section& s) {
  std::string out = fmt::format("<section id=\"{}\">\n", s.id);
  if (s.id == "summary")  // page one: the title, then the summary without a heading of its own
    out += "<h1>" + html_escape(report.title) + "</h1>\n<p class=\"meta\">" + line(report.meta) + "</p>\n";
  else
    out += "<h2>" + html_escape(s.heading) + "</h2>\n";
  for (const auto& b : s.blocks) std::visit(BlockWriter{out}, b);
  return out + "</section>\n";
}

}  // namespace kubus::report::html
