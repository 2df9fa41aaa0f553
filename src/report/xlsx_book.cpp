#include "report/xlsx_book.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "support/escape.h"

extern "C" {
#include <xlsxwriter/third_party/tmpfileplus.h>  // a C header without extern "C"
}

namespace kubus::report::xlsx {
namespace {

// The temporary files' stdio buffers go to the Book whose library call is
// running on this thread (none outside such calls: then glibc's own).
thread_local std::vector<std::unique_ptr<char[]>>* tmpfile_buffers = nullptr;

class Buffering {
 public:
  explicit Buffering(std::vector<std::unique_ptr<char[]>>& to) : before_(tmpfile_buffers) { tmpfile_buffers = &to; }
  ~Buffering() { tmpfile_buffers = before_; }
  Buffering(const Buffering&) = delete;
  Buffering& operator=(const Buffering&) = delete;

 private:
  std::vector<std::unique_ptr<char[]>>* before_;
};

constexpr std::size_t kMaxWidth = 60;  // characters; longer text wraps in the cell's edit line
constexpr std::size_t kWrapWidth = 50;  // characters: a Wrapped column, whose text wraps within it
constexpr std::size_t kDateWidth = 11;  // characters: 2026-11-20 and a margin
constexpr std::size_t kMaxPrompt = 255;  // characters: Excel's limit for a validation's messages

std::size_t characters(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The width a number takes in its format, roughly: digits, separators, unit.
std::size_t number_width(Kind k) { return k == Kind::Money || k == Kind::Price ? 14 : 10; }

// Excel's number format for a kind; money shows the assessment's currency code.
std::string number_format(Kind k, std::string_view currency) {
  switch (k) {
    case Kind::Count: return "#,##0";
    case Kind::Decimal: return "0.00";
    case Kind::Share: return "0%";
    case Kind::Effort: return "#,##0.0";
    case Kind::Money:
    case Kind::Price: {
      std::string code;  // an ISO 4217 code; anything else could break the format
      for (char c : currency)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) code += c;
      const char* digits = k == Kind::Price ? "#,##0.00" : "#,##0";
      return code.empty() ? std::string(digits) : fmt::format("\"{}\" {}", code, digits);
    }
    case Kind::Date: return "yyyy-mm-dd";
    case Kind::Text:
    case Kind::Wrapped: break;
  }
  return "@";
}

}  // namespace

Table::Table(Book& book, lxw_worksheet* sheet, std::vector<Column> columns)
    : book_(book), sheet_(sheet), columns_(std::move(columns)), widths_(columns_.size()) {
  for (std::size_t c = 0; c < columns_.size() && sheet_; ++c) {
    widths_[c] = characters(columns_[c].header) + 3;  // room for the filter button
    book_.failed(worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), xlsx_text(columns_[c].header).c_str(),
                                        book_.header_),
                 "a header");
  }
}

void Table::cell_written(lxw_error e, std::size_t width) {
  book_.failed(e, "a cell");
  if (col_ < widths_.size()) widths_[col_] = std::max(widths_[col_], std::min(width, kMaxWidth));
  ++col_;
}

Table& Table::text(std::string_view s) {
  if (!sheet_) return blank();
  std::string cell = xlsx_text(s);
  bool wrapped = col_ < columns_.size() && columns_[col_].kind == Kind::Wrapped;
  lxw_format* f = wrapped ? book_.format(Kind::Wrapped) : nullptr;
  cell_written(cell.empty() ? worksheet_write_blank(sheet_, row_, col_, f)
                            : worksheet_write_string(sheet_, row_, col_, cell.c_str(), f),
               characters(cell));
  return *this;
}

Table& Table::comment(std::string_view note) {
  if (!sheet_) return *this;
  std::string text = xlsx_text(note);
  // Big enough to read a practice's five levels without resizing the box.
  lxw_comment_options o{};
  o.width = 480;
  o.height = static_cast<uint16_t>(std::min<std::size_t>(40 + 16 * (characters(text) / 70 + 6), 600));
  book_.failed(worksheet_write_comment_opt(sheet_, row_, col_, text.c_str(), &o), "a comment");
  return *this;
}

