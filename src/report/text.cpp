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

std::string_view criterion_kind(config::CriterionKind k) {
  switch (k) {
    case config::CriterionKind::Rule: return "rule";
    case config::CriterionKind::Gap: return "gap";
    case config::CriterionKind::Observed: return "observed";
  }
  return "rule";
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
