#include "report/json_contacts.h"

#include "driver/cards.h"
#include "driver/cube.h"
#include "report/text.h"

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;

// A card is written straight into the writer, member by member: report.json
// holds one per mandatory touchpoint (25,000 at 100,000 touchpoints), and a
// tree per card cost more than the rest of the cards' work.
void text_or_null(JsonWriter& w, std::string_view key, std::string_view s) {
  if (s.empty())
    w.member(key, nullptr);
  else
    w.member(key, s);
}

void number_or_null(JsonWriter& w, std::string_view key, const std::optional<double>& x) {
  if (x)
    w.member(key, round4(*x));
  else
    w.member(key, nullptr);
}

void money(JsonWriter& w, std::string_view key, const std::optional<driver::Money>& m) {
  w.key(key);
  if (!m) {
    w.value(nullptr);
    return;
  }
  w.begin_object();
  w.member("amount", round4(m->amount));
  w.member("currency", m->currency);
  w.end_object();
}

void id_or_null(JsonWriter& w, std::string_view key, const driver::Run& r, model::Index i) {
  if (i == model::kNone)
    w.member(key, nullptr);
  else
    w.member(key, r.model.entities[i].id);
}

void kpis(JsonWriter& w, const driver::Run& r, const driver::Card& c) {
  w.key("kpis");
  w.begin_array();
  for (const auto& k : c.kpis) {
    w.begin_object();
    w.member("id", r.model.entities[k.kpi].id);
    w.member("title", r.model.display(r.model.entities[k.kpi], r.lang));
    w.member("metric", k.metric);
    w.member("target", k.target);
    text_or_null(w, "actual", k.actual);
    if (k.met)
      w.member("met", *k.met);
    else
      w.member("met", nullptr);
    text_or_null(w, "frequency", k.frequency);
    w.end_object();
  }
  w.end_array();
}

void feedback(JsonWriter& w, const driver::Run& r, const driver::Card& c) {
  w.key("feedback");
  if (!c.feedback) {
    w.value(nullptr);
    return;
  }
  w.begin_object();
  w.key("sources");
  w.begin_array();
  for (std::string_view source : c.feedback->sources) w.value(source);
  w.end_array();
  id_or_null(w, "routed_to", r, c.feedback->routed_to);
  w.member("closed_loop", c.feedback->closed_loop);
  w.end_object();
}

void mandate(JsonWriter& w, driver::Mandate m) {
  w.key("mandate");
  if (m == driver::Mandate::NotDescribed)
    w.value(nullptr);
  else
    w.value(m == driver::Mandate::Yes);
}

void card(JsonWriter& w, const driver::Run& r, const driver::Card& c, driver::Locator& where) {
  const model::Entity& e = r.model.entities[c.touchpoint];
  w.begin_object();
  w.member("touchpoint", e.id);
  w.member("title", r.model.display(e, r.lang));
  w.member("phase", c.phase);
  number_or_null(w, "volume", c.volume);
  text_or_null(w, "purpose", c.purpose);
  text_or_null(w, "exchanges", c.exchanges);
  text_or_null(w, "experience", c.experience);
  text_or_null(w, "promised", c.promised);
  w.key("channels");
  w.begin_array();
  for (const auto& ch : c.channels) {
    w.begin_object();
    w.member("id", r.model.entities[ch.channel].id);
    money(w, "cost", ch.cost);
    w.end_object();
  }
  w.end_array();
  number_or_null(w, "effort", c.effort);
  money(w, "cost", c.cost);
  money(w, "yearly_cost", c.yearly_cost);
  id_or_null(w, "owner", r, c.owner);
  id_or_null(w, "supervisor", r, c.supervisor);
  kpis(w, r, c);
  feedback(w, r, c);
  mandate(w, c.mandate);
  w.member("switch_moment", c.switch_moment);
  w.member("location", where(c.span));
  w.end_object();
}

J id_or_null(const driver::Run& r, model::Index i) {
  return i == model::kNone ? J(nullptr) : J(std::string(r.model.entities[i].id));
}

J amounts_json(const std::vector<driver::CostCell>& cells) {
  J out = J::array();
  for (const auto& c : cells) out.push_back(amount_json(c));
  return out;
}

}  // namespace

J amount_json(const driver::CostCell& c) { return c.none() ? J(nullptr) : J(round4(c.amount)); }

void write_cards(JsonWriter& w, const driver::Run& r, driver::Locator& where) {
  w.begin_array();
  for (const auto& c : driver::cards(r)) card(w, r, c, where);
  w.end_array();
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
