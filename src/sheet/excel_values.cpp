#include "sheet/excel_values.h"

#include <fmt/format.h>

#include <cmath>

namespace kubus::sheet {
namespace {

// Howard Hinnant's civil_from_days: days since 1970-01-01 to a calendar date.
void civil(long long z, long long& y, unsigned& m, unsigned& d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  auto doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

}  // namespace

NumberStyle number_style(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
    return NumberStyle::Date;
  if (id == 9 || id == 10) return NumberStyle::Percent;
  if (id < 164) return NumberStyle::Plain;
  bool quoted = false, bracket = false;
  for (char c : code) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (bracket) continue;
    if (c == '%') return NumberStyle::Percent;
    if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y') return NumberStyle::Date;
  }
  return NumberStyle::Plain;
}

std::optional<std::string> serial_date(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466) return std::nullopt;
  auto day = static_cast<long long>(std::floor(serial));
  if (!date1904 && day == 60) return "1900-02-29";  // Lotus 1-2-3's leap day, kept by Excel
  // Days since 1970-01-01: the 1900 system counts 1900-01-01 as day 1 and the
  // phantom day 60; the 1904 system counts 1904-01-01 as day 0.
  long long unix_days = date1904 ? day - 24107 : day - (day < 60 ? 25568 : 25569);
  long long y = 0;
  unsigned m = 0, d = 0;
  civil(unix_days, y, m, d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

std::string number_text(double value) {
  if (value == 0) return "0";  // never "-0"
  // 15 significant digits, as Excel shows a number: 0.64 * 100 reads 64.
  return fmt::format("{:.15g}", value);
}

}  // namespace kubus::sheet
