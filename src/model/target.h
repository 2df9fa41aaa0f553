// Targets against actuals (docs/language.md, "Targets and actuals"): whether a
// measured value meets a comparison target, and by how much it misses. Both
// values are in the same base unit (the loader converts them and refuses an
// actual whose unit does not convert to the target's).
#pragma once
#include "syntax/ast.h"

namespace kubus::model {

// Whether `actual` satisfies `op target`. Values within a relative 1e-9 count
// as equal, so 0.1 day meets `<= 2.4 h` although the products differ in the last bit.
bool meets(ast::CmpOp op, double actual, double target);

// How far `actual` misses `op target`, relative to the target's magnitude:
// max(0, T - A) / |T| for >= and >, max(0, A - T) / |T| for <= and <,
// |A - T| / |T| for ==; when T is 0, the absolute difference in the target's
// unit (`unit_factor`: that unit's size in base units). 0 when met.
double shortfall(ast::CmpOp op, double actual, double target, double unit_factor);

}  // namespace kubus::model
