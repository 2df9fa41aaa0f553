// The customer-communication cube (driver/cube.h): business units x phases,
// each cell the share of its touchpoints with error or warning findings, which
// colours it. Shares, not counts, so a large organisation still shows where it
// hurts most.
#include <algorithm>

#include "driver/cube.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

// The legend's buckets: no touchpoints, none with findings, then up to a
// quarter, a half, three quarters and over.
int bucket_of(const driver::CubeCell& c) {
  if (c.touchpoints == 0) return 0;
  if (c.with_findings == 0) return 1;
  double share = double(c.with_findings) / double(c.touchpoints);
  return share <= 0.25 ? 2 : share <= 0.5 ? 3 : share <= 0.75 ? 4 : 5;
}

std::vector<std::string> legend(Lang l) {
  return {i18n::tr(l, "no touchpoints"), i18n::tr(l, "none with error or warning findings"), i18n::tr(l, "up to 25%"),
          i18n::tr(l, "up to 50%"), i18n::tr(l, "up to 75%"), i18n::tr(l, "over 75%")};
}

std::string caption(const Run& r, const driver::CubeTable& t) {
  switch (t.scope) {
    case driver::CubeScope::AllChannels: return i18n::tr(r.lang, "All channels");
    case driver::CubeScope::Channel:
      return say(r.lang, "Channel: {channel}", fmt::arg("channel", r.model.display(r.model.entities[t.channel])));
    case driver::CubeScope::NoChannel: break;
  }
  return i18n::tr(r.lang, "No channel");
}

std::size_t touchpoints(const driver::CubeRow& row) {
  std::size_t n = 0;
  for (const auto& c : row.cells) n += c.touchpoints;
  return n;
}

CubeTable table(const Run& r, const driver::CubeTable& t) {
  CubeTable out{caption(r, t), {}, kCubeRows, {}};
  std::vector<const driver::CubeRow*> rows;
  for (const auto& row : t.rows)
    if (touchpoints(row) > 0) rows.push_back(&row);
  // A capped table shows the units with the most touchpoints; a small one keeps the model's order.
  if (rows.size() > kCubeRows)
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return touchpoints(*a) > touchpoints(*b); });
  for (const auto* row : rows) {
    CubeRow shown{row->unit == model::kNone ? i18n::tr(r.lang, "no unit")
                                            : std::string(r.model.display(r.model.entities[row->unit])),
                  {}};
    for (const auto& c : row->cells) {
      double share = c.touchpoints ? double(c.with_findings) / double(c.touchpoints) : 0.0;
      shown.cells.push_back({c.touchpoints, c.with_findings, c.findings, share, bucket_of(c),
                             c.touchpoints ? i18n::percent(r.lang, share) : "–",
                             say(r.lang, "{with} of {touchpoints} touchpoints with findings; {findings} findings",
                                 fmt::arg("with", c.with_findings), fmt::arg("touchpoints", c.touchpoints),
                                 fmt::arg("findings", c.findings))});
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
         "count.")}}});
  Cube c;
  for (auto p : driver::cube_phases()) c.phases.push_back(phase_title(l, p));
  c.legend = legend(l);
  for (std::size_t i = 0; i < tables.size() && i <= kCubeTables; ++i) c.tables.push_back(table(r, tables[i]));
  s.blocks.emplace_back(std::move(c));
  if (tables.size() > kCubeTables + 1)
    s.blocks.emplace_back(Paragraph{{{say_n(l, "And {n} more channel (see report.json).",
                                            "And {n} more channels (see report.json).",
                                            static_cast<long>(tables.size() - kCubeTables - 1))}},
                                    Para::Note});
  return s;
}

}  // namespace kubus::report::view
