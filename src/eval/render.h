// Internal to the eval module: values as text for messages and explanations.
#pragma once
#include <string>

#include "eval/value.h"
#include "support/language.h"

namespace kubus::eval {

// Appends `v` as a reader expects it: an entity as its title in `lang` (or
// ID), a quantity in the unit it was written in ("70 h", "1200 EUR"), a list comma-separated.
void render(const model::Model& m, const Value& v, std::string& out, Lang lang);

// A number without needless decimals: 3, 2.5, 0.33.
std::string number_text(double n);

}  // namespace kubus::eval
