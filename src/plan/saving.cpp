// The yearly saving of an initiative's channel shifts, from the model's costs
// per contact and volumes (docs/roadmap.md, "Channel shifts").
#include <algorithm>

#include "plan/plan.h"

namespace kubus::plan {
namespace {

struct Tally {
  Saving& out;
  const model::Model& m;
  const std::string& currency;
  bool any_volume = false;

  // The cost per contact on `channel` for touchpoint `tp`: the channel's `cost`,
  // else the touchpoint's own when it runs on that channel. Null when neither.
  const model::Val* cost_on(const model::Entity& channel, const model::Entity& tp, bool runs_on) const {
    const model::Val& own = m.field(channel, "cost");
    if (own.present()) return &own;
    const model::Val& at = m.field(tp, "cost");
    return runs_on && at.present() ? &at : nullptr;
  }

  // Records why there is no saving; false when `cost` cannot be used.
  bool usable(const model::Val* cost, const model::Entity& channel) {
    if (!cost) {
      out.why = NoSaving::NoCost;
      out.channel = std::string(channel.id);
      return false;
    }
    if (cost->text != currency) {
      out.why = NoSaving::OtherCurrency;
      out.channel = std::string(channel.id);
      out.currency = std::string(cost->text);
      return false;
    }
    return true;
  }

  // Adds what `s` saves on touchpoint `tp`; false when a cost is missing.
  bool add(const Shift& s, const model::Entity& tp, const model::Entity& from, const model::Entity& to) {
    const model::Val& channels = m.field(tp, "channels");
    const model::Val& volume = m.field(tp, "volume");
    auto on = [&](const model::Entity& c) {
      return std::any_of(channels.items.begin(), channels.items.end(),
                         [&](const model::Val& v) { return v.index != model::kNone && &m.entities[v.index] == &c; });
    };
    if (!volume.present() || channels.items.empty() || !on(from)) return true;
    any_volume = true;
    const model::Val* from_cost = cost_on(from, tp, true);
    const model::Val* to_cost = cost_on(to, tp, on(to));
    if (!usable(from_cost, from) || !usable(to_cost, to)) return false;
    const double moved = s.share / 100 * volume.number / static_cast<double>(channels.items.size());
    out.moved += moved;
    *out.amount += moved * (from_cost->number - to_cost->number);
    return true;
  }
};

}  // namespace

std::string_view no_saving_name(NoSaving n) {
  switch (n) {
    case NoSaving::None: return "";
    case NoSaving::NoShifts: return "no-shifts";
    case NoSaving::NoVolume: return "no-volume";
    case NoSaving::NoCost: return "no-cost";
    case NoSaving::OtherCurrency: return "other-currency";
  }
  return "";
}

Saving yearly_saving(const Initiative& in, const model::Model& m, const std::string& currency) {
  Saving out;
  if (in.shifts.empty()) return out;
  out.amount = 0;
  Tally tally{out, m, currency};
  for (const Shift& s : in.shifts) {
    model::Index from = m.find("channel", s.from), to = m.find("channel", s.to);
    if (from == model::kNone || to == model::kNone) continue;  // E0709 stopped the run
    for (model::Index tp : m.of_kind("touchpoint"))
      if (!tally.add(s, m.entities[tp], m.entities[from], m.entities[to])) {
        out.amount.reset();
        out.moved = 0;
        return out;
      }
  }
  if (!tally.any_volume) {
    out.amount.reset();
    out.why = NoSaving::NoVolume;
    return out;
  }
  out.why = NoSaving::None;
  return out;
}

}  // namespace kubus::plan
