// The report's content, built once as data in the run's language (ENGINE.md
// §4, docs/report-format.md): sections with their headings, sentences with
// their parameters filled in, typed tables with the rows a page shows, and
// the chart series. report.html, report.md and the summary
// `kubus assess` prints render this; none of them decides what the report says.
// Text is plain (not escaped): each writer escapes for its own format.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "report/input.h"

namespace kubus::report::view {

// A stretch of a sentence and how it stands out.
enum class Style : std::uint8_t { Plain, Strong, Code };
struct Text {
  std::string text;
  Style style = Style::Plain;
};
using Line = std::vector<Text>;

// How a writer may colour a value: a target met, missed, or a quiet remark.
enum class Tone : std::uint8_t { None, Good, Bad, Muted };

// A cell's type, so a spreadsheet keeps numbers numeric and a page aligns them.
enum class CellKind : std::uint8_t { Text, Number, Money, Percent, Level };
struct Cell {
  CellKind kind = CellKind::Text;
  std::string text;    // as a page shows it, formatted in the run's language; "–" for none
  double value = 0;    // Number, Money (whole units), Percent (a share of 1), Level: the value itself
  bool missing = false;  // a number cell without a value ("–")
  Tone tone = Tone::None;
  bool code = false;   // an identifier or a source location, set apart in print
  std::string detail;  // a second line: an ID or a place, shown as code
};
struct Column {
  std::string heading;
  CellKind kind = CellKind::Text;
  // A list of IDs (an initiative's criteria): a page gives it room, or the
  // table squeezes it to a word a line and its rows run over a page.
  bool wide = false;
};

// The rows a page shows: all of a short table, the first of a long one and
// `more` ("and 120 more (see report.json)") after them. The full lists stay in
// report.json and report.xlsx; a table that grows with the model is built
// with the rows a page shows only (cap).
struct Table {
  std::string caption;  // empty: none
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  std::size_t hidden = 0;  // the rows a page does not show
  std::string more;        // set when there are hidden rows
  bool keep = false;       // a small table that should not break across printed pages
  bool dense = false;      // many columns: a smaller type, so that it fits the text column
  std::size_t shown() const { return rows.size(); }
  std::size_t total() const { return rows.size() + hidden; }
};

struct Heading {  // a subsection
  std::string text;
  std::string code;  // an identifier after the title; empty: none
};
enum class Para : std::uint8_t { Normal, Note, Flag };
struct Paragraph {
  Line line;
  Para kind = Para::Normal;
};
struct List {
  std::vector<Line> items;
};
// The headline figures of page one.
struct Figure {
  std::string label, value, detail;
};
struct Figures {
  std::vector<Figure> items;
};

// The radar: one axis per dimension (its title), one series per polygon.
enum class SeriesKind : std::uint8_t { Current, Target, Projected, Previous };
struct Series {
  SeriesKind kind = SeriesKind::Current;
  std::string name;
  std::vector<double> values;  // per axis
};
struct Radar {
  std::vector<std::string> axes;
  std::vector<Series> series;
  int max_level = 0;
  std::string caption;
};

// The cube: business units x phases. Its findings layer colours each cell by
// its share of touchpoints with error or warning findings; its cost layer by
// the yearly cost of contact of the cell's touchpoints.
enum class CubeLayer : std::uint8_t { Findings, Cost };
struct CubeCell {
  std::size_t touchpoints = 0, with_findings = 0, findings = 0;
  double share = 0;  // with_findings / touchpoints; 0 without touchpoints
  int bucket = 0;    // the legend entry it falls in
  std::string text;  // as a page shows it: the share ("40%") or the yearly cost; "–" for none
  std::string hint;  // "12 of 30 touchpoints with findings; 17 findings"
};
struct CubeRow {
  std::string unit;
  std::vector<CubeCell> cells;  // per phase
};
struct CubeTable {
  std::string caption;
  std::vector<CubeRow> rows;
  std::size_t cap = 0;
  std::string more;
};
struct Cube {
  CubeLayer layer = CubeLayer::Findings;
  std::vector<std::string> phases;
  std::vector<std::string> legend;  // per bucket; empty: a bucket no cell can fall in
  std::vector<CubeTable> tables;
};

// The roadmap per quarter.
struct Bar {
  std::string title;
  int start = 0, end = 0;  // quarter indices, inclusive
  bool stretched = false;
  std::string label;  // in the bar: "3.0 person-months, +0.12"
  std::string hover;  // when it runs and what it buys
  // In a bar one quarter wide, where a word like "mensmaanden" does not fit: the
  // effort and the uplift alone ("3.0", "+0.12"); the effort row names the unit.
  std::string effort, uplift;
};
struct Gantt {
  std::string heading;                            // the first column's: "Initiative"
  std::vector<std::string> quarters;              // the column labels: "2027-Q1"
  std::vector<std::pair<int, int>> years;         // year and how many quarters of it are shown, in order
  std::vector<Bar> bars;
  std::size_t cap = 0;
  std::string more;
  std::string effort_label, cost_label;           // the footer rows' headings
  std::vector<std::string> effort;                // per quarter
  std::vector<std::pair<int, std::string>> cost;  // per year: quarters spanned, amount
};

// The contact-moment cards (driver/cards.h): each answer a label and its
// facts, the facts of a row shown one after the other ("; ").
struct Fact {
  std::string text;
  Tone tone = Tone::None;
};
struct CardRow {
  std::string_view key;  // report.json's key for the answer: purpose, exchanges, ..., mandate
  std::string label;
  std::vector<Fact> facts;
};
struct Card {
  std::string title, code;  // the touchpoint's title and ID
  std::string lead;         // "Promise, 1,200,000 contacts a year"
  std::vector<CardRow> rows;
};
// A page shows the first `cap` cards (the section's sentence says how many
// more there are); report.json and report.xlsx have every card.
struct Cards {
  std::vector<Card> cards;
  std::size_t cap = 0;
  std::size_t shown() const { return cap == 0 || cards.size() < cap ? cards.size() : cap; }
};

// The department overview of the silo picture: its body is drawn by the
// graph writers (html::graph, markdown's graph_markdown) from the analysis's
// department overview.
struct SiloPicture {};

using Block = std::variant<Heading, Paragraph, List, Figures, Table, Radar, Cube, Gantt, Cards, SiloPicture>;

struct Section {
  std::string id;  // the anchor: summary, radar, cube, contacts, graph, roadmap, targets, dimensions, gaps, findings, waivers
  std::string heading;
  std::vector<Block> blocks;
};

struct Report {
  Lang lang = kDefaultLang;
  std::string title;
  Line meta;  // "Assessed 2 November 2026 against matrix ccm (...), kubus 0.1.0."
  std::vector<Section> sections;
  std::string tool_version;  // the kubus that made it (report.html's generator)
  const Section* find(std::string_view id) const;
};

// How many rows a page shows of a table that grows with the model: chosen so
// a 5,000-touchpoint report stays under 3 MB and 40 printed A4 pages
// (bench/README.md has the figures).
inline constexpr std::size_t kRowsPerTable = 25;
inline constexpr std::size_t kFindingsPerRule = 2;
inline constexpr std::size_t kEvidenceRows = 3;   // observations per practice
inline constexpr std::size_t kCubeRows = 12;
inline constexpr std::size_t kCubeTables = 6;
inline constexpr std::size_t kBars = 30;
inline constexpr std::size_t kCards = 6;  // the contact moments with the most contacts a year

Report build(const Run& r, const SourceManager& sm, const std::string& tool_version);
// The title, the meta line and the summary section alone: what the terminal
// prints after `kubus assess`, without the sections that grow with the model.
Report page_one(const Run& r, const std::string& tool_version);

}  // namespace kubus::report::view
