#include <algorithm>

#include "model/model.h"

namespace kubus::model {
namespace {

// 256 KB: large enough that the blocks cost nothing to count, small enough that
// the model grows as it is resolved, in memory the freed syntax trees give back.
constexpr std::size_t kBlock = 4096;

}  // namespace

Vals ValArena::make(std::size_t n) {
  if (n == 0) return {};
  if (n > left_) {
    std::size_t size = std::max(kBlock, n);
    blocks_.push_back(std::make_unique<Val[]>(size));
    next_ = blocks_.back().get();
    left_ = size;
  }
  Vals out{next_, static_cast<std::uint32_t>(n)};
  next_ += n;
  left_ -= n;
  return out;
}

Vals ValArena::copy(std::span<const Val> values) {
  Vals out = make(values.size());
  std::copy(values.begin(), values.end(), out.begin());
  return out;
}

}  // namespace kubus::model
