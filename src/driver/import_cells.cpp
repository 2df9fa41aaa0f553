#include "driver/import_cells.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "support/text.h"

namespace kubus::driver {
Columns::Columns(const sheet::Sheet& sheet) : sheet_(sheet) {
  if (sheet.rows.empty()) return;
  for (const auto& c : sheet.rows.front().cells) by_name_.emplace(ascii_lower(trim(c.text)), c.column);
}

std::uint32_t Columns::find(std::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? 0 : it->second;
}

bool Columns::require(const std::vector<std::string_view>& names, Diagnostics& diags) const {
  bool ok = true;
  std::uint32_t header_row = sheet_.rows.empty() ? 1 : sheet_.rows.front().number;
  for (auto name : names) {
    if (find(name)) continue;
    ok = false;
    std::vector<std::string> present;
    for (const auto& [n, col] : by_name_) present.push_back(n);
    std::string help;
    if (auto near = closest(name, present)) help = "did you mean '" + *near + "'? ";
    help.append("the first row names the columns; add one named '").append(name).append("'");
    diags.add(Code::MissingColumn, sheet_.at(header_row, 1), "the column '" + std::string(name) + "' is missing", help);
  }
  return ok;
}

std::string cell_text(const sheet::Row& row, std::uint32_t column) {
  const sheet::Cell* c = column ? row.at(column) : nullptr;
  return c ? std::string(trim(c->text)) : std::string();
}

std::optional<CellQuantity> read_quantity(std::string_view text, std::string& error, bool& unit_error) {
  unit_error = false;
  text = trim(text);
  std::string number;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) number += text[i++] == '-' ? "-" : "";
  bool comma = false;
  for (; i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == ','); ++i) {
    comma = comma || text[i] == ',';
    number += text[i] == ',' ? '.' : text[i];
  }
  double value = 0;
  auto res = std::from_chars(number.data(), number.data() + number.size(), value);
  if (number.empty() || number == "-" || res.ec != std::errc() || res.ptr != number.data() + number.size() ||
      (comma && text.find('.') != std::string_view::npos)) {
    error = "'" + std::string(text) + "' is not a quantity";
    return std::nullopt;
  }
  CellQuantity q;
  std::string_view unit = trim(text.substr(i));
  q.text = number;
  if (unit.empty()) return q;
  auto info = schema::find_unit(unit);
  if (!info) {
    error = "unknown unit '" + std::string(unit) + "'";
    unit_error = true;
    return std::nullopt;
  }
  q.dim = info->dim;
  q.currency = info->currency;
  q.text += " " + std::string(unit);
  return q;
}

std::size_t offset(const SourceFile& f, std::uint32_t line, std::uint32_t col) {
  return f.line_starts[line - 1] + utf8_offset(f.line(line), col - 1);
}

std::string apply(std::string text, std::vector<Edit> edits) {
  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
  for (const auto& e : edits) text.replace(e.at, e.length, e.text);
  return text;
}

}  // namespace kubus::driver
