#include "i18n/i18n.h"

#include <array>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

namespace kubus::i18n {

std::string tr(Lang, std::string_view msgid) { return std::string(msgid); }
std::string trc(Lang, std::string_view, std::string_view msgid) { return std::string(msgid); }
std::string trn(Lang, std::string_view singular, std::string_view plural, long n) {
  return std::string(n == 1 ? singular : plural);
}

namespace {

// Grouping by thousands with the language's separators. Written out since a
// locale's grouping would depend on which locales the machine has installed.
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

}  // namespace

std::string number(Lang lang, double value, int decimals) { return grouped(lang, value, decimals); }

std::string money(Lang lang, double amount, std::string_view currency) {
  const std::string sign = lang == Lang::Nl && currency == "EUR" ? "€" : std::string(currency);
  return sign + " " + grouped(lang, amount, 0);
}

std::string percent(Lang lang, double share) { return grouped(lang, std::round(share * 100), 0) + "%"; }

std::string date(Lang lang, std::string_view iso_date) {
  static constexpr std::array<std::string_view, 12> kEn = {"January", "February", "March",     "April",
                                                           "May",     "June",     "July",      "August",
                                                           "September", "October", "November", "December"};
  static constexpr std::array<std::string_view, 12> kNl = {"januari", "februari", "maart",     "april",
                                                           "mei",     "juni",     "juli",      "augustus",
                                                           "september", "oktober", "november", "december"};
  int y = 0, m = 0, d = 0;
  if (iso_date.size() != 10 || std::sscanf(std::string(iso_date).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 ||
      m > 12)
    return std::string(iso_date);
  const auto& months = lang == Lang::Nl ? kNl : kEn;
  return fmt::format("{} {} {}", d, months[static_cast<std::size_t>(m - 1)], y);
}

}  // namespace kubus::i18n
