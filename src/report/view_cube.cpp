// The customer-communication cube (driver/cube.h): business units x phases,
// each cell the share of its touchpoints with error or warning findings, which
// colours it. Shares, not counts, so a large organisation still shows where it
// hurts most.
#include <algorithm>
#include <array>

#include "driver/cube.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

// The legend's buckets: no touchpoints, none with findings, then the quarters
// of the report's cells with findings, by share (lowest quarter first). A fixed
// scale (up to 25%, 50%, ...) turned a large organisation, where most cells are
// over 75%, red in every cell; quartiles keep the contrast at every size.
struct Scale {
  std::array<double, 5> bounds{};  // the lowest share, the three quartiles, the highest
  bool empty = true;               // no cell has findings
  int bucket(const driver::CubeCell& c) const {
    if (c.touchpoints == 0) return 0;
    if (c.with_findings == 0) return 1;
    double share = double(c.with_findings) / double(c.touchpoints);
    int above = 0;
    for (int k = 1; k <= 3; ++k) above += share >= bounds[static_cast<std::size_t>(k)];
    return 2 + above;
  }
};

double share_of(const driver::CubeCell& c) { return double(c.with_findings) / double(c.touchpoints); }

Scale scale_of(const std::vector<driver::CubeTable>& tables) {
  std::vector<double> shares;
  for (const auto& t : tables)
    for (const auto& row : t.rows)
      for (const auto& c : row.cells)
        if (c.with_findings > 0) shares.push_back(share_of(c));
  Scale s;
  if (shares.empty()) return s;
  std::sort(shares.begin(), shares.end());
  s.empty = false;
  for (std::size_t k = 0; k < s.bounds.size(); ++k) s.bounds[k] = shares[(shares.size() - 1) * k / 4];
  return s;
}

std::vector<std::string> legend(Lang l, const Scale& s) {
  std::vector<std::string> out{i18n::tr(l, "no touchpoints"), i18n::tr(l, "none with error or warning findings")};
  for (std::size_t k = 0; k < 4; ++k) {
    // A quarter k holds the shares from bounds[k] up to (the last: and with) bounds[k + 1]; one no cell
    // can fall in (its bounds equal) has no entry.
    bool used = !s.empty && (k == 3 || s.bounds[k + 1] > s.bounds[k]);
    out.push_back(!used ? std::string()
                        : s.bounds[k] == s.bounds[k + 1]
                              ? i18n::percent(l, s.bounds[k])
                              : say(l, "{from} to {to}", fmt::arg("from", i18n::percent(l, s.bounds[k])),
                                    fmt::arg("to", i18n::percent(l, s.bounds[k + 1]))));
  }
  return out;
}

std::string caption(const Run& r, const driver::CubeTable& t) {
  switch (t.scope) {
    case driver::CubeScope::AllChannels: return i18n::tr(r.lang, "All channels");
    case driver::CubeScope::Channel:
      return say(r.lang, "Channel: {channel}", fmt::arg("channel", r.model.display(r.model.entities[t.channel], r.lang)));
    case driver::CubeScope::NoChannel: break;
  }
  return i18n::tr(r.lang, "No channel");
}

std::size_t touchpoints(const driver::CubeRow& row) {
  std::size_t n = 0;
  for (const auto& c : row.cells) n += c.touchpoints;
  return n;
}

CubeTable table(const Run& r, const driver::CubeTable& t, const Scale& scale) {
  CubeTable out{caption(r, t), {}, kCubeRows, {}};
  std::vector<const driver::CubeRow*> rows;
  for (const auto& row : t.rows)
    if (touchpoints(row) > 0) rows.push_back(&row);
  // A capped table shows the units with the most touchpoints; a small one keeps the model's order.
  if (rows.size() > kCubeRows)
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return touchpoints(*a) > touchpoints(*b); });
  for (const auto* row : rows) {
    CubeRow shown{row->unit == model::kNone ? i18n::tr(r.lang, "no unit")
                                            : std::string(r.model.display(r.model.entities[row->unit], r.lang)),
                  {}};
    for (const auto& c : row->cells) {
      double share = c.touchpoints ? share_of(c) : 0.0;
      shown.cells.push_back({c.touchpoints, c.with_findings, c.findings, share, scale.bucket(c),
                             c.touchpoints ? i18n::percent(r.lang, share) : "–",
                             say(r.lang, "{with} of {touchpoints} touchpoints with findings; {findings} findings",
                                 fmt::arg("with", i18n::number(r.lang, double(c.with_findings))),
                                 fmt::arg("touchpoints", i18n::number(r.lang, double(c.touchpoints))),
                                 fmt::arg("findings", i18n::number(r.lang, double(c.findings))))});
    }
    out.rows.push_back(std::move(shown));
  }
  if (out.rows.size() > kCubeRows) out.more = more_text(r.lang, out.rows.size() - kCubeRows);
  return out;
}

}  // namespace

Section cube(const Run& r) {
  const Lang l = r.lang;
  Section s{"cube", i18n::tr(l, "The customer-communication cube"), {}};
  auto tables = driver::cube(r);
  if (tables.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "The model has no touchpoints.")}}, Para::Note});
    return s;
  }
  s.blocks.emplace_back(Paragraph{{{i18n::tr(
      l, "Each cell: the share of touchpoints with error or warning findings, by business unit (the touchpoint's own, "
         "else its owner's department's) and phase of the customer journey. Info findings and waived ones do not "
         "count. Each colour holds about a quarter of the cells with findings, from the lowest "
         "shares to the highest, so differences show even where most cells are high.")}}});
  Cube c;
  for (auto p : driver::cube_phases()) c.phases.push_back(phase_title(l, p));
  const Scale scale = scale_of(tables);
  c.legend = legend(l, scale);
  for (std::size_t i = 0; i < tables.size() && i <= kCubeTables; ++i) c.tables.push_back(table(r, tables[i], scale));
  s.blocks.emplace_back(std::move(c));
  if (tables.size() > kCubeTables + 1)
    s.blocks.emplace_back(Paragraph{{{say_n(l, "And {n} more channel (see report.json).",
                                            "And {n} more channels (see report.json).",
                                            static_cast<long>(tables.size() - kCubeTables - 1))}},
                                    Para::Note});
  return s;
}

}  // namespace kubus::report::view
