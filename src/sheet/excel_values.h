// How Excel stores what a cell shows: numbers with a format, dates as day
// serials (ECMA-376 Part 1, §18.8.30 and §18.17.4).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kubus::sheet {

enum class NumberStyle { Plain, Date, Percent };

// The style a number format gives a number: built-in format IDs, or the
// format code of a custom one (date when it has d, m or y outside quotes and
// brackets; percent when it has %).
NumberStyle number_style(int format_id, std::string_view format_code);

// A day serial as an ISO date (2026-11-20), the time of day dropped; 1900
// system with its phantom 29 February 1900, or 1904 system. nullopt when out
// of Excel's range.
std::optional<std::string> serial_date(double serial, bool date1904);

// A number as Excel shows it: at most 15 significant digits, no trailing zeros.
std::string number_text(double value);

}  // namespace kubus::sheet
