#include "report/json_contacts.h"

#include "driver/cards.h"
#include "driver/cube.h"
#include "report/text.h"

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;

J text_or_null(std::string_view s) { return s.empty() ? J(nullptr) : J(std::string(s)); }
J number_or_null(const std::optional<double>& x) { return x ? J(round4(*x)) : J(nullptr); }
J money_json(const std::optional<driver::Money>& m) {
  return m ? J{{"amount", round4(m->amount)}, {"currency", m->currency}} : J(nullptr);
}
J id_or_null(const driver::Run& r, model::Index i) {
  return i == model::kNone ? J(nullptr) : J(std::string(r.model.entities[i].id));
}

J kpis_json(const driver::Run& r, const driver::Card& c) {
  J out = J::array();
  for (const auto& k : c.kpis)
    out.push_back({{"id", r.model.entities[k.kpi].id},
                   {"title", r.model.display(r.model.entities[k.kpi], r.lang)},
                   {"metric", k.metric},
                   {"target", k.target},
                   {"actual", text_or_null(k.actual)},
                   {"met", k.met ? J(*k.met) : J(nullptr)},
                   {"frequency", text_or_null(k.frequency)}});
  return out;
}

J feedback_json(const driver::Run& r, const driver::Card& c) {
  if (!c.feedback) return nullptr;
  return {{"sources", c.feedback->sources},
          {"routed_to", id_or_null(r, c.feedback->routed_to)},
          {"closed_loop", c.feedback->closed_loop}};
}

J mandate_json(driver::Mandate m) {
  switch (m) {
    case driver::Mandate::Yes: return true;
    case driver::Mandate::No: return false;
    case driver::Mandate::NotDescribed: break;
  }
  return nullptr;
}

J card_json(const driver::Run& r, const driver::Card& c, driver::Locator& where) {
  const model::Entity& e = r.model.entities[c.touchpoint];
  J channels = J::array();
  for (const auto& ch : c.channels)
    channels.push_back({{"id", r.model.entities[ch.channel].id}, {"cost", money_json(ch.cost)}});
  return {{"touchpoint", e.id},
          {"title", r.model.display(e, r.lang)},
          {"phase", c.phase},
          {"volume", number_or_null(c.volume)},
          {"purpose", text_or_null(c.purpose)},
          {"exchanges", text_or_null(c.exchanges)},
          {"experience", text_or_null(c.experience)},
          {"promised", text_or_null(c.promised)},
          {"channels", channels},
          {"effort", number_or_null(c.effort)},
          {"cost", money_json(c.cost)},
          {"yearly_cost", money_json(c.yearly_cost)},
          {"owner", id_or_null(r, c.owner)},
          {"supervisor", id_or_null(r, c.supervisor)},
          {"kpis", kpis_json(r, c)},
          {"feedback", feedback_json(r, c)},
          {"mandate", mandate_json(c.mandate)},
          {"switch_moment", c.switch_moment},
          {"location", where(c.span)}};
}

J amounts_json(const std::vector<driver::CostCell>& cells) {
  J out = J::array();
  for (const auto& c : cells) out.push_back(amount_json(c));
  return out;
}

}  // namespace

J amount_json(const driver::CostCell& c) { return c.none() ? J(nullptr) : J(round4(c.amount)); }

J cards_json(const driver::Run& r, driver::Locator& where) {
  J out = J::array();
  for (const auto& c : driver::cards(r)) out.push_back(card_json(r, c, where));
  return out;
}

J cost_json(const driver::Run& r) {
  const driver::CostTable& t = driver::cost_of_contact(r);
  J channels = J::array();
  for (const auto& row : t.rows)
    channels.push_back({{"channel", id_or_null(r, row.channel)}, {"phases", amounts_json(row.phases)},
                        {"total", amount_json(row.total)}});
  return {{"currency", t.currency},
          {"phases", driver::cube_phases()},
          {"channels", channels},
          {"phase_totals", amounts_json(t.phase_totals)},
          {"total", amount_json(t.total)},
          {"touchpoints", t.touchpoints},
          {"costed", t.costed},
          {"other_currency", t.other_currency}};
}

}  // namespace kubus::report
