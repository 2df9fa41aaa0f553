// Internal to the eval module: the entity fields the rules read, copied once
// per evaluation into dense arrays of run-time values. On a large model a
// field read through Entity::fields is a cache miss (each entity's fields are
// a separate heap block of 80-byte Vals, a list field's items another one);
// read from a column it is a neighbour of the previous instance's read, and
// the fields of small kinds (departments, channels) stay in cache.
#pragma once
#include <cstdint>
#include <vector>

#include "eval/value.h"
#include "rules/check.h"

namespace kubus::eval {

class Columns {
 public:
  Columns() = default;
  // Every field that a Path node of these rules reads from a declared entity;
  // the columns are filled on up to `threads` threads.
  Columns(const model::Model& m, const std::vector<const rules::CheckedRule*>& rules, unsigned threads = 1);

  bool empty() const { return columns_.empty(); }
  std::uint16_t kind(model::Index entity) const { return kind_of_[entity]; }
  // Field `field` of `entity` (of kind `kind`), or nullptr when not cached.
  const Value* find(std::uint16_t kind, std::uint16_t field, model::Index entity) const {
    std::int32_t c = slot_[offset_[kind] + field];
    return c < 0 ? nullptr : &columns_[static_cast<std::size_t>(c)].values[entity - begin_[kind]];
  }

 private:
  struct Column {
    std::vector<Value> values;  // by entity, from the kind's first
    std::vector<Value> items;   // the items of list values, which point into it (Src::Dense)
  };
  static void fill(const model::Model& m, std::uint16_t kind, std::uint16_t field, Column& c);

  std::vector<std::uint16_t> kind_of_;  // by entity index
  std::vector<model::Index> begin_;     // by kind: its first entity
  std::vector<std::size_t> offset_;     // by kind: where its fields start in slot_
  std::vector<std::int32_t> slot_;      // by kind and field: index into columns_, or -1
  std::vector<Column> columns_;
};

}  // namespace kubus::eval
