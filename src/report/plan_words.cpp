// The planner's reasons worded from their facts. Effort keeps up to two
// decimals (a person-month to 0.01, as the planner rounds it) so the numbers
// of a clause add up as printed; money is whole units, as i18n::money writes it.
#include "report/plan_words.h"

#include <cmath>

#include "report/view_parts.h"

namespace kubus::report {
namespace {

using plan::Fact;
using plan::FactKind;
using view::say;
using view::say_n;

// A number with at most two decimals, none written when they are zero: "3.25", "3.5", "24".
std::string exact(Lang l, double x) {
  const long long cents = std::llround(x * 100);
  const int decimals = cents % 100 == 0 ? 0 : cents % 10 == 0 ? 1 : 2;
  return i18n::number(l, static_cast<double>(cents) / 100, decimals);
}

std::string pm(Lang l, double x) { return pm_words(l, x); }

std::string money(Lang l, double x, const Fact& f) { return i18n::money(l, x, f.currency); }

std::string quarters(Lang l, long n) { return say_n(l, "{n} quarter", "{n} quarters", n); }

// "a", "a and b", "a, b and c".
std::string and_list(Lang l, const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? i18n::tr(l, " and ") : ", ") + items[i];
  return out;
}

std::string comma_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string span(Lang l, const Fact& f) {
  return f.from == f.to ? f.from : say(l, "{from} to {to}", fmt::arg("from", f.from), fmt::arg("to", f.to));
}

std::string uncovered(Lang l, const Fact& f) {
  const std::string criteria_text = comma_list(f.criteria);
  auto criteria = fmt::arg("criteria", criteria_text);
  const std::string done_text = comma_list(f.initiatives);
  auto done = fmt::arg("done", done_text);
  if (f.initiatives.empty()) return say(l, "no initiative fixes {criteria}", criteria);
  const bool one_done = f.initiatives.size() == 1, one = f.criteria.size() == 1;
  if (one_done && one) return say(l, "no initiative fixes {criteria} ({done} is marked done, yet it still fails)", criteria, done);
  if (one_done) return say(l, "no initiative fixes {criteria} ({done} is marked done, yet they still fail)", criteria, done);
  if (one) return say(l, "no initiative fixes {criteria} ({done} are marked done, yet it still fails)", criteria, done);
  return say(l, "no initiative fixes {criteria} ({done} are marked done, yet they still fail)", criteria, done);
}

std::string horizon(Lang l, const Fact& f) {
  const std::string short_by_text = quarters(l, std::lround(f.short_by));
  auto short_by = fmt::arg("short", short_by_text);
  auto id = fmt::arg("id", f.initiative);
  const std::string at_least_text = quarters(l, f.count);
  auto at_least = fmt::arg("duration", at_least_text);
  if (f.kind == FactKind::Waits)
    return say(l, "horizon too short by {short} ({id} waits for what ends in {last}, the last quarter, and takes at least "
                  "{duration})", short_by, id, fmt::arg("last", f.at), at_least);
  if (f.kind == FactKind::LateStart)
    return say(l, "horizon too short by {short} ({id} can start in {start} at the earliest and takes at least "
                  "{duration}; the horizon ends in {last})", short_by, id, fmt::arg("start", f.from), at_least,
               fmt::arg("last", f.to));
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < f.initiatives.size() && i < f.durations.size(); ++i)
    parts.push_back(f.initiatives[i] + " " + quarters(l, f.durations[i]));
  const std::string has_text = quarters(l, f.horizon);
  auto has = fmt::arg("horizon", has_text);
  if (parts.size() == 1)
    return say(l, "horizon too short by {short} ({chain} at least; the horizon has {horizon})", short_by,
               fmt::arg("chain", parts.front()), has);
  return say(l, "horizon too short by {short} ({chain}, one after the other, take at least {total}; the horizon has "
                "{horizon})", short_by, fmt::arg("chain", and_list(l, parts)), fmt::arg("total", quarters(l, f.count)),
             has);
}

