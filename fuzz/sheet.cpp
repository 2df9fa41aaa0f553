// Fuzz target: the sheets users import (`kubus import`): arbitrary bytes as CSV
// and as XLSX never crash, hang or exhaust memory; every cell read is located
// at a row and column that exist, and the diagnostics render.
#include "fuzz.h"
#include "sheet/sheet.h"

namespace {

void check(const kubus::sheet::Result& r, std::string_view bytes) {
  if (!r.sheet) return;
  std::uint32_t previous = 0;
  for (const kubus::sheet::Row& row : r.sheet->rows) {
    if (row.number <= previous) kubus::fuzz::fail("rows out of order", bytes);
    previous = row.number;
    for (const kubus::sheet::Cell& cell : row.cells)
      if (cell.column == 0) kubus::fuzz::fail("a cell without a column", bytes);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  SourceManager sm;
  Diagnostics diags;
  // Both parsers on every input: the format is detected by content, and either
  // must refuse the other's bytes with a diagnostic.
  check(sheet::read_csv(bytes, "fuzz.csv", sm, diags), bytes);
  check(sheet::read_xlsx(bytes, "fuzz.xlsx", sm, diags), bytes);
  fuzz::render_all(diags, sm);
  return 0;
}
