// Internal to the eval module: the fields a rule reads from its subject, fetched
// from memory a few instances ahead of their use. On a large model every
// entity's fields are a heap block of their own, so the first read of a subject
// is a cache miss that the next instance waits for in turn; fetched ahead, the
// misses of several instances overlap and the loop waits for memory far less.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "eval/value.h"
#include "rules/check.h"

namespace kubus::eval {

class Ahead {
 public:
  // How many elements ahead the fields are fetched; the entity itself twice as far.
  static constexpr std::uint32_t kDistance = 8;

  // The fields `where` and `expect` read from the `for` variable (slot 0).
  explicit Ahead(const rules::CheckedRule& rule);
  bool empty() const { return reads_.empty(); }
  // Asks for what element k of `coll` will need: its entity's record when k is
  // twice the distance ahead, its fields once that record has arrived.
  void fetch(const model::Model& m, const Value& coll, std::uint32_t k) const;

 private:
  std::vector<std::pair<std::uint16_t, std::uint16_t>> reads_;  // (kind, field)
};

}  // namespace kubus::eval
