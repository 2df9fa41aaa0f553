// Channel shifts of an initiative (`shifts:` in a catalogue): read with the
// catalogue, checked against the model once it is loaded. Internal to src/plan.
#pragma once
#include <vector>

#include "config/yaml.h"
#include "plan/plan.h"

namespace kubus::plan::detail {

// `shifts`: one `{from, to, share}` map or a list of them. A share is a
// percentage above 0 and at most 100, and the shares out of one channel add up
// to at most 100 % (E0710); a shift to its own channel is E0505.
bool parse_shifts(const config::YamlReader& r, const YAML::Node& n, std::vector<Shift>& out);

// Every `from` and `to` names a channel of the model (E0709, did-you-mean).
void check_shifts(const Initiative& in, const model::Model& m, Diagnostics& diags);

}  // namespace kubus::plan::detail
