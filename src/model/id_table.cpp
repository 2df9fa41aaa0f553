#include "model/id_table.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>
#include <utility>

namespace kubus::model {

void IdTable::reserve(std::size_t count) {
  // At most half full, so that a probe sequence stays short.
  std::size_t size = std::bit_ceil(std::max<std::size_t>(16, count * 2));
  if (size <= slots_.size()) return;
  std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(size));
  mask_ = size - 1;
  for (const Slot& s : old)
    if (s.data) place(s);
}

void IdTable::place(const Slot& slot) {
  std::size_t i = slot.hash & mask_;
  while (slots_[i].data) i = (i + 1) & mask_;
  slots_[i] = slot;
}

std::uint32_t IdTable::hash(std::size_t kind, std::string_view id) {
  std::size_t h = std::hash<std::string_view>{}(id) ^ (kind * 0x9E3779B97F4A7C15ULL);
  return static_cast<std::uint32_t>(h ^ (h >> 32));
}

void IdTable::insert(std::uint16_t kind, std::string_view id, Index entity) {
  // More IDs than reserved for: the table doubles, so a probe always ends at an empty slot.
  reserve(count_ + 1);
  ++count_;
  // An empty ID has no bytes to point at; any non-null pointer marks the slot used.
  place(Slot{id.empty() ? "" : id.data(), static_cast<std::uint32_t>(id.size()), hash(kind, id), entity, kind});
}

Index IdTable::find(std::size_t kind, std::string_view id) const {
  if (slots_.empty()) return kNone;
  std::uint32_t h = hash(kind, id);
  for (std::size_t i = h & mask_; slots_[i].data; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.hash == h && s.kind == kind && s.size == id.size() && std::memcmp(s.data, id.data(), id.size()) == 0)
      return s.entity;
  }
  return kNone;
}

}  // namespace kubus::model
