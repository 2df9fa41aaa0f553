// What the import commands read from a sheet's cells (columns by header name,
// quantities as the language writes them, ISO dates), and how they edit the
// text of a model file in place.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "schema/schema.h"
#include "sheet/sheet.h"
#include "support/source.h"

namespace kubus::driver {

// The header row's columns by name: trimmed and lower-cased, in any order.
class Columns {
 public:
  explicit Columns(const sheet::Sheet& sheet);
  std::uint32_t find(std::string_view name) const;  // 0 when absent
  // Reports each required column that is missing, naming it; false if any is.
  bool require(const std::vector<std::string_view>& names, Diagnostics& diags) const;

 private:
  const sheet::Sheet& sheet_;
  std::map<std::string, std::uint32_t, std::less<>> by_name_;
};

// The trimmed text of a row's cell, empty when the column is absent.
std::string cell_text(const sheet::Row& row, std::uint32_t column);

struct CellQuantity {
  std::string text;  // as the language writes it: "200 s", "64 %", "25"
  schema::Dim dim = schema::Dim::None;
  std::string_view currency;
};

// A quantity: an optional sign, a number (a decimal comma as Dutch sheets
// write it is read as a point), optionally a unit of the schema's table.
// nullopt with the reason in `error`, and `unit` set when the number was
// fine but the unit is not.
std::optional<CellQuantity> read_quantity(std::string_view text, std::string& error, bool& unit);

// Replaces `length` bytes at `at` with `text`.
struct Edit {
  std::size_t at = 0, length = 0;
  std::string text;
};

// The byte offset of a 1-based line and code-point column.
std::size_t offset(const SourceFile& f, std::uint32_t line, std::uint32_t col);

// `text` with the edits, which must not overlap, applied.
std::string apply(std::string text, std::vector<Edit> edits);

}  // namespace kubus::driver
