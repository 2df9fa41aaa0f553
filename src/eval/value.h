// Internal to the eval module: the run-time value of a rule expression. Small
// and copied by value; lists are views of model data (a kind's range, a
// derived relation, a list field) or of a pooled buffer, so evaluating an
// instance allocates nothing once the pool has warmed up.
#pragma once
#include <cstdint>
#include <vector>

#include "model/model.h"

namespace kubus::eval {

struct Value {
  enum class Tag : std::uint8_t {
    None, Bool, Number, Quantity, Text, Enum, Ident, Date, Quarter, Comparison, Entity, Handoff, Block, List
  };
  // Where a list's items live.
  enum class Src : std::uint8_t {
    EntityRange,    // entities [index, index + size)
    HandoffRange,   // handoffs [index, index + size)
    EntityIndices,  // indices[0, size): entity indices (a derived relation)
    HandoffIndices, // indices[0, size): handoff indices (outgoing, incoming)
    Vals,           // *vals: a list field
    Owned,          // *owned: a pooled buffer (a mapped path, a filter, a list literal)
    Dense,          // dense[0, size): a list field's items copied into a column (columns.h)
  };

  Tag tag = Tag::None;
  Src src = Src::Owned;
  bool boolean = false;
  schema::Dim dim = schema::Dim::None;  // Quantity
  model::Index index = model::kNone;    // Entity, Handoff, Block; list ranges: the first
  std::uint32_t size = 0;               // List
  double number = 0;                    // Number, Quantity (base units)
  union {
    const model::Val* val = nullptr;           // Text, Enum, Ident, Date, Quarter, Comparison; Quantity: currency
    const model::Index* indices;               // EntityIndices, HandoffIndices
    const model::Val* vals;                    // Vals: the first item
    const std::vector<Value>* owned;           // Owned
    const Value* dense;                        // Dense
  };

  bool none() const { return tag == Tag::None; }
  bool list() const { return tag == Tag::List; }

  static Value of_bool(bool b) { Value v; v.tag = Tag::Bool; v.boolean = b; return v; }
  static Value of_number(double n) { Value v; v.tag = Tag::Number; v.number = n; return v; }
  static Value entity(model::Index i) { Value v; v.tag = Tag::Entity; v.index = i; return v; }
  static Value handoff(model::Index i) { Value v; v.tag = Tag::Handoff; v.index = i; return v; }
};

// A model value as a run-time value (Absent -> None). Inline: it is on every
// field read and list item of the hot path.
inline Value from_val(const model::Val& v) {
  using T = model::Val::Tag;
  Value out;
  switch (v.tag) {
    case T::Absent: break;
    case T::String: out.tag = Value::Tag::Text; out.val = &v; break;
    case T::Number: out.tag = Value::Tag::Number; out.number = v.number; break;
    case T::Quantity:
      out.tag = Value::Tag::Quantity;
      out.number = v.number;
      out.dim = v.dim;
      out.val = &v;
      break;
    case T::Bool: out.tag = Value::Tag::Bool; out.boolean = v.boolean; break;
    case T::Enum: out.tag = Value::Tag::Enum; out.val = &v; break;
    case T::Ident: out.tag = Value::Tag::Ident; out.val = &v; break;
    case T::Date: out.tag = Value::Tag::Date; out.val = &v; break;
    case T::Quarter: out.tag = Value::Tag::Quarter; out.val = &v; break;
    case T::Comparison: out.tag = Value::Tag::Comparison; out.val = &v; break;
    case T::Ref: out.tag = Value::Tag::Entity; out.index = v.index; break;
    // An SLA's `covers` item that named no handoff was dropped when loading.
    case T::Handoff: out.tag = v.index == model::kNone ? Value::Tag::None : Value::Tag::Handoff; out.index = v.index; break;
    case T::Block: out.tag = Value::Tag::Block; out.index = v.index; break;
    case T::List:
      out.tag = Value::Tag::List;
      out.src = Value::Src::Vals;
      out.vals = v.items.data();
      out.size = static_cast<std::uint32_t>(v.items.size());
      break;
  }
  return out;
}

// Item `k` of a list value.
inline Value item(const Value& list, std::uint32_t k) {
  switch (list.src) {
    case Value::Src::EntityRange: return Value::entity(list.index + k);
    case Value::Src::HandoffRange: return Value::handoff(list.index + k);
    case Value::Src::EntityIndices: return Value::entity(list.indices[k]);
    case Value::Src::HandoffIndices: return Value::handoff(list.indices[k]);
    case Value::Src::Vals: return from_val(list.vals[k]);
    case Value::Src::Owned: return (*list.owned)[k];
    case Value::Src::Dense: return list.dense[k];
  }
  return {};
}

// The entity that item `k` of a list value is, or kNone when its items are not entities.
inline model::Index entity_item(const Value& list, std::uint32_t k) {
  switch (list.src) {
    case Value::Src::EntityRange: return list.index + k;
    case Value::Src::EntityIndices: return list.indices[k];
    default: return model::kNone;
  }
}

// Equality as rules see it; a none operand is never equal.
bool equal(const Value& a, const Value& b);

}  // namespace kubus::eval
