// Graphviz drawings for report.html that fit the page: laid out by `dot` (in a
// child process, html_graphviz.h), emitted as SVG with a viewBox, as wide as
// the column at most, and with a font size chosen from the layout's scale so
// that no text is smaller than 9 px on a 1280 px screen or 7 pt on A4.
#pragma once
#include <functional>
#include <string>

#include "support/language.h"

namespace kubus::report::html {

// The text column of report.html: the body's 60rem less its padding (screen,
// 1280 px and wider), and A4 less the 14 mm side margins (182 mm at 96 px per inch).
inline constexpr double kScreenColumnPx = 912;
inline constexpr double kPrintColumnPx = 688;
// The smallest text allowed: 9 px on screen, 7 pt (9.33 px) in print. Print is
// the narrower column, so a drawing that meets it there meets both.
inline constexpr double kMinScreenPx = 9;
inline constexpr double kMinPrintPx = 7.0 * 96 / 72;

// How a DOT writer is asked to draw: Graphviz font size in points (one SVG
// user unit each) and the direction of the ranks.
struct DotStyle {
  double fontsize = 12;
  bool left_to_right = false;
};

struct FittedSvg {
  std::string svg;        // the <svg> element, or empty when Graphviz failed (`note` says why)
  std::string note;
  double width = 0;       // in SVG user units (px at natural size)
  double print_font = 0;  // the smallest text in print, px, once scaled to the column
  bool legible() const { return !svg.empty() && print_font >= kMinPrintPx; }
};

// Lays out the DOT that `dot` writes for a style, top to bottom and left to
// right, raising the font size until the text stays legible once the drawing
// is scaled to the column (or a few tries have failed): the result with the
// largest text in print. `title` becomes the SVG's accessible name; a failure
// is explained in `lang`.
// Text for a Graphviz HTML-like label: escaped (html_escape, one line) and
// wrapped at spaces into lines of about `line` characters joined by <BR/>.
std::string dot_label_text(std::string_view text, std::size_t line = 24);

FittedSvg fit_svg(Lang lang, const std::function<std::string(const DotStyle&)>& dot, const std::string& title);

}  // namespace kubus::report::html
