// The yearly cost of contact in the cube section (driver/cost.h): a sentence
// with the total, the cube's cost layer (business unit by phase) and a table
// by channel and phase with totals. Channels are the rows and phases the
// columns, as in the cube: a model has a dozen channels, which as columns of
// amounts would not fit an A4 page.
#include "driver/cost.h"
#include "driver/cube.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

Cell amount(const Run& r, const driver::CostCell& c) {
  return c.none() ? none(CellKind::Money) : money(r.lang, c.amount, r.assessment.currency);
}

Table table(const Run& r, const driver::CostTable& cost) {
  const Lang l = r.lang;
  Table t{i18n::tr(l, "Yearly cost of contact by channel and phase"), {{i18n::tr(l, "Channel")}}};
  for (auto p : driver::cube_phases()) t.columns.push_back({phase_title(l, p), CellKind::Money});
  t.columns.push_back({i18n::tr(l, "Total"), CellKind::Money});
  auto row = [&](const std::string& name, const std::vector<driver::CostCell>& phases, const driver::CostCell& total) {
    std::vector<Cell> cells{text(name)};
    for (const auto& c : phases) cells.push_back(amount(r, c));
    cells.push_back(amount(r, total));
    t.rows.push_back(std::move(cells));
  };
  for (const auto& c : cost.rows)
    row(c.channel == model::kNone ? i18n::tr(l, "No channel")
                                  : std::string(r.model.display(r.model.entities[c.channel], l)),
        c.phases, c.total);
  row(i18n::tr(l, "Total"), cost.phase_totals, cost.total);
  t.keep = true;
  return t;
}

std::string summary(const Run& r, const driver::CostTable& cost) {
  const Lang l = r.lang;
  std::string out = say(l,
                        "Contact costs {total} a year, counted over the {costed} of {touchpoints} touchpoints that "
                        "have both a cost per contact and a volume (cost × volume). A touchpoint on several channels "
                        "adds an equal share to each.",
                        fmt::arg("total", i18n::money(l, cost.total.amount, cost.currency)),
                        fmt::arg("costed", i18n::number(l, double(cost.costed))),
                        fmt::arg("touchpoints", i18n::number(l, double(cost.touchpoints))));
  if (cost.other_currency)
    out += " " + say_n(l, "{n} touchpoint costs in another currency than {currency} and is left out: money is never converted.",
                       "{n} touchpoints cost in another currency than {currency} and are left out: money is never converted.",
                       static_cast<long>(cost.other_currency), fmt::arg("currency", cost.currency));
  return out;
}

}  // namespace

void cost_view(Section& s, const Run& r, Cube layer) {
  const Lang l = r.lang;
  s.blocks.emplace_back(Heading{i18n::tr(l, "The yearly cost of contact"), {}});
  const driver::CostTable& cost = driver::cost_of_contact(r);
  if (cost.costed == 0) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "No touchpoint has both a cost per contact and a volume: the model "
                                                  "does not say what contact costs.")}},
                                    Para::Note});
    return;
  }
  s.blocks.emplace_back(Paragraph{{{summary(r, cost)}}});
  s.blocks.emplace_back(std::move(layer));
  s.blocks.emplace_back(table(r, cost));
}

}  // namespace kubus::report::view
