#include "diag/render.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "support/text.h"

namespace kubus {
namespace {

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

// Control characters and invalid UTF-8 become '?' so the terminal shows the
// line as one column per character.
std::string printable_line(std::string_view line) {
  bool valid = !find_invalid_utf8(line);
  std::string out(line);
  for (char& c : out) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F || (!valid && u >= 0x80)) c = '?';
  }
  return out;
}

// The quoted line with a caret under the span; tabs are kept so carets align.
// A sheet's cells (src/sheet) have a row and column but no text to quote.
void render_snippet(std::string& out, const SourceManager& sm, const Span& span, const Style& st) {
  const SourceFile& f = sm.file(span.file);
  if (f.text.empty()) return;
  std::string shown = printable_line(f.line(span.line));
  std::string_view line = shown;
  std::string num = std::to_string(span.line);
  std::string pad(num.size(), ' ');
  out += fmt::format("   {} | {}\n", st.paint(num, "1;34"), line);
  // One blank per code point before the span's column (a shown line is valid UTF-8).
  std::string prefix;
  for (char c : line.substr(0, utf8_offset(line, span.col > 0 ? span.col - 1 : 0)))
    if (!utf8_continuation(c)) prefix += c == '\t' ? '\t' : ' ';
  std::uint32_t width = 1;
  std::size_t line_len = utf8_length(line);
  if (span.end_line == span.line && span.end_col > span.col) width = span.end_col - span.col;
  else if (span.end_line > span.line && line_len + 1 > span.col) width = static_cast<std::uint32_t>(line_len + 1 - span.col);
  out += fmt::format("   {} | {}{}\n", pad, prefix, st.paint(std::string(width, '^'), "1;32"));
}

}  // namespace

std::string render_text(const Diagnostics& diags, const SourceManager& sm, bool color) {
  Style st{color};
  std::string out;
  for (const Diagnostic& d : diags.all()) {
    const CodeInfo& ci = info(d.code);
    std::string head = d.span.valid() ? format_location(sm, d.span) : d.path;
    out += fmt::format("{}: {}: {}\n", st.paint(head, "1"),
                       st.paint(fmt::format("{}[{}]", severity_name(d.severity), ci.code), severity_color(d.severity)),
                       d.message);
    if (d.span.valid()) render_snippet(out, sm, d.span, st);
    for (const Related& r : d.related) {
      out += fmt::format("   = note: {}: {}\n", r.label, format_location(sm, r.span));
      render_snippet(out, sm, r.span, st);
    }
    if (!d.help.empty()) out += fmt::format("   = help: {}\n", d.help);
  }
  std::size_t errors = diags.error_count();
  std::size_t warnings = diags.all().size() - errors;
  if (!diags.all().empty()) out += fmt::format("{} error(s), {} warning(s) or note(s)\n", errors, warnings);
  return out;
}

namespace {

nlohmann::ordered_json span_json(const SourceManager& sm, const Span& s) {
  return {{"file", sm.file(s.file).path}, {"line", s.line}, {"column", s.col},
          {"end_line", s.end_line}, {"end_column", s.end_col}};
}

}  // namespace

std::string render_json(const Diagnostics& diags, const SourceManager& sm) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diags.all()) {
    nlohmann::ordered_json j;
    j["code"] = info(d.code).code;
    j["severity"] = severity_name(d.severity);
    j["message"] = d.message;
    if (d.span.valid()) j["location"] = span_json(sm, d.span);
    else j["location"] = {{"file", d.path}};
    nlohmann::ordered_json rel = nlohmann::ordered_json::array();
    for (const Related& r : d.related) rel.push_back({{"label", r.label}, {"location", span_json(sm, r.span)}});
    j["related"] = rel;
    if (!d.help.empty()) j["help"] = d.help;
    arr.push_back(std::move(j));
  }
  nlohmann::ordered_json root;
  root["diagnostics"] = arr;
  root["errors"] = diags.error_count();
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_sarif(const Diagnostics& diags, const SourceManager& sm, const std::string& tool_version) {
  using J = nlohmann::ordered_json;
  // Only the codes this run reports, so the log stays stable as the registry grows.
  std::vector<bool> used(all_codes().size(), false);
  for (const Diagnostic& d : diags.all()) used[static_cast<std::size_t>(d.code)] = true;
  J rules = J::array();
  for (const CodeInfo& ci : all_codes())
    if (used[static_cast<std::size_t>(ci.id)])
      rules.push_back({{"id", ci.code}, {"shortDescription", {{"text", ci.title}}},
                     {"helpUri", std::string("docs/diagnostics.md#") + ci.code}});
  J results = J::array();
  for (const Diagnostic& d : diags.all()) {
    std::string_view level = severity_name(d.severity);
    J loc;
    if (d.span.valid())
      loc = {{"physicalLocation",
              {{"artifactLocation", {{"uri", sm.file(d.span.file).path}}},
               {"region", {{"startLine", d.span.line}, {"startColumn", d.span.col},
                           {"endLine", d.span.end_line}, {"endColumn", d.span.end_col}}}}}};
    else
      loc = {{"physicalLocation", {{"artifactLocation", {{"uri", d.path}}}}}};
    std::string text = d.message;
    if (!d.help.empty()) text += " (" + d.help + ")";
    results.push_back({{"ruleId", info(d.code).code}, {"level", level}, {"message", {{"text", text}}},
                       {"locations", J::array({loc})}});
  }
  J root = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", J::array({{{"tool", {{"driver", {{"name", "kubus"}, {"version", tool_version},
                                                       {"rules", rules}}}}},
                                {"results", results}}})}};
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace kubus