std::string capacity(Lang l, const Fact& f, const std::string& who_name) {
  const std::string short_by_text = pm(l, f.short_by);
  auto short_by = fmt::arg("short", short_by_text);
  auto id = fmt::arg("id", f.initiative);
  const std::string ids_text = and_list(l, f.initiatives);
  auto ids = fmt::arg("ids", ids_text);
  switch (f.kind) {
    case FactKind::TaskCapacity:
      return say(l, "capacity short by {short} per quarter ({id} needs {need}: run over all {length} from {span}, that "
                    "is {rate} per quarter, the capacity is {capacity})", short_by, id, fmt::arg("need", pm(l, f.need)),
                 fmt::arg("length", quarters(l, f.count)), fmt::arg("span", span(l, f)), fmt::arg("rate", pm(l, f.per)),
                 fmt::arg("capacity", pm(l, f.have)));
    case FactKind::QuarterCapacity:
      return say(l, "capacity short by {short} in {quarter} ({id} needs {rate} per quarter over {span}; {free} is free "
                    "in {quarter})", short_by, fmt::arg("quarter", f.at), id, fmt::arg("rate", pm(l, f.per)),
                 fmt::arg("span", span(l, f)), fmt::arg("free", pm(l, f.have)));
    case FactKind::PlanCapacity:
      return say_n(l, "capacity short by {short} over the horizon (the plan takes {used} of its {have}; {ids} needs "
                      "{need} more)", "capacity short by {short} over the horizon (the plan takes {used} of its {have}; "
                      "{ids} need {need} more)", static_cast<long>(f.initiatives.size()), short_by,
                   fmt::arg("used", exact(l, f.per)), fmt::arg("have", pm(l, f.have)), ids, fmt::arg("need", pm(l, f.need)));
    default: break;
  }
  const std::string need_text = pm(l, f.need);
  auto need = fmt::arg("need", need_text);
  const std::string product_text = quarters(l, f.count);
  auto product = fmt::arg("quarters", product_text);
  const std::string have_text = pm(l, f.have);
  auto have = fmt::arg("have", have_text);
  const std::string per_text = pm(l, f.per);
  auto per = fmt::arg("capacity", per_text);
  auto who = fmt::arg("who", who_name);
  if (f.from.empty())
    return say(l, "capacity short by {short} over the horizon ({who} needs {need} for {ids}; {quarters} × {capacity} = "
                  "{have})", short_by, who, need, ids, product, per, have);
  return say(l, "capacity short by {short} from {from} ({who} needs {need} for {ids}, which cannot start earlier; "
                "{quarters} × {capacity} = {have})", short_by, fmt::arg("from", f.from), who, need, ids, product, per,
             have);
}

std::string budget(Lang l, const Fact& f, const std::string& who_name) {
  const std::string short_by_text = money(l, f.short_by, f);
  auto short_by = fmt::arg("short", short_by_text);
  auto id = fmt::arg("id", f.initiative);
  const std::string ids_text = and_list(l, f.initiatives);
  auto ids = fmt::arg("ids", ids_text);
  auto year = fmt::arg("year", f.year);
  const std::string need_text = money(l, f.need, f);
  auto need = fmt::arg("need", need_text);
  switch (f.kind) {
    case FactKind::TaskBudget:
      return say(l, "budget short by {short} in {year} ({id} costs {need}: spread as evenly as it can run, over {span}, "
                    "{year} takes {share}, the budget is {budget} a year)", short_by, year, id, need,
                 fmt::arg("span", span(l, f)), fmt::arg("share", money(l, f.per, f)), fmt::arg("budget", money(l, f.have, f)));
    case FactKind::YearBudget:
      return say(l, "budget short by {short} in {year} ({id} costs {need}; over {span}, {year} takes {takes} and {left} "
                    "of its budget is left)", short_by, year, id, need, fmt::arg("span", span(l, f)),
                 fmt::arg("takes", money(l, f.per, f)), fmt::arg("left", money(l, f.have, f)));
    case FactKind::PlanBudget:
      return say_n(l, "budget short by {short} over the horizon (the plan spends {spent} of its {have}; {ids} costs "
                      "{need} more)", "budget short by {short} over the horizon (the plan spends {spent} of its {have}; "
                      "{ids} cost {need} more)", static_cast<long>(f.initiatives.size()), short_by,
                   fmt::arg("spent", money(l, f.per, f)), fmt::arg("have", money(l, f.have, f)), ids, need);
    default: break;
  }
  const std::string product_text = say_n(l, "{n} year", "{n} years", f.count);
  auto product = fmt::arg("years", product_text);
  const std::string have_text = money(l, f.have, f);
  auto have = fmt::arg("have", have_text);
  const std::string per_text = money(l, f.per, f);
  auto per = fmt::arg("budget", per_text);
  auto who = fmt::arg("who", who_name);
  if (f.year == 0)
    return say(l, "budget short by {short} over the horizon ({who} needs {need} for {ids}; {years} × {budget} = {have})",
               short_by, who, need, ids, product, per, have);
  return say(l, "budget short by {short} from {year} ({who} needs {need} for {ids}, which cannot start earlier; {years} "
                "× {budget} = {have})", short_by, year, who, need, ids, product, per, have);
}

