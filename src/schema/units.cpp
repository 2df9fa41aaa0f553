#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "support/text.h"

#include "schema/schema.h"

namespace kubus::schema {
namespace {

struct UnitRow {
  std::string_view name;
  Dim dim;
  double factor;
};

// Durations in seconds; rates per year; effort in person-months; money is
// per currency and never converted between currencies.
constexpr std::array<UnitRow, 29> kUnits{{
    {"s", Dim::Duration, 1}, {"sec", Dim::Duration, 1}, {"seconds", Dim::Duration, 1}, {"second", Dim::Duration, 1},
    {"min", Dim::Duration, 60}, {"minutes", Dim::Duration, 60}, {"minute", Dim::Duration, 60},
    {"h", Dim::Duration, 3600}, {"hours", Dim::Duration, 3600}, {"hour", Dim::Duration, 3600},
    {"day", Dim::Duration, 86400}, {"days", Dim::Duration, 86400},
    {"week", Dim::Duration, 604800}, {"weeks", Dim::Duration, 604800},
    {"month", Dim::Duration, 2629800}, {"months", Dim::Duration, 2629800},
    {"%", Dim::Percent, 1},
    {"/year", Dim::Rate, 1}, {"/quarter", Dim::Rate, 4}, {"/month", Dim::Rate, 12}, {"/week", Dim::Rate, 52},
    {"/day", Dim::Rate, 365},
    {"pm", Dim::Effort, 1}, {"pd", Dim::Effort, 1.0 / 20}, {"py", Dim::Effort, 12},
    {"quarter", Dim::Duration, 7889400}, {"quarters", Dim::Duration, 7889400},
    {"year", Dim::Duration, 31557600}, {"years", Dim::Duration, 31557600},  // 365.25 days, as month is a twelfth
}};

constexpr std::array<std::string_view, 8> kCurrencies{"EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN"};

}  // namespace

std::optional<UnitInfo> find_unit(std::string_view unit) {
  for (const auto& u : kUnits)
    if (u.name == unit) return UnitInfo{u.dim, u.factor, {}};
  for (auto c : kCurrencies)
    if (c == unit) return UnitInfo{Dim::Money, 1, c};
  return std::nullopt;
}

ParsedQuantity parse_quantity(std::string_view text, Dim dim, bool bare_ok) {
  ParsedQuantity out;
  const std::string copy(text);
  const char* begin = copy.c_str();
  char* end = nullptr;
  double value = std::strtod(begin, &end);
  if (end == begin || !std::isfinite(value)) {
    out.problem = ParsedQuantity::Problem::NotANumber;
    out.message = "'" + copy + "' is not a quantity";
    out.help = "write a number and a unit, such as '6 pm' or '250000 EUR'";
    return out;
  }
  std::string unit(end);
  unit.erase(0, unit.find_first_not_of(" \t"));
  unit.erase(unit.find_last_not_of(" \t") + 1);
  if (unit.empty()) {
    if (bare_ok) out.value = value;
    else {
      out.problem = ParsedQuantity::Problem::NoUnit;
      out.message = "'" + copy + "' has no unit";
      out.help = "add the unit of " + std::string(dim_name(dim));
    }
    return out;
  }
  auto info = find_unit(unit);
  if (!info || info->dim != dim) {
    auto guess = closest(unit, unit_names());
    out.problem = ParsedQuantity::Problem::WrongUnit;
    out.message = "'" + unit + "' is not a unit of " + std::string(dim_name(dim));
    out.help = guess ? "did you mean '" + *guess + "'?" : "see docs/language.md, Units";
    return out;
  }
  out.value = value * info->factor;
  out.currency = std::string(info->currency);
  return out;
}

std::vector<std::string> unit_names() {
  std::vector<std::string> out;
  out.reserve(kUnits.size() + kCurrencies.size());
  for (const auto& u : kUnits) out.emplace_back(u.name);
  for (auto c : kCurrencies) out.emplace_back(c);
  return out;
}

std::string_view dim_name(Dim d) {
  switch (d) {
    case Dim::None: return "a plain number";
    case Dim::Money: return "an amount of money (e.g. 4.20 EUR)";
    case Dim::Duration: return "a duration (e.g. 2 days, 240 s)";
    case Dim::Percent: return "a percentage (e.g. 30 %)";
    case Dim::Rate: return "a rate (e.g. 1200000 /year)";
    case Dim::Effort: return "an effort (e.g. 3 pm)";
  }
  return "";
}

std::string_view type_name(Type t) {
  switch (t) {
    case Type::String: return "a string";
    case Type::Number: return "a number";
    case Type::Quantity: return "a quantity";
    case Type::Bool: return "true or false";
    case Type::Enum: return "one of a fixed set of names";
    case Type::Ref: return "a reference";
    case Type::Date: return "a date (2026-11-20)";
    case Type::Quarter: return "a quarter (2027-Q1)";
    case Type::Comparison: return "a comparison (>= 30, response-time <= 2 days)";
    case Type::Handoff: return "a handoff (a -> b)";
    case Type::Block: return "a block { ... }";
    case Type::Ident: return "a name";
    case Type::Subject: return "an ID, or a handoff (a -> b)";
  }
  return "";
}

}  // namespace kubus::schema
