// Reading the sheets users fill in: CSV (RFC 4180, as spreadsheets write it)
// and XLSX (Office Open XML). A sheet is rows of text cells; each cell keeps
// its row and column, so every diagnostic about it is FILE:ROW:COLUMN.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "support/source.h"

namespace kubus::sheet {

struct Cell {
  std::uint32_t column = 0;  // 1-based
  std::string text;          // as the user sees it: numbers shortest, dates ISO 8601, booleans true/false
  bool number = false;       // an XLSX number (not a date): `value` holds it
  double value = 0;
};

struct Row {
  std::uint32_t number = 0;  // 1-based: the CSV record or the XLSX row number
  std::vector<Cell> cells;   // by column, empty cells left out
  const Cell* at(std::uint32_t column) const;
  bool blank() const;        // no cell with text
};

struct Sheet {
  FileId file = 0;           // the SourceManager entry that locates its diagnostics
  std::string label;         // the path; for XLSX with the sheet name: answers.xlsx[Interviews]
  std::vector<Row> rows;     // in order; blank rows left out
  Span at(std::uint32_t row, std::uint32_t column) const;
};

enum class Format { Csv, Xlsx };
std::string_view format_name(Format f);

// The format by content: a ZIP archive is XLSX, text without NUL bytes is CSV;
// nullopt: neither.
std::optional<Format> detect(std::string_view bytes);

// What read() found. `unreadable`: the file cannot be read, is neither CSV nor
// XLSX, or is a damaged XLSX (a file-level error; the caller exits 2).
// Otherwise a malformed record is a located error and `sheet` is empty.
struct Result {
  std::optional<Sheet> sheet;
  bool unreadable = false;
};

// Reads the first sheet of `path` (CSV or XLSX).
Result read(const std::string& path, SourceManager& sm, Diagnostics& diags);

// The parsers behind read(), for text already in memory.
Result read_csv(std::string_view text, const std::string& path, SourceManager& sm, Diagnostics& diags);
Result read_xlsx(std::string_view bytes, const std::string& path, SourceManager& sm, Diagnostics& diags);

// Column letters as spreadsheets show them: 1 -> A, 27 -> AA.
std::string column_name(std::uint32_t column);

// The largest file read (64 MiB) and the largest XML part unpacked from an
// XLSX (64 MiB): far above any questionnaire or KPI export, low enough that a
// ZIP bomb cannot exhaust memory.
inline constexpr std::size_t kMaxFileBytes = 64u << 20;
inline constexpr std::size_t kMaxPartBytes = 64u << 20;

}  // namespace kubus::sheet
