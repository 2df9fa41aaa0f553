#include "eval/value.h"

#include <cmath>

namespace kubus::eval {

namespace {

bool contains(const Value& list, const Value& x) {
  for (std::uint32_t k = 0; k < list.size; ++k)
    if (equal(item(list, k), x)) return true;
  return false;
}

}  // namespace

bool equal(const Value& a, const Value& b) {
  using T = Value::Tag;
  if (a.none() || b.none()) return false;
  bool numeric_a = a.tag == T::Number || a.tag == T::Quantity;
  bool numeric_b = b.tag == T::Number || b.tag == T::Quantity;
  if (numeric_a && numeric_b) return a.number == b.number;
  if (a.tag != b.tag) return false;
  switch (a.tag) {
    case T::Bool: return a.boolean == b.boolean;
    case T::Entity: case T::Handoff: case T::Block: return a.index == b.index;
    // Choice indices, not names: a model's enum names point into its source
    // text, one cache miss per read on a large model. Equal indices mean equal
    // names because only enums with the same choice set type-check as equatable.
    case T::Enum: return a.val->index == b.val->index;
    case T::Text: case T::Ident: case T::Date: case T::Quarter: return a.val->text == b.val->text;
    case T::Comparison:
      return a.val->op == b.val->op && a.val->items[0].number == b.val->items[0].number;
    case T::List: {
      // Lists are equal when they hold the same items, in any order.
      for (std::uint32_t k = 0; k < a.size; ++k)
        if (!contains(b, item(a, k))) return false;
      for (std::uint32_t k = 0; k < b.size; ++k)
        if (!contains(a, item(b, k))) return false;
      return true;
    }
    default: return false;
  }
}

}  // namespace kubus::eval
