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

// The legend's buckets: no touchpoints, none with a value (no findings, no
// yearly cost), then the quarters of the report's cells with a value, from
// the lowest to the highest. A fixed scale (up to 25%, 50%, ...) turned a
// large organisation, where most cells are over 75%, red in every cell;
// quartiles keep the contrast at every size.
struct Scale {
  std::array<double, 5> bounds{};  // the lowest value, the three quartiles, the highest
  bool empty = true;               // no cell has a value
  int bucket(double value) const {
    int above = 0;
    for (int k = 1; k <= 3; ++k) above += value >= bounds[static_cast<std::size_t>(k)];
    return 2 + above;
  }
};

Scale scale_of(std::vector<double> values) {
  Scale s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  s.empty = false;
  for (std::size_t k = 0; k < s.bounds.size(); ++k) s.bounds[k] = values[(values.size() - 1) * k / 4];
  return s;
}

double share_of(const driver::CubeCell& c) { return double(c.with_findings) / double(c.touchpoints); }

int findings_bucket(const Scale& s, const driver::CubeCell& c) {
  if (c.touchpoints == 0) return 0;
  return c.with_findings == 0 ? 1 : s.bucket(share_of(c));
}

int cost_bucket(const Scale& s, const driver::CubeCell& c) {
  if (c.touchpoints == 0) return 0;
  return c.cost.none() ? 1 : s.bucket(c.cost.amount);
}

// The first two entries, then a quarter k from bounds[k] up to (the last: and
// with) bounds[k + 1]; a quarter no cell can fall in (its bounds equal) has no entry.
template <class Shown>
std::vector<std::string> legend(Lang l, const Scale& s, std::vector<std::string> out, Shown shown) {
  for (std::size_t k = 0; k < 4; ++k) {
    bool used = !s.empty && (k == 3 || s.bounds[k + 1] > s.bounds[k]);
    out.push_back(!used ? std::string()
                        : s.bounds[k] == s.bounds[k + 1]
                              ? shown(s.bounds[k])
                              : say(l, "{from} to {to}", fmt::arg("from", shown(s.bounds[k])),
                                    fmt::arg("to", shown(s.bounds[k + 1]))));
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

CubeCell findings_cell(Lang l, const driver::CubeCell& c, const Scale& scale) {
  double share = c.touchpoints ? share_of(c) : 0.0;
  return {c.touchpoints, c.with_findings, c.findings, share, findings_bucket(scale, c),
          c.touchpoints ? i18n::percent(l, share) : "–",
          say(l, "{with} of {touchpoints} touchpoints with findings; {findings} findings",
              fmt::arg("with", i18n::number(l, double(c.with_findings))),
              fmt::arg("touchpoints", i18n::number(l, double(c.touchpoints))),
              fmt::arg("findings", i18n::number(l, double(c.findings))))};
}

// A cell without a yearly cost shows none ("–"), not 0: the model does not say what it costs.
CubeCell cost_cell(const Run& r, const driver::CubeCell& c, const Scale& scale) {
  const Lang l = r.lang;
  return {c.touchpoints, c.with_findings, c.findings, 0, cost_bucket(scale, c),
          c.cost.none() ? "–" : i18n::money(l, c.cost.amount, r.assessment.currency),
          say(l, "{costed} of {touchpoints} touchpoints with a yearly cost",
              fmt::arg("costed", i18n::number(l, double(c.cost.touchpoints))),
              fmt::arg("touchpoints", i18n::number(l, double(c.touchpoints))))};
}

CubeTable table(const Run& r, const driver::CubeTable& t, CubeLayer layer, const Scale& scale) {
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
    for (const auto& c : row->cells)
      shown.cells.push_back(layer == CubeLayer::Cost ? cost_cell(r, c, scale) : findings_cell(r.lang, c, scale));
    out.rows.push_back(std::move(shown));
  }
  if (out.rows.size() > kCubeRows) out.more = more_text(r.lang, out.rows.size() - kCubeRows);
  return out;
}

std::vector<std::string> phases(Lang l) {
  std::vector<std::string> out;
  for (auto p : driver::cube_phases()) out.push_back(phase_title(l, p));
  return out;
}

Cube findings_layer(const Run& r, const std::vector<driver::CubeTable>& tables) {
  const Lang l = r.lang;
  std::vector<double> shares;
  for (const auto& t : tables)
    for (const auto& row : t.rows)
      for (const auto& c : row.cells)
        if (c.with_findings > 0) shares.push_back(share_of(c));
  const Scale scale = scale_of(std::move(shares));
  Cube c{CubeLayer::Findings, phases(l),
         legend(l, scale, {i18n::tr(l, "no touchpoints"), i18n::tr(l, "none with error or warning findings")},
                [l](double share) { return i18n::percent(l, share); }),
         {}};
  for (std::size_t i = 0; i < tables.size() && i <= kCubeTables; ++i)
    c.tables.push_back(table(r, tables[i], CubeLayer::Findings, scale));
  return c;
}

// The yearly cost over all channels (the phase-by-channel table beside it splits it per channel).
Cube cost_layer(const Run& r, const driver::CubeTable& all) {
  const Lang l = r.lang;
  std::vector<double> costs;
  for (const auto& row : all.rows)
    for (const auto& c : row.cells)
      if (!c.cost.none()) costs.push_back(c.cost.amount);
  const Scale scale = scale_of(std::move(costs));
  Cube c{CubeLayer::Cost, phases(l),
         legend(l, scale, {i18n::tr(l, "no touchpoints"), i18n::tr(l, "no yearly cost in the model")},
                [&r, l](double amount) { return i18n::money(l, amount, r.assessment.currency); }),
         {table(r, all, CubeLayer::Cost, scale)}};
  c.tables.front().caption = i18n::tr(l, "Yearly cost of contact, all channels");
  return c;
}

}  // namespace

Section cube(const Run& r) {
  const Lang l = r.lang;
  Section s{"cube", i18n::tr(l, "The customer-communication cube"), {}};
  const auto& tables = driver::cube(r);
  if (tables.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "The model has no touchpoints.")}}, Para::Note});
    return s;
  }
  s.blocks.emplace_back(Paragraph{{{i18n::tr(
      l, "Each cell: the share of touchpoints with error or warning findings, by business unit (the touchpoint's own, "
         "else its owner's department's) and phase of the customer journey. Info findings and waived ones do not "
         "count. Each colour holds about a quarter of the cells with findings, from the lowest "
         "shares to the highest, so differences show even where most cells are high.")}}});
  s.blocks.emplace_back(findings_layer(r, tables));
  if (tables.size() > kCubeTables + 1)
    s.blocks.emplace_back(Paragraph{{{say_n(l, "And {n} more channel (see report.json).",
                                            "And {n} more channels (see report.json).",
                                            static_cast<long>(tables.size() - kCubeTables - 1))}},
                                    Para::Note});
  cost_view(s, r, cost_layer(r, tables.front()));
  return s;
}

}  // namespace kubus::report::view
