// The footer of report.html's printed pages, which report.pdf is: the
// assessment's title and date, and "page N of M". CSS paged-media margin boxes
// (@bottom-left, @bottom-right), which Chromium prints since version 131; its
// own header and footer (the clock's date, the file URL) are switched off by
// `--no-pdf-header-footer` (docs/design.md, "PDF").
#include <fmt/format.h>

#include "i18n/i18n.h"
#include "report/html.h"

namespace kubus::report::html {
namespace {

// "Page {page} of {pages}" as CSS content: the text between the placeholders
// as strings, the placeholders as the page counters, in the translation's order.
std::string page_counter(Lang lang) {
  std::string text = i18n::tr(lang, "Page {page} of {pages}"), out;
  std::size_t from = 0;
  while (from < text.size()) {
    auto open = text.find('{', from), close = open == std::string::npos ? open : text.find('}', open);
    std::string_view name = close == std::string::npos ? "" : std::string_view(text).substr(open + 1, close - open - 1);
    if (name != "page" && name != "pages") {
      out += css_string(text.substr(from)) + " ";
      break;
    }
    if (open > from) out += css_string(text.substr(from, open - from)) + " ";
    out += fmt::format("counter({}) ", name);
    from = close + 1;
  }
  return out;
}

}  // namespace

std::string print_footer(const Run& r) {
  std::string left = r.assessment.title + " \u00b7 " + i18n::date(r.lang, r.assessment.date);
  return fmt::format(
      "<style>@page {{ @bottom-left {{ content: {}; font-size: 8pt; color: #5b6475; }}\n"
      "  @bottom-right {{ content: {}; font-size: 8pt; color: #5b6475; }} }}</style>\n",
      css_string(left), page_counter(r.lang));
}

}  // namespace kubus::report::html
