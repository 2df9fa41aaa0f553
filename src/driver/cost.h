// The yearly cost of contact (issue 17, docs/language.md §7 "The yearly cost
// of contact") as data for every writer: per channel and phase, with totals,
// in the assessment's currency. A touchpoint's `yearly-cost` is split evenly
// over its channels, as the derived `channel.yearly-cost` splits it, so a
// channel's total here is that channel's `yearly-cost`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "driver/run.h"

namespace kubus::driver {

// An amount and how many touchpoints add to it; none (not 0) when none does.
struct CostCell {
  double amount = 0;
  std::size_t touchpoints = 0;
  bool none() const { return touchpoints == 0; }
};

struct CostRow {
  model::Index channel = model::kNone;  // kNone: the touchpoints without a channel
  std::vector<CostCell> phases;         // in cube_phases() order
  CostCell total;
};

struct CostTable {
  std::string currency;                 // the assessment's
  std::vector<CostRow> rows;            // the model's channels in model order; "no channel" last, only when it has a cost
  std::vector<CostCell> phase_totals;   // in cube_phases() order
  CostCell total;
  std::size_t touchpoints = 0;          // in the model
  std::size_t costed = 0;               // with a yearly cost in `currency`
  std::size_t other_currency = 0;       // with a yearly cost in another currency: not in the table (never converted)
};

// A touchpoint's derived `yearly-cost` in the assessment's currency; none
// without one (no cost or no volume) or in another currency.
std::optional<double> yearly_cost(const Run& r, model::Index touchpoint);

const CostTable& cost_of_contact(const Run& r);  // worked out once per run

}  // namespace kubus::driver
