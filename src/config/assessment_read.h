// Internal to src/config: the keys of assessment.yaml that the roadmap's
// what-if and progress read (whatif.cpp).
#pragma once
#include "config/assessment.h"
#include "config/yaml.h"

namespace kubus::config {

// `scenarios:` a list of {name, budget-per-year, capacity-per-quarter, years}.
bool read_scenarios(const YamlReader& r, const YAML::Node& node, Assessment& a);
// `progress:` a map from initiative ID to started | done.
bool read_progress(const YamlReader& r, const YAML::Node& node, Assessment& a);
// A capacity or budget: a quantity above zero (zero plans nothing).
std::optional<double> positive_quantity(const YamlReader& r, const YAML::Node& node, std::string_view what,
                                        schema::Dim dim, std::string* currency);

}  // namespace kubus::config
