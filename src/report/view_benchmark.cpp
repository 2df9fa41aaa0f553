// The benchmark: where the organisation stands among the other organisations
// in the history store (driver::PeerBenchmark), per dimension and overall.
// Peers are anonymous here as everywhere: their number and the spread of their scores.
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

Cell optional_number(Lang l, const std::optional<double>& v, int decimals) {
  return v ? number(l, *v, decimals) : none(CellKind::Number);
}

// A row: the score, the peers, their quartiles and the percentile, which is
// good in the top quarter and bad in the bottom one.
std::vector<Cell> standing_row(Lang l, Cell title, const history::Standing& s) {
  Cell percentile = optional_number(l, s.percentile, 0);
  if (s.percentile) percentile.tone = *s.percentile >= 75 ? Tone::Good : *s.percentile < 25 ? Tone::Bad : Tone::None;
  return {std::move(title), number(l, s.score, 2), number(l, s.peers, 0), optional_number(l, s.p25, 2),
          optional_number(l, s.median, 2), optional_number(l, s.p75, 2), std::move(percentile)};
}

// Whom the organisation is compared with, and why those.
std::string basis(Lang l, const driver::PeerBenchmark& b) {
  const long n = b.result.overall.peers;
  if (!b.result.sector.empty())
    return say_n(l, "Compared with the newest assessment of {n} other organisation in the sector {sector}.",
                 "Compared with the newest assessments of {n} other organisations in the sector {sector}.", n,
                 fmt::arg("sector", b.result.sector));
  std::string all = say_n(l, "Compared with the newest assessment of {n} other organisation in the history store, of every sector.",
                          "Compared with the newest assessments of {n} other organisations in the history store, of every sector.", n);
  if (b.sector.empty()) return all + " " + i18n::tr(l, "The model's organisation names no sector.");
  return all + " " + say_n(l, "The sector {sector} has {n} of them, fewer than the {min} a comparison within the sector needs.",
                           "The sector {sector} has {n} of them, fewer than the {min} a comparison within the sector needs.",
                           b.sector_peers, fmt::arg("sector", b.sector), fmt::arg("min", driver::kSectorPeers));
}

}  // namespace

std::optional<Section> benchmark(const Run& r) {
  if (!r.benchmark) return std::nullopt;
  const Lang l = r.lang;
  const driver::PeerBenchmark& b = *r.benchmark;
  Section s{"benchmark", i18n::tr(l, "The benchmark against peers"), {}};
  s.blocks.emplace_back(Paragraph{{{basis(l, b)}}, Para::Normal});
  Table t{{}, {{i18n::tr(l, "Dimension")}, {i18n::tr(l, "Score"), CellKind::Number},
               {i18n::tr(l, "Peers"), CellKind::Number}, {i18n::tr(l, "Lower quartile"), CellKind::Number},
               {i18n::tr(l, "Median"), CellKind::Number}, {i18n::tr(l, "Upper quartile"), CellKind::Number},
               {i18n::tr(l, "Percentile"), CellKind::Number}}};
  for (const auto& d : b.result.dimensions) {
    Cell title = text(dimension_title(r, d.id));
    title.detail = d.id;
    t.rows.push_back(standing_row(l, std::move(title), d));
  }
  t.rows.push_back(standing_row(l, text(i18n::tr(l, "Overall")), b.result.overall));
  t.keep = true;
  s.blocks.emplace_back(std::move(t));
  s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "Peers stay anonymous: only their number and the spread of their "
                                              "scores are shown. The percentile is the share of peers with a lower "
                                              "score, equal scores counted half; the quartiles are those of the "
                                              "peers' scores.")}},
                                  Para::Note});
  return s;
}

}  // namespace kubus::report::view
