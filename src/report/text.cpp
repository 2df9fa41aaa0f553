#include "report/text.h"

#include <fmt/format.h>

#include <cmath>

namespace kubus::report {

double round4(double x) {
  double r = std::round(x * 10000.0) / 10000.0;
  return r == 0 ? 0 : r;  // never "-0"
}

std::string fixed(double x, int decimals) { return fmt::format("{:.{}f}", round4(x), decimals); }

std::string signed_fixed(double x, int decimals) {
  double scale = std::pow(10.0, decimals);
  double r = std::round(x * scale) / scale;
  return fmt::format("{:+.{}f}", r == 0 ? 0.0 : r, decimals);
}

std::string thousands(double x) {
  std::string digits = fmt::format("{:.0f}", std::fabs(x));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (x < 0 && digits != "0" ? "-" : "") + out;
}

std::string level_name(const config::Matrix& m, int level) {
  for (const config::Level& l : m.levels)
    if (l.level == level) return l.name;
  return {};
}

std::string md_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') { out += ' '; continue; }
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace kubus::report
