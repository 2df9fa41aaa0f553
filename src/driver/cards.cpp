#include "driver/cards.h"

#include <algorithm>
#include <tuple>

#include "eval/eval.h"
#include "schema/schema.h"

namespace kubus::driver {
namespace {

using model::Val;

std::optional<double> number_of(const Val& v) {
  if (v.tag == Val::Tag::Number || v.tag == Val::Tag::Quantity) return v.number;
  return std::nullopt;
}

std::optional<Money> money_of(const Val& v) {
  if (v.tag != Val::Tag::Quantity) return std::nullopt;
  return Money{v.number, v.text};
}

Mandate mandate_of(const model::Model& m, const model::Entity& e) {
  int field = schema::field_index(m.spec(e), "mandate");
  if (field < 0 || (e.written >> field & 1U) == 0) return Mandate::NotDescribed;
  return m.field(e, "mandate").boolean ? Mandate::Yes : Mandate::No;
}

std::vector<CardKpi> kpis_of(const model::Model& m, model::Index touchpoint) {
  std::vector<CardKpi> out;
  const model::Relation& met = m.relation(schema::Rel::KpiMet);
  for (model::Index k : m.relation(schema::Rel::TouchpointKpis).list(touchpoint)) {
    const model::Entity& e = m.entities[k];
    CardKpi kpi{k,  m.field(e, "metric").text,   eval::value_text(m, m.field(e, "target")), {},
                {}, m.field(e, "frequency").text};
    if (const Val& actual = m.field(e, "actual"); actual.present()) kpi.actual = eval::value_text(m, actual);
    if (!met.flag_none(k)) kpi.met = met.flag(k);
    out.push_back(std::move(kpi));
  }
  return out;
}

std::optional<CardFeedback> feedback_of(const model::Model& m, const model::Entity& e) {
  const Val& block = m.field(e, "feedback");
  if (block.tag != Val::Tag::Block) return std::nullopt;
  const model::Entity& f = m.nested[block.index];
  CardFeedback out;
  for (const Val& s : m.field(f, "sources").items) out.sources.push_back(s.text);
  if (const Val& to = m.field(f, "routed-to"); to.tag == Val::Tag::Ref) out.routed_to = to.index;
  out.closed_loop = m.field(f, "closed-loop").boolean;
  return out;
}

model::Index role_of(const Val& v) { return v.tag == Val::Tag::Ref ? v.index : model::kNone; }

Card card(const Run& r, model::Index t) {
  const model::Model& m = r.model;
  const model::Entity& e = m.entities[t];
  Card c;
  c.touchpoint = t;
  c.phase = m.field(e, "phase").text;
  c.purpose = m.text(e, "purpose", r.lang);
  c.exchanges = m.text(e, "exchanges", r.lang);
  c.experience = m.text(e, "experience", r.lang);
  c.promised = m.text(e, "promised", r.lang);
  c.effort = number_of(m.field(e, "effort"));
  c.volume = number_of(m.field(e, "volume"));
  c.cost = money_of(m.field(e, "cost"));
  c.yearly_cost = money_of(m.relation(schema::Rel::TouchpointYearlyCost).quantity(t));
  for (const Val& ch : m.field(e, "channels").items)
    if (ch.tag == Val::Tag::Ref) c.channels.push_back({ch.index, money_of(m.field(m.entities[ch.index], "cost"))});
  c.owner = role_of(m.field(e, "owner"));
  c.supervisor = role_of(m.field(e, "supervisor"));
  c.kpis = kpis_of(m, t);
  c.feedback = feedback_of(m, e);
  c.mandate = mandate_of(m, e);
  c.switch_moment = m.field(e, "switch-moment").boolean;
  c.span = e.span;
  return c;
}

std::vector<Card> all_cards(const Run& r) {
  std::vector<Card> out;
  for (model::Index t : r.model.of_kind("touchpoint"))
    if (r.model.field(r.model.entities[t], "mandatory").boolean) out.push_back(card(r, t));
  // Entities are in ID order, so a stable sort by volume keeps the ID order among equals.
  std::stable_sort(out.begin(), out.end(), [](const Card& a, const Card& b) {
    return std::tuple(!a.volume, -a.volume.value_or(0)) < std::tuple(!b.volume, -b.volume.value_or(0));
  });
  return out;
}

}  // namespace

const std::vector<Card>& cards(const Run& r) {
  if (!r.cards_) r.cards_ = std::make_shared<const std::vector<Card>>(all_cards(r));
  return *r.cards_;
}

}  // namespace kubus::driver
