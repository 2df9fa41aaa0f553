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

std::string level_name(const config::Matrix& m, int level, Lang lang) { return m.level_name(level, lang); }

}  // namespace kubus::report
