#include "diag/render.h"

#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <ostream>

#include "support/escape.h"
#include "support/text.h"

namespace kubus {
namespace {

// A quoted source line longer than this many columns is cut to a window
// around the span, so one long line cannot fill the terminal with copies.
constexpr std::size_t kLineColumns = 120;
constexpr std::size_t kColumnsBefore = 40;  // of the window, before the span starts
constexpr std::string_view kEllipsis = "…";

struct Style {
  bool on;
  std::string paint(std::string_view s, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
};

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "1;31";
    case Severity::Warning: return "1;33";
    case Severity::Note: return "1;36";
  }
  return "1";
}

std::size_t sequence_length(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4; }

// Byte offset of column `col` (1-based, code points) in a UTF-8 line; its end past the last.
std::size_t byte_of_column(std::string_view line, std::size_t col) {
  std::size_t i = 0;
  for (std::size_t c = 1; c < col && i < line.size(); ++c) i += sequence_length(static_cast<unsigned char>(line[i]));
  return std::min(i, line.size());
}

// The quoted line (cut around the span when long) with a caret under the span;
// tabs are kept so carets align.
void render_snippet(std::ostream& out, const SourceManager& sm, const Span& span, const Style& st) {
  const SourceFile& f = sm.file(span.file);
  // The location says where; the bytes of a binary file are not shown, and a
  // sheet's cells (src/sheet) have a row and column but no text to quote.
  if (!f.text_file || f.text.empty()) return;
  std::string_view line = f.line(span.line);
  std::size_t len = utf8_length(line);
  std::size_t col = std::min<std::size_t>(span.col, len + 1);
  std::size_t from = 1, to = len + 1;  // the columns shown, [from, to)
  if (len > kLineColumns) {
    from = col > kColumnsBefore ? col - kColumnsBefore : 1;
    to = std::min(len + 1, from + kLineColumns);
    if (to == len + 1) from = to - kLineColumns;
  }
  std::size_t begin = byte_of_column(line, from), end = byte_of_column(line, to);
  std::string shown = terminal_text(line.substr(begin, end - begin));  // no escape sequence takes effect
  bool cut_left = from > 1, cut_right = to <= len;
  std::string num = std::to_string(span.line);
  out << "   " << st.paint(num, "1;34") << " | " << (cut_left ? kEllipsis : "") << shown << (cut_right ? kEllipsis : "")
      << "\n";
  std::string prefix(cut_left ? 1 : 0, ' ');
  std::string_view window = shown;
  for (std::size_t i = 0, c = from; c < col && i < window.size(); ++c) {
    prefix += window[i] == '\t' ? '\t' : ' ';
    i += sequence_length(static_cast<unsigned char>(window[i]));
  }
  std::size_t width = 1;
  if (span.end_line == span.line && span.end_col > span.col) width = span.end_col - span.col;
  else if (span.end_line > span.line && len + 1 > span.col) width = len + 1 - span.col;
  width = std::max<std::size_t>(1, std::min(width, to - col));
  out << "   " << std::string(num.size(), ' ') << " | " << prefix << st.paint(std::string(width, '^'), "1;32") << "\n";
}

// A code's section in docs/diagnostics.md: #e0101.
std::string anchor(std::string_view code) {
  std::string out(code);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// How many of each severity the shown ones leave out.
struct Omitted {
  std::size_t errors = 0, others = 0;
  std::size_t total() const { return errors + others; }
};

Omitted omitted(const Diagnostics& diags, const std::vector<const Diagnostic*>& shown) {
  Omitted o{diags.error_count(), diags.warning_count()};
  for (const Diagnostic* d : shown) --(d->severity == Severity::Error ? o.errors : o.others);
  return o;
}

}  // namespace

void render_text(std::ostream& out, const Diagnostics& diags, const SourceManager& sm, bool color) {
  Style st{color};
  auto shown = diags.shown();
  for (const Diagnostic* d : shown) {
    const CodeInfo& ci = info(d->code);
    std::string head = terminal_text(d->span.valid() ? format_location(sm, d->span) : d->path);
    out << st.paint(head, "1") << ": "
        << st.paint(fmt::format("{}[{}]", severity_name(d->severity), ci.code), severity_color(d->severity)) << ": "
        << terminal_text(d->message) << "\n";
    if (d->span.valid()) render_snippet(out, sm, d->span, st);
    for (const Related& r : d->related) {
      out << "   = note: " << terminal_text(r.label) << ": " << terminal_text(format_location(sm, r.span)) << "\n";
      render_snippet(out, sm, r.span, st);
    }
    if (!d->help.empty()) out << "   = help: " << terminal_text(d->help) << "\n";
  }
  if (Omitted o = omitted(diags, shown); o.total() > 0) {
    std::string parts;
    if (o.errors) parts = fmt::format("{} more error(s)", o.errors);
    if (o.others) parts += fmt::format("{}{} more warning(s) or note(s)", parts.empty() ? "" : " and ", o.others);
    out << fmt::format("and {} not shown (at most {} per file and {} in all are shown)\n", parts,
                       diags.limits().per_file, diags.limits().total);
  }
  if (diags.count() > 0)
    out << fmt::format("{} error(s), {} warning(s) or note(s)\n", diags.error_count(), diags.warning_count());
}

namespace {

using J = nlohmann::ordered_json;

J span_json(const SourceManager& sm, const Span& s) {
  return {{"file", sm.file(s.file).path}, {"line", s.line}, {"column", s.col},
          {"end_line", s.end_line}, {"end_column", s.end_col}};
}

J diagnostic_json(const Diagnostic& d, const SourceManager& sm) {
  J j;
  j["code"] = info(d.code).code;
  j["severity"] = severity_name(d.severity);
  j["message"] = d.message;
  if (d.span.valid()) j["location"] = span_json(sm, d.span);
  else j["location"] = {{"file", d.path}};
  J rel = J::array();
  for (const Related& r : d.related) rel.push_back({{"label", r.label}, {"location", span_json(sm, r.span)}});
  j["related"] = rel;
  if (!d.help.empty()) j["help"] = d.help;
  return j;
}

std::string dump(const J& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

// A pretty-printed value placed `depth` levels in: every line after the first indented.
void write_indented(std::ostream& out, const std::string& text, std::size_t depth) {
  std::string pad(2 * depth, ' ');
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    out << std::string_view(text).substr(start, nl + 1 - start) << pad;
  out << std::string_view(text).substr(start);
}

}  // namespace

J diagnostics_json(const Diagnostics& diags, const SourceManager& sm) {
  J out = J::array();
  for (const Diagnostic* d : diags.shown()) out.push_back(diagnostic_json(*d, sm));
  return out;
}

// One diagnostic at a time, in the layout of nlohmann's dump(2).
void render_json(std::ostream& out, const Diagnostics& diags, const SourceManager& sm) {
  auto shown = diags.shown();
  out << "{\n  \"diagnostics\": [";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    out << (i ? ",\n    " : "\n    ");
    write_indented(out, dump(diagnostic_json(*shown[i], sm)), 2);
  }
  out << (shown.empty() ? "]" : "\n  ]");
  out << fmt::format(",\n  \"errors\": {},\n  \"warnings\": {},\n  \"omitted\": {}\n}}\n", diags.error_count(),
                     diags.warning_count(), omitted(diags, shown).total());
}

void render_sarif(std::ostream& out, const Diagnostics& diags, const SourceManager& sm, const std::string& tool_version) {
  auto shown = diags.shown();
  // Only the codes this run reports, so the log stays stable as the registry grows.
  std::vector<bool> used(all_codes().size(), false);
  for (const Diagnostic* d : shown) used[static_cast<std::size_t>(d->code)] = true;
  J rules = J::array();
  for (const CodeInfo& ci : all_codes())
    if (used[static_cast<std::size_t>(ci.id)])
      rules.push_back({{"id", ci.code}, {"shortDescription", {{"text", ci.title}}},
                       {"helpUri", docs_uri("diagnostics.md", anchor(ci.code))}});
  J results = J::array();
  for (const Diagnostic* d : shown) {
    const char* level = d->severity == Severity::Error ? "error" : d->severity == Severity::Warning ? "warning" : "note";
    J loc;
    if (d->span.valid())
      loc = {{"physicalLocation",
              {{"artifactLocation", {{"uri", uri_reference(sm.file(d->span.file).path)}}},
               {"region", {{"startLine", d->span.line}, {"startColumn", d->span.col},
                           {"endLine", d->span.end_line}, {"endColumn", d->span.end_col}}}}}};
    else
      loc = {{"physicalLocation", {{"artifactLocation", {{"uri", uri_reference(d->path)}}}}}};
    std::string text = d->message;
    if (!d->help.empty()) text += " (" + d->help + ")";
    results.push_back({{"ruleId", info(d->code).code}, {"level", level}, {"message", {{"text", text}}},
                       {"locations", J::array({loc})}});
  }
  J run = {{"tool", {{"driver", {{"name", "kubus"}, {"version", tool_version},
                                 {"informationUri", docs_uri("diagnostics.md")}, {"rules", rules}}}}},
           {"results", results}};
  // SARIF has no field for results left out; a property bag carries the count.
  if (std::size_t left_out = omitted(diags, shown).total(); left_out > 0)
    run["properties"] = {{"omittedResults", left_out}};
  J root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"},
            {"runs", J::array({run})}};
  out << dump(root) << "\n";
}

}  // namespace kubus
