// The radar chart (view::Radar): one axis per dimension, titled, and one
// polygon per series (current, target, projected at the end of the horizon,
// the previous recorded run), as inline SVG.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/html.h"

namespace kubus::report::html {
namespace {

// Wide enough for dimension titles beside the axes.
constexpr double kWidth = 720, kHeight = 420, kCx = kWidth / 2, kCy = 210, kRadius = 150;

struct Look {
  const char* css;
  const char* swatch;
};

Look look(view::SeriesKind k) {
  switch (k) {
    case view::SeriesKind::Current:
      return {"fill:#1f5fa8;fill-opacity:.25;stroke:#1f5fa8;stroke-width:2", "background:#1f5fa8"};
    case view::SeriesKind::Target:
      return {"fill:none;stroke:#c0392b;stroke-width:2;stroke-dasharray:6 4", "border:2px dashed #c0392b"};
    case view::SeriesKind::Projected:
      return {"fill:#2e8540;fill-opacity:.12;stroke:#2e8540;stroke-width:2", "background:#2e8540"};
    case view::SeriesKind::Previous: break;
  }
  return {"fill:none;stroke:#7f7f7f;stroke-width:2;stroke-dasharray:2 3", "background:#7f7f7f"};
}

double angle(std::size_t i, std::size_t n) { return -std::numbers::pi / 2 + 2 * std::numbers::pi * double(i) / double(n); }

std::string point(double radius, double a) {
  return fmt::format("{:.1f},{:.1f}", kCx + radius * std::cos(a), kCy + radius * std::sin(a));
}

// An axis label, wrapped at spaces into lines of at most kLabelChars characters
// and centred on its point: a long dimension title ("Eigenaarschap en sturing van
// klantcontactmomenten") would otherwise run out of the drawing's 720 units.
constexpr std::size_t kLabelChars = 26;
std::string label(double x, double y, const char* anchor, const std::string& text) {
  std::vector<std::string> lines{""};
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t space = std::min(text.find(' ', at), text.size());
    std::string word = text.substr(at, space - at);
    if (!lines.back().empty() && lines.back().size() + 1 + word.size() > kLabelChars) lines.emplace_back();
    lines.back() += (lines.back().empty() ? "" : " ") + word;
    at = space + 1;
  }
  std::string out = fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" dominant-baseline=\"middle\">", x,
                                y, anchor);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // The first line rises by half the block's extra height; each next one is 1.2em lower.
    double dy = i == 0 ? 0.6 * (1.0 - static_cast<double>(lines.size())) : 1.2;
    out += fmt::format("<tspan x=\"{:.1f}\" dy=\"{:.1f}em\">{}</tspan>", x, dy, html_escape(lines[i]));
  }
  return out + "</text>\n";
}

std::string grid(const view::Radar& r) {
  const std::size_t n = r.axes.size();
  const int max = std::max(r.max_level, 1);
  std::string out;
  for (int level = 1; level <= max; ++level) {
    std::string ring;
    for (std::size_t i = 0; i < n; ++i) ring += (i ? " " : "") + point(kRadius * level / max, angle(i, n));
    out += fmt::format("<polygon points=\"{}\" style=\"fill:none;stroke:#d5d9e0\"/>\n", ring);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#5b6475\" font-size=\"10\">{}</text>\n", kCx + 3,
                       kCy - kRadius * level / max - 2, level);
  }
  for (std::size_t i = 0; i < n; ++i) {
    double a = angle(i, n), c = std::cos(a);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{:.1f}\" style=\"stroke:#d5d9e0\"/>\n", kCx, kCy,
                       kCx + kRadius * c, kCy + kRadius * std::sin(a));
    const char* anchor = c > 0.2 ? "start" : c < -0.2 ? "end" : "middle";
    out += label(kCx + (kRadius + 14) * c, kCy + (kRadius + 14) * std::sin(a), anchor, r.axes[i]);
  }
  return out;
}

}  // namespace

std::string radar_chart(const view::Radar& r) {
  const std::size_t n = r.axes.size();
  const int max = std::max(r.max_level, 1);
  std::string out = fmt::format(
      "<svg viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" aria-label=\"{2}\" "
      "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
      kWidth, kHeight, html_escape(r.caption));
  out += grid(r);
  for (const auto& s : r.series) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i)
      points += (i ? " " : "") + point(kRadius * std::clamp(s.values[i], 0.0, double(max)) / max, angle(i, n));
    out += fmt::format("<polygon points=\"{}\" style=\"{}\"><title>{}</title></polygon>\n", points, look(s.kind).css,
                       html_escape(s.name));
  }
  return out + "</svg>";
}

std::string radar_svg(const view::Radar& r) {
  std::string out = "<figure>\n" + radar_chart(r) + "\n<figcaption class=\"legend\">";
  for (const auto& s : r.series)
    out += fmt::format("<span><i class=\"swatch\" style=\"{}\"></i>{}</span>", look(s.kind).swatch, html_escape(s.name));
  return out + "<br>" + html_escape(r.caption) + "</figcaption>\n</figure>\n";
}

}  // namespace kubus::report::html
