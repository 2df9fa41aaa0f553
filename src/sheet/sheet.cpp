#include "sheet/sheet.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace kubus::sheet {
namespace {

// The whole file, or nullopt with a file-level diagnostic: not a regular
// file, unreadable, or larger than any sheet a person fills in.
std::optional<std::string> slurp(const std::string& path, Diagnostics& diags) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::is_regular_file(status)) {
    diags.add_file(Code::CannotRead, path,
                   "cannot read '" + path + "': " + (ec || !std::filesystem::exists(status) ? "no such file" : "not a regular file"));
    return std::nullopt;
  }
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes) {
    diags.add_file(Code::NotASheet, path, "'" + path + "' is " + std::to_string(size >> 20) +
                                              " MiB; a sheet to import is at most 64 MiB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad() || !in.is_open()) {
    diags.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

const Cell* Row::at(std::uint32_t column) const {
  auto it = std::lower_bound(cells.begin(), cells.end(), column, [](const Cell& c, std::uint32_t col) { return c.column < col; });
  return it != cells.end() && it->column == column ? &*it : nullptr;
}

bool Row::blank() const {
  return std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return c.text.empty(); });
}

Span Sheet::at(std::uint32_t row, std::uint32_t column) const { return Span{file, row, column, row, column + 1}; }

std::string_view format_name(Format f) { return f == Format::Csv ? "CSV" : "XLSX"; }

std::optional<Format> detect(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return Format::Xlsx;
  if (bytes.find('\0') != std::string_view::npos) return std::nullopt;
  return Format::Csv;
}

Result read(const std::string& path, SourceManager& sm, Diagnostics& diags) {
  auto bytes = slurp(path, diags);
  if (!bytes) return {std::nullopt, true};
  auto format = detect(*bytes);
  if (!format) {
    diags.add_file(Code::NotASheet, path, "'" + path + "' is neither CSV nor XLSX")
        .help = "save the sheet as \"CSV UTF-8\" or as an Excel workbook (.xlsx)";
    return {std::nullopt, true};
  }
  return *format == Format::Csv ? read_csv(*bytes, path, sm, diags) : read_xlsx(*bytes, path, sm, diags);
}

std::string column_name(std::uint32_t column) {
  std::string out;
  for (; column > 0; column = (column - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
  return out;
}

}  // namespace kubus::sheet
