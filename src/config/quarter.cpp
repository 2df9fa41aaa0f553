// Quarters ("2027-Q1") and calendar dates ("2026-11-23") of an assessment.
#include <fmt/format.h>

#include "config/assessment.h"

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

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
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
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  auto year = digits_at(date, 0, 4), month = digits_at(date, 5, 2), day = digits_at(date, 8, 2);
  if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return Quarter{*year, (*month - 1) / 3 + 1};
}

}  // namespace kubus::config
