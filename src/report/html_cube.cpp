// The customer-communication cube: business units x phases, once for all
// channels and once per channel (static small tables, no script), each cell
// coloured by the share of its touchpoints with error or warning findings.
// A touchpoint's unit is the derived one (touchpoint.unit: written, else its
// owner's department's); a table shows a "no unit" row only when it has
// touchpoints there.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "report/html.h"

namespace kubus::report::html {
namespace {

constexpr std::array<std::string_view, 4> kPhases = {"promise", "deliver", "settle", "use"};

struct Touchpoint {
  model::Index unit = model::kNone;  // kNone: no unit
  std::size_t phase = 0;
  std::vector<model::Index> channels;
  std::size_t findings = 0;
};

struct Cell {
  std::size_t touchpoints = 0, with_findings = 0, findings = 0;
};

// The colour buckets of the legend: no touchpoints, then the share with findings.
struct Bucket {
  const char* label;
  const char* style;
};
constexpr std::array<Bucket, 6> kBuckets = {{{"no touchpoints", "background:#f7f7f7;color:#5b6475"},
                                             {"none with error or warning findings", "background:#dff0d8"},
                                             {"up to 25%", "background:#fde8c8"},
                                             {"up to 50%", "background:#f9c08f"},
                                             {"up to 75%", "background:#f08a65"},
                                             {"over 75%", "background:#c0392b;color:#fff"}}};

const Bucket& bucket(const Cell& c) {
  if (c.touchpoints == 0) return kBuckets[0];
  if (c.with_findings == 0) return kBuckets[1];
  double share = double(c.with_findings) / double(c.touchpoints);
  return kBuckets[share <= 0.25 ? 2 : share <= 0.5 ? 3 : share <= 0.75 ? 4 : 5];
}

// Error and warning findings per touchpoint (an info finding is advice, not a
// problem to colour a cell with; a waived one is not a finding): about the
// touchpoint itself or about a handoff leaving it (the `next` item that
// creates it is on it). An instance that failed to evaluate counts as an error.
std::map<model::Index, std::size_t> findings_per_touchpoint(const Run& r) {
  std::map<model::Index, std::size_t> out;
  for (const auto& result : r.results)
    for (const eval::Instance& in : result.instances) {
      bool counts = in.outcome == eval::Outcome::Error ||
                    (in.outcome == eval::Outcome::Fail && result.severity != Severity::Note);
      if (!counts) continue;
      if (in.subject.kind == eval::Subject::Kind::Entity) ++out[in.subject.index];
      else if (in.subject.kind == eval::Subject::Kind::Handoff) ++out[r.model.handoffs[in.subject.index].from];
    }
  return out;
}

std::vector<Touchpoint> touchpoints(const Run& r) {
  auto counts = findings_per_touchpoint(r);
  std::vector<Touchpoint> out;
  for (model::Index i : r.model.of_kind("touchpoint")) {
    const model::Entity& e = r.model.entities[i];
    Touchpoint t;
    t.unit = r.model.relation(schema::Rel::TouchpointUnit).single(i);
    std::string_view phase = r.model.field(e, "phase").text;
    for (std::size_t p = 0; p < kPhases.size(); ++p)
      if (kPhases[p] == phase) t.phase = p;
    for (const model::Val& c : r.model.field(e, "channels").items)
      if (c.tag == model::Val::Tag::Ref) t.channels.push_back(c.index);
    if (auto it = counts.find(i); it != counts.end()) t.findings = it->second;
    out.push_back(std::move(t));
  }
  return out;
}

// One table over the touchpoints `in` says belong to it.
template <class In>
std::string table(const Run& r, const std::string& caption, const std::vector<Touchpoint>& all,
                  const std::vector<model::Index>& units, In in) {
  std::map<std::pair<model::Index, std::size_t>, Cell> cells;
  bool no_unit_row = false;
  for (const Touchpoint& t : all) {
    if (!in(t)) continue;
    Cell& c = cells[{t.unit, t.phase}];
    ++c.touchpoints;
    c.with_findings += t.findings > 0;
    c.findings += t.findings;
    no_unit_row |= t.unit == model::kNone;
  }
  std::string out = fmt::format("<table class=\"keep\">\n<caption>{}</caption>\n<thead><tr><th>Unit</th>", caption);
  for (auto p : kPhases) out += fmt::format("<th>{}</th>", p);
  out += "</tr></thead>\n<tbody>\n";
  std::vector<model::Index> rows = units;
  if (no_unit_row) rows.push_back(model::kNone);
  for (model::Index u : rows) {
    out += fmt::format("<tr><th>{}</th>", u == model::kNone ? std::string("no unit")
                                                            : html_escape(r.model.display(r.model.entities[u])));
    for (std::size_t p = 0; p < kPhases.size(); ++p) {
      Cell c = cells[{u, p}];
      out += fmt::format("<td style=\"{}\" title=\"{} error or warning finding(s)\">", bucket(c).style, c.findings);
      out += c.touchpoints ? fmt::format("{}/{}", c.with_findings, c.touchpoints) : "–";
      out += "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string cube(const Run& r) {
  std::string out = "<section id=\"cube\">\n<h2>The customer-communication cube</h2>\n";
  auto all = touchpoints(r);
  if (all.empty()) return out + "<p class=\"note\">The model has no touchpoints.</p>\n</section>\n";
  auto units = r.model.of_kind("unit");
  auto channels = r.model.of_kind("channel");
  bool no_channel = false;
  for (const Touchpoint& t : all) no_channel |= t.channels.empty();
  out += "<p>Each cell: touchpoints with error or warning findings / touchpoints, by business unit (the "
         "touchpoint's own, else its owner's department's) and phase; hover a cell for the number of those findings "
         "(about the touchpoint or a handoff leaving it). Info findings and waived ones do not count.</p>\n"
         "<p class=\"legend\">";
  for (const Bucket& b : kBuckets)
    out += fmt::format("<span><i class=\"swatch\" style=\"{}\"></i>{}</span>", b.style, b.label);
  out += "</p>\n<div class=\"cubes\">\n";
  out += table(r, "All channels", all, units, [](const Touchpoint&) { return true; });
  for (model::Index ch : channels)
    out += table(r, "Channel: " + html_escape(r.model.display(r.model.entities[ch])), all, units,
                 [ch](const Touchpoint& t) { return std::find(t.channels.begin(), t.channels.end(), ch) != t.channels.end(); });
  if (no_channel) out += table(r, "No channel", all, units, [](const Touchpoint& t) { return t.channels.empty(); });
  return out + "</div>\n</section>\n";
}

}  // namespace kubus::report::html