void Table::validate(std::size_t column, lxw_data_validation& v, std::string_view prompt, std::string_view error) {
  if (!sheet_) return;
  std::string input = xlsx_text(prompt).substr(0, kMaxPrompt), wrong = xlsx_text(error).substr(0, kMaxPrompt);
  v.show_input = LXW_VALIDATION_ON;
  v.input_message = input.data();
  v.show_error = LXW_VALIDATION_ON;
  v.error_message = wrong.data();
  auto col = static_cast<lxw_col_t>(column);
  book_.failed(worksheet_data_validation_range(sheet_, 1, col, LXW_ROW_MAX - 1, col, &v), "a validation");
}

void Table::choices(std::size_t column, const std::vector<std::string>& items, std::string_view prompt,
                    std::string_view error) {
  std::vector<std::string> copies(items);  // libxlsxwriter takes char**, and only reads them
  std::vector<char*> list;
  list.reserve(copies.size() + 1);
  for (auto& i : copies) list.push_back(i.data());
  list.push_back(nullptr);
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  validate(column, v, prompt, error);
}

void Table::whole_numbers(std::size_t column, int min, int max, std::string_view prompt, std::string_view error) {
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_INTEGER;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = min;
  v.maximum_number = max;
  validate(column, v, prompt, error);
}

Table& Table::number(double x) { return number(x, col_ < columns_.size() ? columns_[col_].kind : Kind::Decimal); }

Table& Table::number(double x, Kind as) {
  if (!sheet_ || !std::isfinite(x)) return blank();
  cell_written(worksheet_write_number(sheet_, row_, col_, x, book_.format(as)), number_width(as));
  return *this;
}

Table& Table::blank() {
  ++col_;
  return *this;
}

void Table::end_row() {
  ++row_;
  col_ = 0;
}

void Table::finish() {
  if (!sheet_) return;
  const auto last_col = static_cast<lxw_col_t>(columns_.empty() ? 0 : columns_.size() - 1);
  book_.failed(worksheet_autofilter(sheet_, 0, 0, row_ - 1, last_col), "the filter");
  worksheet_freeze_panes(sheet_, 1, 0);
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    Kind k = columns_[c].kind;
    // Cells typed into a Wrapped or Date column later take its format too.
    bool typed = k == Kind::Wrapped || k == Kind::Date;
    std::size_t width = k == Kind::Wrapped ? kWrapWidth : k == Kind::Date ? std::max(widths_[c], kDateWidth) : widths_[c];
    book_.failed(worksheet_set_column(sheet_, col, col, static_cast<double>(width + 1), typed ? book_.format(k) : nullptr),
                 "a width");
  }
}

namespace {

lxw_workbook* new_workbook(const std::string& path, Layout layout, std::vector<std::unique_ptr<char[]>>& buffers) {
  Buffering buffering(buffers);
  if (layout == Layout::Kept) return workbook_new(path.c_str());
  // The temporary rows go beside the file, on the disk it is written to, not
  // into a /tmp that may be memory (tmpfs) or small; libxlsxwriter copies the name.
  std::string tmpdir = std::filesystem::path(path).parent_path().string();
  if (tmpdir.empty()) tmpdir = ".";
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = tmpdir.data();
  return workbook_new_opt(path.c_str(), &options);
}

}  // namespace

