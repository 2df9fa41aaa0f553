// The contact-moment cards (view::Cards) as a dense grid of boxes, two to a
// row, each a list of the card's answers. A box is not cut across printed pages.
#include <fmt/format.h>

#include "report/html.h"

namespace kubus::report::html {
namespace {

std::string fact(const view::Fact& f) {
  switch (f.tone) {
    case view::Tone::Good: return "<span class=\"holds\">" + html_escape(f.text) + "</span>";
    case view::Tone::Bad: return "<span class=\"fails\">" + html_escape(f.text) + "</span>";
    case view::Tone::Muted: return "<span class=\"note\">" + html_escape(f.text) + "</span>";
    case view::Tone::None: break;
  }
  return html_escape(f.text);
}

std::string card(const view::Card& c) {
  std::string out = fmt::format("<div class=\"card\">\n<h3>{} <code>{}</code></h3>\n<p class=\"lead\">{}</p>\n<dl>\n",
                                html_escape(c.title), html_escape(c.code), html_escape(c.lead));
  for (const auto& row : c.rows) {
    std::string facts;
    for (const auto& f : row.facts) facts += (facts.empty() ? "" : "; ") + fact(f);
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(row.label), facts);
  }
  return out + "</dl>\n</div>\n";
}

}  // namespace

std::string cards_grid(const view::Cards& c) {
  std::string out = "<div class=\"cards\">\n";
  for (std::size_t i = 0; i < c.shown(); ++i) out += card(c.cards[i]);
  out += "</div>\n";
  return out;
}

}  // namespace kubus::report::html
