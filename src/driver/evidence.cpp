#include "driver/evidence.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

#include "support/text.h"

namespace kubus::driver {
namespace {

using schema::Rel;

std::string text_of(const model::Val& v) { return v.present() ? unescape(v.text) : std::string(); }

std::string display_of(const model::Model& m, const model::Val& ref) {
  return ref.tag == model::Val::Tag::Ref ? std::string(m.display(m.entities[ref.index])) : std::string();
}

// The handoffs each SLA covers, as "from -> to" in handoff order.
std::map<model::Index, std::string> covered_handoffs(const model::Model& m) {
  std::map<model::Index, std::string> out;
  const model::Relation& slas = m.relation(Rel::HandoffSlas);
  for (model::Index h = 0; h < m.handoffs.size(); ++h)
    for (model::Index s : slas.list(h)) {
      std::string& list = out[s];
      list += (list.empty() ? "" : ", ") + std::string(m.display(m.entities[m.handoffs[h].from])) + " -> " +
              std::string(m.display(m.entities[m.handoffs[h].to]));
    }
  return out;
}

TargetRow row(const model::Model& m, model::Index i, bool kpi) {
  const model::Entity& e = m.entities[i];
  TargetRow t;
  t.kind = kpi ? "kpi" : "sla";
  t.id = e.id;
  t.title = m.display(e);
  const model::Val& target = m.field(e, "target");
  t.target = eval::value_text(m, target);
  t.zero_target = target.present() && target.items[0].number == 0;
  if (const model::Val& actual = m.field(e, "actual"); actual.present()) t.actual = eval::value_text(m, actual);
  const model::Relation& met = m.relation(kpi ? Rel::KpiMet : Rel::SlaMet);
  const model::Relation& shortfall = m.relation(kpi ? Rel::KpiShortfall : Rel::SlaShortfall);
  if (!met.flag_none(i)) t.met = met.flag(i);
  if (!std::isnan(shortfall.number(i))) t.shortfall = shortfall.number(i);
  t.span = e.span;
  return t;
}

int rank(const TargetRow& t) { return !t.met ? 1 : *t.met ? 2 : 0; }  // missed, unmeasured, met

std::vector<TargetRow> all_targets(const Run& r) {
  const model::Model& m = r.model;
  std::vector<TargetRow> out;
  for (model::Index i : m.of_kind("kpi")) {
    TargetRow t = row(m, i, true);
    const model::Entity& e = m.entities[i];
    const model::Val& of = m.field(e, "of");
    t.measures = of.tag == model::Val::Tag::Ref
                     ? std::string(m.spec(m.entities[of.index]).name) + " " + display_of(m, of)
                     : "the organisation";
    t.orientation = m.field(e, "orientation").text;
    t.owner = display_of(m, m.field(e, "owner"));
    out.push_back(std::move(t));
  }
  auto covers = covered_handoffs(m);
  for (model::Index i : m.of_kind("sla")) {
    TargetRow t = row(m, i, false);
    const model::Entity& e = m.entities[i];
    auto it = covers.find(i);
    t.measures = it == covers.end() ? "no handoff" : "handoff " + it->second;
    t.orientation = "internal";
    t.owner = display_of(m, m.field(e, "from")) + " -> " + display_of(m, m.field(e, "to"));
    out.push_back(std::move(t));
  }
  std::stable_sort(out.begin(), out.end(), [](const TargetRow& a, const TargetRow& b) {
    double sa = a.shortfall.value_or(0), sb = b.shortfall.value_or(0);
    return std::tuple(rank(a), -sa, a.kind, a.id) < std::tuple(rank(b), -sb, b.kind, b.id);
  });
  return out;
}

}  // namespace

const std::vector<TargetRow>& targets(const Run& r) {
  if (!r.targets_) r.targets_ = std::make_shared<const std::vector<TargetRow>>(all_targets(r));
  return *r.targets_;
}

std::vector<ObservationRow> observations_of(const Run& r, std::string_view practice) {
  const model::Model& m = r.model;
  std::vector<ObservationRow> out;
  model::Index p = m.find("practice", practice);
  if (p == model::kNone) return out;
  for (model::Index o : m.relation(Rel::PracticeObservations).list(p)) {
    const model::Entity& e = m.entities[o];
    out.push_back({e.id, std::string(m.display(e)), practice, m.field(e, "level").number,
                   m.field(e, "confidence").text, text_of(m.field(e, "evidence")), text_of(m.field(e, "source")),
                   text_of(m.field(e, "interviewee")), m.field(e, "date").text, e.span});
  }
  return out;
}

std::optional<Spread> spread(const std::vector<ObservationRow>& rows) {
  if (rows.empty()) return std::nullopt;
  auto [low, high] = std::minmax_element(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.level < b.level; });
  if (high->level - low->level < kSpreadLevels) return std::nullopt;
  return Spread{low->level, high->level};
}

std::vector<WaiverRow> waivers(const Run& r) {
  const model::Model& m = r.model;
  std::map<model::Index, std::size_t> taken;
  for (const auto& res : r.results)
    for (const auto& in : res.instances)
      if (in.outcome == eval::Outcome::Waived) ++taken[in.waiver];
  for (const auto& g : r.silo.gaps.gaps)
    if (g.waived()) ++taken[g.waiver];
  std::vector<WaiverRow> out;
  for (const model::Waiver& checked : r.waivers) {
    model::Index i = checked.entity;
    const model::Entity& e = m.entities[i];
    WaiverRow w;
    w.id = e.id;
    w.title = m.display(e);
    const model::Val& rule = m.field(e, "rule");
    w.waives = rule.present() ? "rule:" + std::string(m.entities[rule.index].id) : "gap:" + std::string(m.field(e, "gap").text);
    for (const auto& item : m.field(e, "entities").items)
      w.subjects.push_back(item.tag == model::Val::Tag::Handoff
                               ? std::string(item.items[0].text) + " -> " + std::string(item.items[1].text)
                               : std::string(item.text));
    w.reason = text_of(m.field(e, "reason"));
    w.owner = display_of(m, m.field(e, "owner"));
    w.expires = checked.expires;
    w.expired = model::expired(checked, r.assessment.date);
    w.taken_out = taken[i];
    w.span = e.span;
    out.push_back(std::move(w));
  }
  return out;
}

void warn_expired(const Run& r, Diagnostics& diags) {
  for (const auto& w : r.waivers) {
    if (!model::expired(w, r.assessment.date)) continue;
    const model::Entity& e = r.model.entities[w.entity];
    diags.add(Code::ExpiredWaiver, r.model.field(e, "expires").span,
              "waiver '" + std::string(e.id) + "' expired on " + std::string(w.expires) + ", before the assessment's date " +
                  r.assessment.date + ": it no longer applies",
              "fix what it waives, or agree a new expiry date and reason with its owner");
  }
}

}  // namespace kubus::driver
