// The declared entities by kind and ID: one open-addressing table for every
// kind, filled once by the declaration pass and read by every reference.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace kubus::model {

using Index = std::uint32_t;
inline constexpr Index kNone = 0xFFFFFFFF;

// A std::unordered_map per kind cost a node allocation per ID and two dependent
// cache misses per lookup before the IDs' bytes were compared, which made
// resolving references the largest cost of `kubus check` on large models
// (bench/README.md, "Steps"). Here a lookup reads one slot that holds the ID's
// hash, kind and length beside the view, and compares bytes only on a match.
// Hand-written: Debian 12's Boost (1.74) predates boost::unordered_flat_map,
// and no other flat hash map is a dependency.
class IdTable {
 public:
  // Sizes the table for `count` IDs, so that filling it does not rehash.
  void reserve(std::size_t count);
  // Adds `id` of `kind` as `entity`; the caller keeps IDs unique per kind.
  void insert(std::uint16_t kind, std::string_view id, Index entity);
  Index find(std::size_t kind, std::string_view id) const;

 private:
  struct Slot {
    const char* data = nullptr;  // the ID's bytes (in a source buffer); null: an empty slot
    std::uint32_t size = 0;
    std::uint32_t hash = 0;
    Index entity = kNone;
    std::uint16_t kind = 0;
  };
  static std::uint32_t hash(std::size_t kind, std::string_view id);
  void place(const Slot& slot);

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace kubus::model
