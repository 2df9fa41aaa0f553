#include "support/escape.h"

#include <fmt/format.h>

#include <algorithm>

#include "support/text.h"

namespace kubus {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

enum class Keep { TabNewline, Nothing };

// The text with control characters and invalid UTF-8 replaced; `spaces`:
// tab, newline and carriage return become spaces instead.
std::string cleaned(std::string_view s, Keep keep, bool spaces) {
  std::string out;
  out.reserve(s.size());
  bool valid = !find_invalid_utf8(s);
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto u = static_cast<unsigned char>(s[i]);
    bool blank = u == '\t' || u == '\n' || u == '\r';
    if (blank && spaces) {
      out += ' ';
    } else if ((u == '\t' || u == '\n') && keep == Keep::TabNewline) {
      out += s[i];
    } else if (u < 0x20 || u == 0x7F || (!valid && u >= 0x80)) {
      out += kReplacement;
    } else if (u == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      out += kReplacement;  // U+0080..U+009F
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

bool unreserved_or_slash(unsigned char c) { return unreserved(c) || c == '/'; }

}  // namespace

std::string terminal_text(std::string_view s) { return cleaned(s, Keep::TabNewline, false); }

std::string one_line(std::string_view s) { return cleaned(s, Keep::Nothing, true); }

std::string csv_cell(std::string_view s, char separator) {
  bool formula = !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
  // A newline stays, inside quotes as RFC 4180 allows; a bare carriage return,
  // which some readers take for the end of the row, is replaced.
  std::string text = cleaned(s, Keep::TabNewline, false);
  if (!formula && text.find_first_of(std::string{separator, '"', '\n'}) == std::string::npos) return text;
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string html_escape(std::string_view s) {
  std::string text = cleaned(s, Keep::TabNewline, false), out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : one_line(s)) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string mermaid_label(std::string_view s) {
  std::string out = "\"";
  for (char c : one_line(s)) {
    auto u = static_cast<unsigned char>(c);
    bool plain = u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                 std::string_view(" -_.,:/'!?()").find(c) != std::string_view::npos;
    if (plain) out += c;
    else out += fmt::format("#{};", static_cast<int>(u));
  }
  return out + "\"";
}

std::string dot_string(std::string_view s) {
  std::string out = "\"";
  for (char c : one_line(s)) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string css_string(std::string_view s) {
  std::string out = "\"";
  for (char c : one_line(s)) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '<') out += "\\3C ";
    else out += c;
  }
  return out + "\"";
}

std::string xlsx_text(std::string_view s) {
  constexpr std::size_t kMaxCharacters = 32767;  // Excel's limit; libxlsxwriter refuses longer strings
  // Most cells (IDs, locations, generated messages) are short printable ASCII
  // and stay as they are: report.xlsx has millions of them.
  if (s.size() <= kMaxCharacters && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n';
      }))
    return std::string(s);
  std::string text = cleaned(s, Keep::TabNewline, false);
  std::size_t characters = 0, at = 0;
  for (; at < text.size(); ++at)
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80 && ++characters > kMaxCharacters) break;
  return text.substr(0, at);
}

std::string uri_reference(std::string_view path) {
  std::string encoded = escape_bytes(path, unreserved_or_slash, "%");
  return !path.empty() && path.front() == '/' ? "file://" + encoded : encoded;
}

std::string docs_uri(std::string_view page, std::string_view fragment) {
  std::string out = std::string(KUBUS_DOCS_URL) + "/" + escape_bytes(page, unreserved_or_slash, "%");
  if (!fragment.empty()) out += "#" + escape_bytes(fragment, unreserved, "%");
  return out;
}

}  // namespace kubus