Book::Book(const std::string& path, std::string_view currency, Layout layout)
    : book_(new_workbook(path, layout, buffers_)), path_(path) {
  if (!book_) {
    error_ = "cannot create '" + path + "'";
    return;
  }
  header_ = workbook_add_format(book_);
  format_set_bold(header_);
  format_set_bg_color(header_, 0xF1F3F6);
  format_set_bottom(header_, LXW_BORDER_THIN);
  for (Kind k : {Kind::Text, Kind::Count, Kind::Decimal, Kind::Share, Kind::Money, Kind::Price, Kind::Effort, Kind::Date}) {
    lxw_format* f = workbook_add_format(book_);
    format_set_num_format(f, number_format(k, currency).c_str());
    formats_[static_cast<std::size_t>(k)] = f;
  }
  lxw_format* wrap = workbook_add_format(book_);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  formats_[static_cast<std::size_t>(Kind::Wrapped)] = wrap;
}

Book::~Book() {
  if (!book_) return;
  lxw_workbook_free(book_);  // not closed: nothing is written
  // libxlsxwriter frees a streamed sheet's row file only when it closes the
  // book; the open FILE keeps its buffer, which exit() may still flush.
  for (auto& b : buffers_) static_cast<void>(b.release());
}

void Book::properties(std::string_view title, std::string_view iso_date) {
  if (!book_) return;
  std::tm day{};
  int y = 0, m = 0, d = 0;
  if (std::sscanf(std::string(iso_date).c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
    day.tm_year = y - 1900;
    day.tm_mon = m - 1;
    day.tm_mday = d;
  }
  std::string text = xlsx_text(title);
  lxw_doc_properties p{};
  p.title = text.data();
  p.created = std::max<time_t>(timegm(&day), 86400);  // 0 would mean "now"
  failed(workbook_set_properties(book_, &p), "the properties");
}

lxw_format* Book::format(Kind k) const { return formats_[static_cast<std::size_t>(k)]; }

void Book::failed(lxw_error e, std::string_view what) {
  if (e != LXW_NO_ERROR && error_.empty()) error_ = fmt::format("cannot write {} of '{}': {}", what, path_, lxw_strerror(e));
}

Table& Book::table(const std::string& name, std::vector<Column> columns) {
  Buffering buffering(buffers_);  // a streamed sheet's row file
  lxw_worksheet* sheet = book_ ? workbook_add_worksheet(book_, name.c_str()) : nullptr;
  // Without a sheet the table writes nothing, so callers need not check each
  // one: close() reports the error.
  if (!sheet && error_.empty()) error_ = fmt::format("cannot add the sheet '{}' to '{}'", name, path_);
  tables_.push_back(std::unique_ptr<Table>(new Table(*this, sheet, std::move(columns))));
  return *tables_.back();
}

bool Book::close(std::string& error) {
  if (book_ && error_.empty()) {
    for (auto& t : tables_) t->finish();
    Buffering buffering(buffers_);  // every part's file, written and zipped
    lxw_error e = workbook_close(book_);
    book_ = nullptr;
    failed(e, "the workbook");
  }
  error = error_;
  return error_.empty();
}

}  // namespace kubus::report::xlsx

// libxlsxwriter makes every temporary file through lxw_tmpfile, "a thin
// wrapper for tmpfile() so it can be over-ridden with a user defined version"
// (its src/utility.c); kubus's definition takes its place. The file is the
// library's own (tmpfileplus: unlinked, in the book's tmpdir), with a larger
// buffer than glibc's 4 KiB: a streamed report.xlsx passes each sheet's XML
// (300 MB at 100,000 touchpoints) through its files three times (rows, sheet,
// zip), and a system call per 4 KiB was about a second of CPU there
// (bench/README.md, step 13).
extern "C" FILE* lxw_tmpfile(char* tmpdir) {
  constexpr std::size_t kBuffer = std::size_t{256} << 10;
  FILE* file = tmpfileplus(tmpdir, nullptr, nullptr, 0);
  auto* buffers = kubus::report::xlsx::tmpfile_buffers;
  if (file && buffers) {
    buffers->push_back(std::make_unique_for_overwrite<char[]>(kBuffer));
    std::setvbuf(file, buffers->back().get(), _IOFBF, kBuffer);  // before any I/O: the file is new
  }
  return file;
}
