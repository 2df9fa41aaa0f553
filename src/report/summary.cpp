// The summary `kubus assess` prints: page one of the report (view.h) as plain
// text, readable in a terminal in a few seconds.
#include <fmt/format.h>

#include <algorithm>

#include "report/report.h"
#include "report/view.h"
#include "support/escape.h"

namespace kubus::report {
namespace {

using namespace view;

// Columns of UTF-8 text: every byte but a continuation byte starts a character.
std::size_t utf8_width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string plain(const Line& l) {
  std::string out;
  for (const auto& t : l) out += t.text;
  return out;
}

// The table with its columns aligned, numbers to the right.
void table(std::string& out, const Table& t) {
  std::vector<std::size_t> width(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    width[c] = utf8_width(t.columns[c].heading);
    for (std::size_t i = 0; i < t.shown(); ++i) width[c] = std::max(width[c], utf8_width(t.rows[i][c].text));
  }
  auto row = [&](auto&& text_of) {
    std::string line = " ";
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      std::string text = text_of(c);
      std::string pad(width[c] - utf8_width(text), ' ');
      bool right = t.columns[c].kind == CellKind::Number || t.columns[c].kind == CellKind::Money ||
                   t.columns[c].kind == CellKind::Percent;
      line += " " + (right ? pad + text : text + pad);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  };
  row([&](std::size_t c) { return t.columns[c].heading; });
  for (std::size_t i = 0; i < t.shown(); ++i) row([&](std::size_t c) { return t.rows[i][c].text; });
  if (!t.more.empty()) out += "  " + t.more + "\n";
}

struct BlockWriter {
  std::string& out;
  void operator()(const Heading& h) const { out += "\n" + h.text + "\n"; }
  void operator()(const Paragraph& p) const { out += plain(p.line) + "\n"; }
  void operator()(const List& l) const {
    for (const auto& item : l.items) out += "  - " + plain(item) + "\n";
  }
  void operator()(const Figures& f) const {
    for (const auto& k : f.items) out += k.label + ": " + k.value + (k.detail.empty() ? "" : " (" + k.detail + ")") + "\n";
  }
  void operator()(const Table& t) const { table(out, t); }
  // Charts, cards and the silo picture belong to the report files, not to page one.
  void operator()(const Radar&) const {}
  void operator()(const Cube&) const {}
  void operator()(const Gantt&) const {}
  void operator()(const Cards&) const {}
  void operator()(const SiloPicture&) const {}
};

}  // namespace

std::string summary(const Run& r, const std::string& tool_version) {
  const view::Report report = view::page_one(r, tool_version);
  std::string out = report.title + "\n" + plain(report.meta) + "\n\n";
  if (const Section* s = report.find("summary"))
    for (const auto& b : s->blocks) std::visit(BlockWriter{out}, b);
  return terminal_text(out);
}

}  // namespace kubus::report
