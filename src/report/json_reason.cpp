// Each fact carries exactly the fields its kind uses (plan/reason.h lists
// them), under the struct's names, so the JSON shape follows the data.
#include "report/json_reason.h"

namespace kubus::report {
namespace {

using J = nlohmann::ordered_json;
using plan::FactKind;

enum Field : unsigned {
  Initiative = 1U << 0, Who = 1U << 1, Initiatives = 1U << 2, Criteria = 1U << 3, Durations = 1U << 4,
  From = 1U << 5, To = 1U << 6, At = 1U << 7, Year = 1U << 8, Count = 1U << 9, Horizon = 1U << 10,
  ShortBy = 1U << 11, Need = 1U << 12, Per = 1U << 13, Have = 1U << 14, Currency = 1U << 15,
};

unsigned fields_of(FactKind k) {
  switch (k) {
    case FactKind::Uncovered: return Criteria | Initiatives;
    case FactKind::Chain: return ShortBy | Initiatives | Durations | Count | Horizon;
    case FactKind::TaskCapacity: return ShortBy | Initiative | Need | Count | From | To | Per | Have;
    case FactKind::TaskBudget: return ShortBy | Initiative | Need | From | To | Year | Per | Have | Currency;
    case FactKind::WindowCapacity: return ShortBy | Who | Initiatives | From | Need | Count | Per | Have;
    case FactKind::WindowBudget: return ShortBy | Who | Initiatives | Year | Need | Count | Per | Have | Currency;
    case FactKind::Waits: return ShortBy | Initiative | At | Count;
    case FactKind::LateStart: return ShortBy | Initiative | From | To | Count;
    case FactKind::QuarterCapacity: return ShortBy | Initiative | At | From | To | Per | Have;
    case FactKind::YearBudget: return ShortBy | Initiative | Year | Need | From | To | Per | Have | Currency;
    case FactKind::PlanCapacity: return ShortBy | Initiatives | Need | Per | Have;
    case FactKind::PlanBudget: return ShortBy | Initiatives | Need | Per | Have | Currency;
    case FactKind::WaitsFor:
    case FactKind::LeavesOut: break;
  }
  return Initiatives;
}

J opt(const std::string& s) { return s.empty() ? J(nullptr) : J(s); }

J fact_json(const plan::Fact& f) {
  const unsigned use = fields_of(f.kind);
  J j = {{"kind", std::string(plan::fact_name(f.kind))}};
  auto put = [&](Field field, const char* key, J value) {
    if ((use & field) != 0) j[key] = std::move(value);
  };
  put(Initiative, "initiative", f.initiative);
  put(Who, "dimension", f.who);
  put(Initiatives, "initiatives", f.initiatives);
  put(Criteria, "criteria", f.criteria);
  put(Durations, "durations", f.durations);
  put(From, "from", opt(f.from));  // null: over the whole horizon
  put(To, "to", f.to);
  put(At, "at", f.at);
  put(Year, "year", f.year == 0 ? J(nullptr) : J(f.year));  // null: over the whole horizon
  put(Count, "count", f.count);
  put(Horizon, "horizon", f.horizon);
  put(ShortBy, "short_by", f.short_by);
  put(Need, "need", f.need);
  put(Per, "per", f.per);
  put(Have, "have", f.have);
  put(Currency, "currency", f.currency);
  return j;
}

}  // namespace

nlohmann::ordered_json clause_json(const plan::Clause& c) {
  J facts = J::array();
  for (const plan::Fact& f : c.facts) facts.push_back(fact_json(f));
  return {{"limit", std::string(plan::limit_name(c.limit))},
          {"frame", opt(std::string(plan::frame_name(c.frame)))},
          {"beside", c.beside},
          {"facts", facts}};
}

}  // namespace kubus::report
