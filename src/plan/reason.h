// Why the planner could not do something, as data: the writers word it in the
// report's language (report/plan_words.h) and report.json carries it as it is,
// so no reader parses a sentence. Every number is rounded as the sentence
// shows it (effort to 0.01 person-month, money to whole units), so the
// numbers of a clause add up exactly (docs/roadmap.md, "Reasons").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kubus::plan {

// Which limit keeps a target out of reach, one per clause of the reason.
enum class Limit { Catalogue, Horizon, Capacity, Budget };
std::string_view limit_name(Limit l);  // catalogue | horizon | capacity | budget

// What one fact states; the fields of Fact it uses are listed per kind, and
// fact_name gives its JSON name. Quarters are labelled as the plan labels them.
enum class FactKind {
  Uncovered,        // no initiative fixes `criteria`; `initiatives`: those marked done that fix them
  Chain,            // horizon short by `short_by` quarters: `initiatives` (each `durations` quarters) one
                    // after the other take `count` quarters; the horizon has `horizon` quarters
  TaskCapacity,     // `initiative` needs `need` pm; over all `count` quarters `from`..`to` that is `per`
                    // pm a quarter, above the capacity `have`: short by `short_by` pm per quarter
  TaskBudget,       // `initiative` costs `need`; spread over `from`..`to`, `year` takes `per`, above the
                    // budget `have` a year: short by `short_by`
  WindowCapacity,   // `who` needs `need` pm for `initiatives`, which cannot start before `from` (empty:
                    // over the horizon); `count` quarters × `per` pm = `have` pm: short by `short_by`
  WindowBudget,     // `who` needs `need` for `initiatives`, which cannot start before `year` (0: over the
                    // horizon); `count` years × `per` = `have`: short by `short_by`
  Waits,            // horizon short by `short_by` quarters: `initiative` waits for what ends in `at`,
                    // the last quarter, and takes at least `count` quarters
  LateStart,        // horizon short by `short_by` quarters: `initiative` starts in `from` at the
                    // earliest and takes at least `count`; the horizon ends in `to`
  QuarterCapacity,  // short by `short_by` pm in `at`: `initiative` needs `per` pm a quarter over
                    // `from`..`to`, `have` pm is free in `at`
  YearBudget,       // short by `short_by` in `year`: `initiative` costs `need`; over `from`..`to`
                    // `year` takes `per` and `have` of its budget is left
  PlanCapacity,     // short by `short_by` pm over the horizon: the plan takes `per` of its `have` pm,
                    // `initiatives` need `need` pm more
  PlanBudget,       // short by `short_by` over the horizon: the plan spends `per` of its `have`,
                    // `initiatives` cost `need` more
  WaitsFor,         // the initiatives it needs wait for `initiatives`
  LeavesOut,        // every attempt leaves out `initiatives`
};
std::string_view fact_name(FactKind k);  // "uncovered", "chain", "task-capacity", ...

struct Fact {
  FactKind kind = FactKind::Uncovered;
  std::string initiative, who;                       // one initiative; the dimension that needs the set
  std::vector<std::string> initiatives, criteria;    // criteria: keys such as "rule:x"
  std::vector<int> durations;                        // Chain: minimum quarters, one per initiative
  std::string from, to, at;                          // quarter labels; from == to for one quarter
  int year = 0, count = 0, horizon = 0;
  double short_by = 0, need = 0, per = 0, have = 0;  // person-months or money (`currency`), or quarters
  std::string currency;
};

// How a clause's facts are framed: on their own, or as what a target's
// initiatives meet beside the rest of the plan, or where a search for their
// schedule failed.
enum class Frame {
  None,
  AloneNotBeside,      // reachable alone, but not beside `beside` (the targets the plan reaches)
  FitsAloneNotBeside,  // the same for a target with a criterion no initiative fixes
  NoSchedule,          // no schedule of `beside` (initiatives) fits: every schedule was tried
  NoScheduleFound,     // the planner found none, not proven impossible
};
std::string_view frame_name(Frame f);  // "", "alone-not-beside", ...

// One clause: its facts joined by "and", under a frame.
struct Clause {
  Limit limit = Limit::Capacity;
  Frame frame = Frame::None;
  std::vector<std::string> beside;  // the frame's dimensions or initiatives
  std::vector<Fact> facts;
};

using Reason = std::vector<Clause>;  // joined by "; "

// Why a plan has no initiatives at all, when it is not for lack of room.
enum class Note { None, NoTargets, AllReached };

}  // namespace kubus::plan
