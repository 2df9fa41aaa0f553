#include "i18n/i18n.h"

#include <fmt/format.h>

#include <boost/locale.hpp>
#include <charconv>
#include <chrono>
#include <cmath>
#include <optional>
#include <sstream>

namespace kubus::i18n {

namespace {

// Grouping by thousands with the language's separators. Written out, although
// ICU (Boost.Locale's as::number) groups alike: it builds a formatter for
// every stream, and a large report formats tens of thousands of numbers; and
// ICU's money format ("€ 628.300,00", "$628,300.00") is not the reports' (whole
// units, the ISO code in English).
std::string grouped(Lang lang, double value, int decimals) {
  const char thousands = lang == Lang::Nl ? '.' : ',';
  const char point = lang == Lang::Nl ? ',' : '.';
  std::string digits = fmt::format("{:.{}f}", std::fabs(value), decimals);
  const auto dot = digits.find('.');
  std::string whole = digits.substr(0, dot), out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += thousands;
    out += whole[i];
  }
  if (dot != std::string::npos) out += point + digits.substr(dot + 1);
  const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
  return negative ? "-" + out : out;
}

// The number in "YYYY-MM-DD" at [from, from + size); nullopt unless all digits.
std::optional<int> digits_at(std::string_view text, std::size_t from, std::size_t size) {
  int v = 0;
  const char* end = text.data() + from + size;
  auto [ptr, ec] = std::from_chars(text.data() + from, end, v);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return v;
}

}  // namespace

std::string number(Lang lang, double value, int decimals) { return grouped(lang, value, decimals); }

std::string money(Lang lang, double amount, std::string_view currency, int decimals) {
  const std::string sign = lang == Lang::Nl && currency == "EUR" ? "€" : std::string(currency);
  return sign + " " + grouped(lang, amount, decimals);
}

std::string percent(Lang lang, double share) { return grouped(lang, std::round(share * 100), 0) + "%"; }

std::string effort(Lang lang, double person_months) {
  const double tenths = std::round(person_months * 10) / 10;
  const bool whole = tenths == std::round(tenths);
  // A fraction takes the plural in English and Dutch (1.5 person-months, 1,5 persoonsmaanden).
  const long n = whole ? static_cast<long>(tenths) : 2;
  return fmt::format(fmt::runtime(trn(lang, "{n} person-month", "{n} person-months", n)),
                     fmt::arg("n", grouped(lang, tenths, whole ? 0 : 1)));
}

std::string date(Lang lang, std::string_view iso_date) {
  using namespace std::chrono;
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return std::string(iso_date);
  auto y = digits_at(iso_date, 0, 4), m = digits_at(iso_date, 5, 2), d = digits_at(iso_date, 8, 2);
  if (!y || !m || !d) return std::string(iso_date);
  const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::string(iso_date);
  std::ostringstream out;
  out.imbue(Catalogues::installed().locale(lang));
  out << boost::locale::as::ftime("%e %B %Y") << boost::locale::as::gmt << system_clock::to_time_t(sys_days{ymd});
  return out.str();
}

}  // namespace kubus::i18n
