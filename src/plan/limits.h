// Internal to src/plan: what keeps initiatives from fitting, with numbers that
// add up. bounds.cpp proves that a set of tasks cannot fit the horizon at all;
// closest_fit says what is short where a task comes closest to fitting.
#pragma once
#include <string>
#include <vector>

#include "plan/problem.h"

namespace kubus::plan::detail {

double round2(double x);  // effort as a reason shows it: to 0.01 person-month
std::vector<std::string> ids_of(const Problem& p, const std::vector<int>& tasks);  // the tasks' initiative IDs
// A clause of one fact.
Clause clause(Limit limit, Fact fact);

// Clauses that prove the tasks marked in `set` (with everything they wait for)
// cannot all fit the horizon, whatever else is planned: a chain of minimum
// durations longer than the horizon; a task whose effort or cost, stretched as
// far as it can run, exceeds the capacity per quarter or a year's budget; or
// more effort or cost than the quarters or years they can run in hold. Empty
// when none of these shows it. `who` names what needs them (a dimension).
std::vector<Clause> impossible(const Problem& p, const std::vector<char>& set, const std::string& who);

// Whether the tasks in `set` fit the horizon when nothing else is planned: by
// serial schedule generation, else by an exhaustive search while it stays
// small. `attempt` holds the best schedule tried.
enum class Fit { Fits, DoesNotFit, Unknown };
Fit fits_alone(const Problem& p, const std::vector<char>& set, Schedule& attempt);

// What is short at the placement where task t, starting at `es` or later,
// comes closest to fitting on `usage`: the capacity in one quarter, the budget
// of one year, or both; the horizon when no placement is long enough.
Clause closest_fit(const Problem& p, const Usage& usage, int t, int es);

}  // namespace kubus::plan::detail
