// The radar chart: one axis per dimension, one polygon per series (current,
// target, projected at the end of the horizon, the previous recorded run),
// computed here as inline SVG.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "report/html.h"
#include "report/text.h"

namespace kubus::report::html {
namespace {

constexpr double kCx = 260, kCy = 200, kRadius = 140;

struct Series {
  std::string name, css, swatch;
  std::vector<double> values;  // per dimension, in matrix order
};

double angle(std::size_t i, std::size_t n) { return -std::numbers::pi / 2 + 2 * std::numbers::pi * i / n; }

std::string point(double radius, double a) {
  return fmt::format("{:.1f},{:.1f}", kCx + radius * std::cos(a), kCy + radius * std::sin(a));
}

std::vector<Series> series(const Run& r) {
  std::vector<Series> out;
  Series current{"Current", "fill:#1f5fa8;fill-opacity:.25;stroke:#1f5fa8;stroke-width:2", "background:#1f5fa8", {}};
  for (const auto& d : r.scores.dimensions) current.values.push_back(d.score);
  if (!r.assessment.targets.empty()) {
    // A dimension without a target sits at its current score: no gap to show.
    Series target{"Target", "fill:none;stroke:#c0392b;stroke-width:2;stroke-dasharray:6 4",
                  "border:2px dashed #c0392b", {}};
    for (const auto& d : r.scores.dimensions) target.values.push_back(d.target ? *d.target : d.score);
    out.push_back(std::move(target));
  }
  if (r.roadmap && !r.roadmap->projection.empty()) {
    const plan::YearProjection& last = r.roadmap->projection.back();
    Series projected{fmt::format("Projected end of {}", last.year),
                     "fill:#2e8540;fill-opacity:.12;stroke:#2e8540;stroke-width:2", "background:#2e8540", {}};
    for (const auto& d : r.scores.dimensions) {
      double v = d.score;
      for (const auto& [id, score] : last.dimensions)
        if (id == d.dimension->id) v = score;
      projected.values.push_back(v);
    }
    out.push_back(std::move(projected));
  }
  if (r.previous) {
    // Where the last recorded run stood; a dimension it did not have sits at today's score.
    Series previous{fmt::format("Previous run ({})", r.previous->assessment_date),
                    "fill:none;stroke:#7f7f7f;stroke-width:2;stroke-dasharray:2 3", "background:#7f7f7f", {}};
    for (const auto& d : r.scores.dimensions) {
      auto delta = r.progress(d.dimension->id);
      previous.values.push_back(delta ? d.score - *delta : d.score);
    }
    out.push_back(std::move(previous));
  }
  out.insert(out.begin(), std::move(current));
  return out;
}

}  // namespace

std::string radar(const Run& r) {
  std::string out = "<section id=\"radar\">\n<h2>Scores per dimension</h2>\n";
  const auto& dims = r.scores.dimensions;
  if (dims.empty()) return out + "<p class=\"note\">The matrix has no dimensions.</p>\n</section>\n";
  const int max = r.matrix.max_level();
  const std::size_t n = dims.size();
  out += "<figure>\n<svg viewBox=\"0 0 520 400\" width=\"520\" height=\"400\" role=\"img\" "
         "aria-label=\"Radar chart of the scores per dimension\" font-family=\"Helvetica, Arial, sans-serif\" "
         "font-size=\"11\">\n";
  for (int level = 1; level <= max; ++level) {
    std::string ring;
    for (std::size_t i = 0; i < n; ++i) ring += (i ? " " : "") + point(kRadius * level / max, angle(i, n));
    out += fmt::format("<polygon points=\"{}\" style=\"fill:none;stroke:#d5d9e0\"/>\n", ring);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"#5b6475\" font-size=\"9\">{}</text>\n", kCx + 3,
                       kCy - kRadius * level / max - 2, level);
  }
  for (std::size_t i = 0; i < n; ++i) {
    double a = angle(i, n), c = std::cos(a);
    out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{:.1f}\" style=\"stroke:#d5d9e0\"/>\n", kCx, kCy,
                       kCx + kRadius * c, kCy + kRadius * std::sin(a));
    const char* anchor = c > 0.2 ? "start" : c < -0.2 ? "end" : "middle";
    out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\" dominant-baseline=\"middle\">{}</text>\n",
                       kCx + (kRadius + 18) * c, kCy + (kRadius + 18) * std::sin(a), anchor,
                       html_escape(dims[i].dimension->id));
  }
  auto all = series(r);
  for (const Series& s : all) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i)
      points += (i ? " " : "") + point(kRadius * std::clamp(s.values[i], 0.0, double(max)) / max, angle(i, n));
    out += fmt::format("<polygon points=\"{}\" style=\"{}\"><title>{}</title></polygon>\n", points, s.css, s.name);
  }
  out += "</svg>\n<figcaption class=\"legend\">";
  for (const Series& s : all)
    out += fmt::format("<span><i class=\"swatch\" style=\"{}\"></i>{}</span>", s.swatch, s.name);
  out += fmt::format("<br>Scores from 1 to {} (level plus progress to the next level).</figcaption>\n</figure>\n", max);
  return out + "</section>\n";
}

}  // namespace kubus::report::html
