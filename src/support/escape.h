// Text from a model (titles, IDs, messages, paths) in each context it is
// written to: one function per context, all of them here, and the writers use
// no other. Each replaces control characters (C0 but where noted, DEL, C1) and
// invalid UTF-8 with U+FFFD, so no escape sequence in a title reaches a
// terminal or a report.
#pragma once
#include <string>
#include <string_view>

namespace kubus {

// Terminal and plain-text output (diagnostics, `explain`, `gaps`, `roadmap`,
// the summaries): tab and newline are kept.
std::string terminal_text(std::string_view s);

// One line of a label or a cell: tab, newline and carriage return become spaces.
std::string one_line(std::string_view s);

// A CSV cell (RFC 4180): quoted when it holds the separator, a quote or a
// line break. A cell that starts with = + - @ tab or carriage return is
// neutralised against formula injection with a leading ' and quoted.
std::string csv_cell(std::string_view s, char separator = ',');

// HTML text and attribute values: & < > " ' as entities.
std::string html_escape(std::string_view s);

// Markdown text and table cells: markup characters backslash-escaped, one line.
std::string md_escape(std::string_view s);

// A Mermaid label, quoted: every ASCII character but letters, digits, space
// and - _ . , : / ' ! ? ( ) as an entity code (#37; for %, #34; for "), so no
// text can open a `%%{init}%%` directive, end the label or add markup. One line.
std::string mermaid_label(std::string_view s);

// A Graphviz DOT double-quoted string: " and \ escaped. One line.
std::string dot_string(std::string_view s);

// A CSS string literal, quoted (the footer of report.html's printed pages):
// " and \ escaped, < as \3C so no text can close the <style> element. One line.
std::string css_string(std::string_view s);

// The text of an XLSX cell (written as a string, never a formula): controls
// replaced, tab and newline kept, cut to Excel's 32,767 characters a cell.
std::string xlsx_text(std::string_view s);

// A file path as a URI reference (SARIF artifactLocation.uri): relative paths
// stay relative; an absolute path becomes file:///...; every byte outside
// RFC 3986's unreserved characters and '/' is percent-encoded.
std::string uri_reference(std::string_view path);

// The absolute URI of a page of Kubus's documentation (KUBUS_DOCS_URL at
// build time: the installed docs by default), with an optional #fragment.
std::string docs_uri(std::string_view page, std::string_view fragment = {});

}  // namespace kubus
