#include <cmath>
#include <cstdlib>

#include "clikit/clikit.h"
#include "support/text.h"

namespace kubus::clikit {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

CLI::Validator names_validator(std::map<std::string, int> names) {
  std::vector<std::string> all;
  for (const auto& [name, _] : names) all.push_back(name);
  std::string list = joined(all);
  return CLI::Validator(
      [names, all, list](std::string& text) -> std::string {
        if (auto it = names.find(text); it != names.end()) {
          text = std::to_string(it->second);
          return {};
        }
        auto guess = closest(text, all);
        return "'" + text + "' is not one of " + list + (guess ? "; did you mean '" + *guess + "'?" : "");
      },
      list);
}

const CLI::Validator kFinite(
    [](std::string& text) {
      char* end = nullptr;
      double v = std::strtod(text.c_str(), &end);
      return end != text.c_str() && *end == '\0' && std::isfinite(v) ? std::string() : "not a finite number: " + text;
    },
    "NUMBER");

}  // namespace kubus::clikit
