// A thin layer over libxlsxwriter for report.xlsx: sheets that are tables,
// with a bold frozen header row, an autofilter over the whole table, number
// formats by column and widths fitted to the content. Cells are written as
// strings or numbers only, never through a formula API, so a title that
// starts with '=' stays text. Every libxlsxwriter error is kept: the first
// one is what `close` reports.
#pragma once
#include <xlsxwriter.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::report::xlsx {

// What a column holds, and so its number format. Wrapped: text that wraps in
// a column of fixed width (the questions of an interview sheet); Date: a
// column for dates the user types in, shown as YYYY-MM-DD; Price: money with
// cents (a cost per contact).
enum class Kind { Text, Count, Decimal, Share, Money, Effort, Wrapped, Date, Price };
inline constexpr std::size_t kKinds = 9;

struct Column {
  std::string header;  // translated
  Kind kind = Kind::Text;
};

class Book;

// How a book keeps its rows until it is written. Kept: every cell in memory,
// strings in one shared table (xl/sharedStrings.xml), any cell writable in any
// order. Streamed: libxlsxwriter's constant_memory mode, each row written to a
// temporary file when the next one starts and its strings inline in the sheet
// (`t="inlineStr"`); rows must come in order, sheet after sheet, as a Table
// writes them. The cells a reader gets are the same; the report's large sheets
// (a finding or a gap a row) stream, so their strings are neither held nor
// sorted into a shared table (bench/README.md, step 8).
enum class Layout { Kept, Streamed };

// One table sheet; cells are written left to right, a row at a time.
class Table {
 public:
  Table& text(std::string_view s);
  Table& number(double x);               // in the column's format
  Table& number(double x, Kind as);      // in the format of `as` (a summary's mixed column)
  Table& blank();
  // A note (Excel's comment) on the cell written next; call before writing it.
  Table& comment(std::string_view note);
  void end_row();

  // A drop-down of `items` for column `column`, from the first data row down
  // to the sheet's end, so rows the user adds get it too. `prompt` shows when
  // the cell is selected, `error` when a typed value is not one of them.
  void choices(std::size_t column, const std::vector<std::string>& items, std::string_view prompt,
               std::string_view error);
  // The same for whole numbers from `min` to `max`.
  void whole_numbers(std::size_t column, int min, int max, std::string_view prompt, std::string_view error);

 private:
  friend class Book;

  Table(Book& book, lxw_worksheet* sheet, std::vector<Column> columns);
  void cell_written(lxw_error e, std::size_t width);
  void validate(std::size_t column, lxw_data_validation& v, std::string_view prompt, std::string_view error);
  void finish();  // filter, frozen header, widths
  Book& book_;
  lxw_worksheet* sheet_;
  std::vector<Column> columns_;
  std::vector<std::size_t> widths_;  // in characters, by column
  lxw_row_t row_ = 1;
  lxw_col_t col_ = 0;
};

class Book {
 public:
  // A new workbook at `path` (written by `close`); `currency` names the money
  // format. A Streamed book keeps its temporary files beside `path`.
  Book(const std::string& path, std::string_view currency, Layout layout = Layout::Kept);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  // The document's title, and its creation time: the assessment's date (never
  // the clock's, which would make the file differ from run to run).
  void properties(std::string_view title, std::string_view iso_date);
  // A new sheet `name` (translated; at most 31 characters) with a header row.
  Table& table(const std::string& name, std::vector<Column> columns);
  // Writes the file; false with `error` when anything failed on the way.
  bool close(std::string& error);

 private:
  friend class Table;
  void failed(lxw_error e, std::string_view what);
  lxw_format* format(Kind k) const;
  // The stdio buffers of the book's temporary files (lxw_tmpfile in
  // xlsx_book.cpp); declared first, so freed after the files are closed.
  std::vector<std::unique_ptr<char[]>> buffers_;
  lxw_workbook* book_;
  std::string path_, error_;
  lxw_format *header_ = nullptr, *formats_[kKinds] = {};
  std::vector<std::unique_ptr<Table>> tables_;

};

}  // namespace kubus::report::xlsx
