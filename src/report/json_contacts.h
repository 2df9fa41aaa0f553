// The contact-moment cards and the yearly cost of contact in report.json
// (docs/report-format.md, "cards" and "cost"): every card, not only those a
// page shows, and amounts as numbers with their currency.
#pragma once
#include <nlohmann/json.hpp>

#include "driver/cost.h"
#include "driver/run.h"
#include "report/json_writer.h"

namespace kubus::report {

void write_cards(JsonWriter& w, const driver::Run& r, driver::Locator& where);
nlohmann::ordered_json cost_json(const driver::Run& r);
// An amount of the cost table, or null for none (no touchpoint adds to it: not 0).
nlohmann::ordered_json amount_json(const driver::CostCell& c);

}  // namespace kubus::report
