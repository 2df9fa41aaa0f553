// Quarters ("2027-Q1") and calendar dates ("2026-11-23") of an assessment.
#include <fmt/format.h>

#include "config/assessment.h"
#include "support/text.h"

namespace kubus::config {
namespace {

// Exactly `digits` decimal digits at `pos`.
std::optional<int> digits_at(std::string_view s, std::size_t pos, std::size_t digits) {
  if (pos + digits > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = pos; i < pos + digits; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string Quarter::text() const { return fmt::format("{:04}-Q{}", year, quarter); }

std::optional<Quarter> Quarter::parse(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q') return std::nullopt;
  auto year = digits_at(text, 0, 4);
  auto q = digits_at(text, 6, 1);
  if (!year || !q || *year < 1 || *q < 1 || *q > 4) return std::nullopt;
  return Quarter{*year, *q};
}

std::optional<Quarter> quarter_of_date(std::string_view date) {
  if (!valid_date(date)) return std::nullopt;
  return Quarter{*digits_at(date, 0, 4), (*digits_at(date, 5, 2) - 1) / 3 + 1};
}

}  // namespace kubus::config
