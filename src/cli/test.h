// `kubus test PATH...`: runs the rule tests of fixture models (docs/rules.md).
#pragma once
#include <string>
#include <vector>

#include "cli/common.h"

namespace kubus::cli {

// Exit 0 when every test passes, 1 when one fails or a fixture has errors,
// 2 when a path cannot be read. `c.format` is text or json.
int run_test(const std::vector<std::string>& paths, const Common& c);

}  // namespace kubus::cli
