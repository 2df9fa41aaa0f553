#include "report/highlights.h"

#include <fmt/format.h>

#include <algorithm>

#include "report/text.h"

namespace kubus::report {

std::vector<const score::CriterionScore*> weakest(const score::DimensionScore& d, std::size_t limit) {
  std::vector<const score::CriterionScore*> out;
  for (const auto& c : d.criteria)
    if (c.measure.status != score::Status::NotApplicable && !c.holds && c.criterion->level <= d.level + 1)
      out.push_back(&c);
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
    if (a->criterion->level != b->criterion->level) return a->criterion->level < b->criterion->level;
    return a->measure.value < b->measure.value;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<const graph::Gap*> biggest_gaps(const graph::GapReport& r, std::size_t limit) {
  std::vector<const graph::Gap*> out;
  for (const auto& g : r.gaps)
    if (!g.waived()) out.push_back(&g);
  std::stable_sort(out.begin(), out.end(), [&](const graph::Gap* a, const graph::Gap* b) {
    if (a->members.size() != b->members.size()) return a->members.size() > b->members.size();
    if (a->kind != b->kind) return a->kind < b->kind;  // the order reports list the kinds in
    return a->id < b->id;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::string roadmap_span(const Run& r) {
  if (!r.roadmap || r.roadmap->items.empty()) return {};
  int first = r.roadmap->items.front().start, last = 0;
  for (const auto& s : r.roadmap->items) {
    first = std::min(first, s.start);
    last = std::max(last, s.end);
  }
  return r.assessment.quarter_label(first) + " to " + r.assessment.quarter_label(last);
}

std::string targets_sentence(const std::vector<driver::TargetRow>& rows) {
  std::size_t sla = 0, kpi = 0, sla_missed = 0, kpi_missed = 0, unmeasured_sla = 0, unmeasured_kpi = 0;
  for (const auto& t : rows) {
    bool is_sla = t.kind == "sla";
    (is_sla ? sla : kpi) += 1;
    if (t.met == false) (is_sla ? sla_missed : kpi_missed) += 1;
    if (!t.met) (is_sla ? unmeasured_sla : unmeasured_kpi) += 1;
  }
  std::vector<std::string> parts;
  if (sla) parts.push_back(fmt::format("{} of {} SLAs", sla_missed, sla));
  if (kpi) parts.push_back(fmt::format("{} of {} KPIs", kpi_missed, kpi));
  if (parts.empty()) return {};
  std::string out = parts[0] + (parts.size() > 1 ? " and " + parts[1] : "") + " miss their target";
  std::vector<std::string> unmeasured;
  if (unmeasured_sla) unmeasured.push_back(fmt::format("{} SLA(s)", unmeasured_sla));
  if (unmeasured_kpi) unmeasured.push_back(fmt::format("{} KPI(s)", unmeasured_kpi));
  if (!unmeasured.empty())
    out += "; " + unmeasured[0] + (unmeasured.size() > 1 ? " and " + unmeasured[1] : "") + " not measured";
  return out;
}

std::string_view met_word(std::optional<bool> met) { return !met ? "not measured" : *met ? "yes" : "no"; }

std::string shortfall_text(const driver::TargetRow& t) {
  if (!t.shortfall) return {};
  // A target of 0 has no magnitude to be relative to: its shortfall is absolute.
  if (t.zero_target) return fixed(*t.shortfall, 2);
  return fixed(*t.shortfall * 100, 0) + "%";
}

std::string waivers_sentence(const Run& r, const std::vector<driver::WaiverRow>& rows) {
  if (rows.empty()) return {};
  std::size_t instances = driver::waived_findings(r).size(), gaps = 0, expired = 0;
  for (const auto& g : r.silo.gaps.gaps) gaps += g.waived();
  for (const auto& w : rows) expired += w.expired;
  std::string out = fmt::format("{} waiver(s) take out {} finding(s) and {} silo gap(s)", rows.size(), instances, gaps);
  if (expired) out += fmt::format("; {} expired and no longer appl{}", expired, expired == 1 ? "ies" : "y");
  return out;
}

}  // namespace kubus::report
