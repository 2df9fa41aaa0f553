// Internal to src/plan: the priority lists the heuristic starts from and
// repairs with (orders.cpp). Every list names each task once, dependencies
// first, started tasks at the front.
#pragma once
#include <vector>

#include "plan/problem.h"

namespace kubus::plan::detail {

// Repeatedly the task (with what it waits for) that raises the overall score
// most for the share of the horizon's capacity and budget it takes.
std::vector<int> greedy_order(const Problem& p);

// By what each task adds when every other task is done (it counts the levels a
// low-level fix unlocks), for its share of capacity and budget.
std::vector<int> uplift_order(const Problem& p);

// `order` with the tasks marked in `first` moved to the front (after the
// started ones), each group keeping its order.
std::vector<int> front(const Problem& p, const std::vector<int>& order, const std::vector<char>& first);

// `order` with the tasks of the reachable targets first, cheapest target first.
std::vector<int> targets_first(const Problem& p, const std::vector<int>& order);

// The dimensions whose target a plan could reach (a target above the current
// level, every failing criterion fixable), cheapest first.
std::vector<int> plannable_targets(const Problem& p);

void merge(std::vector<char>& into, const std::vector<char>& more);

}  // namespace kubus::plan::detail