std::string fact_words(Lang l, const Fact& f, const std::string& who_name) {
  switch (f.kind) {
    case FactKind::Uncovered: return uncovered(l, f);
    case FactKind::Chain:
    case FactKind::Waits:
    case FactKind::LateStart: return horizon(l, f);
    case FactKind::TaskCapacity:
    case FactKind::WindowCapacity:
    case FactKind::QuarterCapacity:
    case FactKind::PlanCapacity: return capacity(l, f, who_name);
    case FactKind::TaskBudget:
    case FactKind::WindowBudget:
    case FactKind::YearBudget:
    case FactKind::PlanBudget: return budget(l, f, who_name);
    case FactKind::WaitsFor:
      return say(l, "the initiatives it needs wait for {ids}", fmt::arg("ids", and_list(l, f.initiatives)));
    case FactKind::LeavesOut: break;
  }
  return say(l, "every attempt leaves out {ids}", fmt::arg("ids", and_list(l, f.initiatives)));
}

std::string beside(Lang l, const plan::Clause& c, const std::string& what, const DimensionNames& names) {
  std::vector<std::string> dimensions;
  for (const auto& id : c.beside) dimensions.push_back(names ? names(id) : id);
  const std::string targets_text = comma_list(dimensions);
  auto targets = fmt::arg("targets", targets_text);
  auto rest = fmt::arg("what", what);
  if (c.frame == plan::Frame::AloneNotBeside)
    return c.beside.empty() ? say(l, "reachable alone, but not beside the rest of the plan: {what}", rest)
                            : say(l, "reachable alone, but not beside the targets the plan reaches ({targets}): {what}",
                                  targets, rest);
  return c.beside.empty()
             ? say(l, "its initiatives would fit alone, but not beside the rest of the plan: {what}", rest)
             : say(l, "its initiatives would fit alone, but not beside the targets the plan reaches ({targets}): {what}",
                   targets, rest);
}

std::string no_schedule(Lang l, const plan::Clause& c, const std::string& what) {
  const std::string ids_text = and_list(l, c.beside);
  auto ids = fmt::arg("ids", ids_text);
  const bool left_out = !c.facts.empty() && c.facts.front().kind == FactKind::LeavesOut;
  const std::string missing_text = left_out ? and_list(l, c.facts.front().initiatives) : std::string();
  auto missing = fmt::arg("missing", missing_text);
  auto rest = fmt::arg("what", what);
  if (c.frame == plan::Frame::NoSchedule)
    return left_out ? say(l, "no schedule of {ids} fits the horizon (every schedule was tried): every attempt leaves "
                             "out {missing}", ids, missing)
                    : say(l, "no schedule of {ids} fits the horizon (every schedule was tried): in the first attempt, "
                             "{what}", ids, rest);
  return left_out ? say(l, "the planner found no schedule of {ids} fits the horizon (not proven impossible): every "
                           "attempt leaves out {missing}", ids, missing)
                  : say(l, "the planner found no schedule of {ids} fits the horizon (not proven impossible): in the "
                           "first attempt, {what}", ids, rest);
}

}  // namespace

std::string pm_words(Lang lang, double pm, int decimals) {
  const std::string n = decimals < 0 ? exact(lang, pm) : i18n::number(lang, pm, decimals);
  return say_n(lang, "{pm} pm", "{pm} pm", std::llround(pm * 100) == 100 ? 1 : 2, fmt::arg("pm", n));
}

std::string clause_words(Lang lang, const plan::Clause& clause, const DimensionNames& names) {
  std::vector<std::string> facts;
  for (const Fact& f : clause.facts) facts.push_back(fact_words(lang, f, names && !f.who.empty() ? names(f.who) : f.who));
  std::string what = and_list(lang, facts);
  switch (clause.frame) {
    case plan::Frame::None: return what;
    case plan::Frame::AloneNotBeside:
    case plan::Frame::FitsAloneNotBeside: return beside(lang, clause, what, names);
    case plan::Frame::NoSchedule:
    case plan::Frame::NoScheduleFound: break;
  }
  return no_schedule(lang, clause, what);
}

std::string reason_words(Lang lang, const plan::Reason& reason, const DimensionNames& names) {
  std::string out;
  for (const plan::Clause& c : reason) out += (out.empty() ? "" : "; ") + clause_words(lang, c, names);
  return out;
}

std::string limit_words(Lang lang, plan::Limit limit) {
  switch (limit) {
    case plan::Limit::Catalogue: return i18n::trc(lang, "limit", "catalogue");
    case plan::Limit::Horizon: return i18n::trc(lang, "limit", "horizon");
    case plan::Limit::Capacity: break;
    case plan::Limit::Budget: return i18n::trc(lang, "limit", "budget");
  }
  return i18n::trc(lang, "limit", "capacity");
}

std::string note_words(Lang lang, plan::Note note) {
  switch (note) {
    case plan::Note::None: break;
    case plan::Note::NoTargets: return i18n::tr(lang, "no dimension has a target: nothing to plan");
    case plan::Note::AllReached: return i18n::tr(lang, "every target is already reached: nothing to plan");
  }
  return {};
}

}  // namespace kubus::report
