#include "model/target.h"

#include <algorithm>
#include <cmath>

namespace kubus::model {
namespace {

bool close(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

}  // namespace

bool meets(ast::CmpOp op, double actual, double target) {
  bool eq = close(actual, target);
  switch (op) {
    case ast::CmpOp::Eq: return eq;
    case ast::CmpOp::Ne: return !eq;
    case ast::CmpOp::Lt: return !eq && actual < target;
    case ast::CmpOp::Le: return eq || actual < target;
    case ast::CmpOp::Gt: return !eq && actual > target;
    case ast::CmpOp::Ge: return eq || actual > target;
  }
  return false;
}

double shortfall(ast::CmpOp op, double actual, double target, double unit_factor) {
  if (meets(op, actual, target)) return 0;
  double miss = 0;
  switch (op) {
    case ast::CmpOp::Ge: case ast::CmpOp::Gt: miss = std::max(0.0, target - actual); break;
    case ast::CmpOp::Le: case ast::CmpOp::Lt: miss = std::max(0.0, actual - target); break;
    case ast::CmpOp::Eq: case ast::CmpOp::Ne: miss = std::fabs(actual - target); break;
  }
  if (target == 0) return miss / (unit_factor > 0 ? unit_factor : 1.0);
  return miss / std::fabs(target);
}

}  // namespace kubus::model
