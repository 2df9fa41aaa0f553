// CSV through libcsv (Debian's libcsv3): quotes, doubled quotes, embedded
// newlines and CRLF as RFC 4180 and spreadsheets write them. What libcsv leaves
// to us: the byte-order mark, the separator (Dutch Excel writes `;`), and
// counting rows the way a spreadsheet numbers them (a blank line is a row).
#include <csv.h>

#include <memory>

#include "sheet/sheet.h"
#include "support/text.h"

namespace kubus::sheet {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The separator of the header record: the most frequent of `,` `;` TAB outside
// quotes, `,` when there is none.
unsigned char separator(std::string_view text) {
  std::size_t comma = 0, semicolon = 0, tab = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    comma += c == ',';
    semicolon += c == ';';
    tab += c == '\t';
  }
  if (semicolon > comma && semicolon >= tab) return ';';
  if (tab > comma) return '\t';
  return ',';
}

class Builder {
 public:
  Builder(Sheet& sheet, Diagnostics& diags) : sheet_(sheet), diags_(diags) {}

  static void on_field(void* data, std::size_t len, void* self) {
    static_cast<Builder*>(self)->field(std::string_view(static_cast<const char*>(data), data ? len : 0));
  }
  static void on_record(int terminator, void* self) { static_cast<Builder*>(self)->record(terminator); }

  std::uint32_t row() const { return row_; }
  std::uint32_t column() const { return column_; }
  bool bad() const { return bad_; }

 private:
  void field(std::string_view text) {
    ++column_;
    after_cr_ = false;
    if (text.empty()) return;
    if (auto at = find_invalid_utf8(text)) {
      if (!bad_)
        diags_.add(Code::InvalidUtf8, sheet_.at(row_, column_), "this cell is not UTF-8 text",
                   "save the sheet as \"CSV UTF-8\"");
      bad_ = true;
      return;
    }
    current_.cells.push_back({column_, std::string(text), false, 0});
  }

  // With CSV_REPALL_NL libcsv reports every line end, so a blank line counts
  // as a row; the LF of a CRLF is the same line end as its CR.
  void record(int terminator) {
    bool lf_after_cr = terminator == '\n' && after_cr_ && column_ == 0;
    after_cr_ = terminator == '\r';
    if (lf_after_cr) return;
    current_.number = row_;
    if (!current_.blank()) sheet_.rows.push_back(std::move(current_));
    current_ = Row{};
    ++row_;
    column_ = 0;
  }

  Sheet& sheet_;
  Diagnostics& diags_;
  Row current_;
  std::uint32_t row_ = 1;
  std::uint32_t column_ = 0;
  bool after_cr_ = false;
  bool bad_ = false;
};

}  // namespace

Result read_csv(std::string_view text, const std::string& path, SourceManager& sm, Diagnostics& diags) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  Result out;
  Sheet sheet;
  sheet.label = path;
  sheet.file = sm.add(path, {});
  csv_parser parser{};
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) throw std::bad_alloc();
  std::unique_ptr<csv_parser, void (*)(csv_parser*)> owner(&parser, csv_free);
  csv_set_delim(&parser, separator(text));
  Builder builder(sheet, diags);
  std::size_t used = csv_parse(&parser, text.data(), text.size(), Builder::on_field, Builder::on_record, &builder);
  bool ok = used == text.size() && csv_fini(&parser, Builder::on_field, Builder::on_record, &builder) == 0;
  if (!ok) {
    if (csv_error(&parser) == CSV_ENOMEM) throw std::bad_alloc();
    diags.add(Code::BadCsvRecord, sheet.at(builder.row(), builder.column() + 1),
              used == text.size() ? "a quoted cell is not closed" : "a quote inside a cell that is not quoted",
              "quote the whole cell and double each quote inside it: \"say \"\"yes\"\"\"");
    return out;
  }
  if (!builder.bad()) out.sheet = std::move(sheet);
  return out;
}

}  // namespace kubus::sheet
