// Reading sheets: CSV as spreadsheets write it, XLSX written by libxlsxwriter
// (shared and inline strings, dates, percentages, formulas) and by hand (1904
// dates, rich text, prefixed element names), and damaged files.
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>

#include "sheet/excel_values.h"
#include "sheet/sheet.h"
#include "test_util.h"

namespace kubus {
namespace {

struct Read {
  SourceManager sm;
  Diagnostics diags;
  sheet::Result result;
};

std::unique_ptr<Read> read_file(const std::filesystem::path& p) {
  auto r = std::make_unique<Read>();
  r->result = sheet::read(p.string(), r->sm, r->diags);
  return r;
}

std::unique_ptr<Read> read_csv_text(const std::string& text) {
  auto dir = test::temp_dir();
  test::write_file(dir / "in.csv", text);
  return read_file(dir / "in.csv");
}

std::string cell(const sheet::Sheet& s, std::size_t row, std::uint32_t column) {
  const sheet::Cell* c = s.rows.at(row).at(column);
  return c ? c->text : "<empty>";
}

std::string where(const Read& r) {
  REQUIRE(r.diags.all().size() == 1);
  const Diagnostic& d = r.diags.all()[0];
  if (!d.span.valid()) return d.path;
  return r.sm.file(d.span.file).path + ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.col);
}

TEST_CASE("CSV: quotes, embedded newlines, CRLF and a BOM", "[sheet]") {
  auto r = read_csv_text("\xEF\xBB\xBFpractice,evidence,level\r\n"
                         "customer-focus,\"Said \"\"we listen\"\",\r\nthen showed the log\",3\r\n"
                         "\r\n"
                         "leadership,\"a, b\",4\r\n");
  REQUIRE(r->result.sheet);
  const auto& s = *r->result.sheet;
  REQUIRE(s.rows.size() == 3);
  CHECK(cell(s, 0, 1) == "practice");  // the BOM is not part of the first header
  CHECK(cell(s, 1, 2) == "Said \"we listen\",\r\nthen showed the log");
  CHECK(s.rows[1].number == 2);
  CHECK(s.rows[2].number == 4);  // the blank line is row 3, as a spreadsheet numbers it
  CHECK(cell(s, 2, 2) == "a, b");
}

TEST_CASE("CSV: Dutch Excel's semicolons", "[sheet]") {
  auto r = read_csv_text("practice;level;evidence\nleadership;4;\"ja; zeker\"\n");
  REQUIRE(r->result.sheet);
  CHECK(cell(*r->result.sheet, 1, 2) == "4");
  CHECK(cell(*r->result.sheet, 1, 3) == "ja; zeker");
}

TEST_CASE("CSV: an unclosed quote is located at its row and column", "[sheet]") {
  auto r = read_csv_text("a,b,c\n1,2,3\n4,\"five\n");
  CHECK_FALSE(r->result.sheet);
  CHECK_FALSE(r->result.unreadable);
  CHECK(r->diags.all().at(0).code == Code::BadCsvRecord);
  CHECK(where(*r).ends_with("in.csv:3:2"));
}

TEST_CASE("CSV: a quote inside an unquoted cell is located", "[sheet]") {
  auto r = read_csv_text("a,b\nx,say \"hi\"\n");
  CHECK_FALSE(r->result.sheet);
  CHECK(where(*r).ends_with("in.csv:2:2"));
}

TEST_CASE("CSV: a cell that is not UTF-8 is located and names the fix", "[sheet]") {
  auto r = read_csv_text("a,b\nx,caf\xE9\n");
  CHECK_FALSE(r->result.sheet);
  CHECK(where(*r).ends_with("in.csv:2:2"));
  CHECK(r->diags.all()[0].help.find("CSV UTF-8") != std::string::npos);
}

TEST_CASE("Neither CSV nor XLSX, a missing file and a directory are unreadable", "[sheet]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "x.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  auto r = read_file(dir / "x.png");
  CHECK(r->result.unreadable);
  CHECK(r->diags.all().at(0).code == Code::NotASheet);
  CHECK(read_file(dir / "missing.csv")->result.unreadable);
  CHECK(read_file(dir)->result.unreadable);
}

TEST_CASE("XLSX from libxlsxwriter: strings, numbers, dates, percentages, formulas", "[sheet]") {
  for (bool constant_memory : {false, true}) {  // constant memory writes inline strings
    auto dir = test::temp_dir();
    auto path = (dir / "answers.xlsx").string();
    lxw_workbook_options options{};
    options.constant_memory = constant_memory;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Interviews");
    workbook_add_worksheet(wb, "Other");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd-mm-yyyy");
    lxw_format* pct = workbook_add_format(wb);
    format_set_num_format(pct, "0%");
    worksheet_write_string(ws, 0, 0, "id", nullptr);
    worksheet_write_string(ws, 0, 1, "actual", nullptr);
    worksheet_write_string(ws, 0, 3, "date", nullptr);
    worksheet_write_string(ws, 2, 0, "nps", nullptr);
    worksheet_write_number(ws, 2, 1, 18, nullptr);
    lxw_datetime dt{2026, 11, 20, 0, 0, 0};
    worksheet_write_datetime(ws, 2, 3, &dt, date);
    worksheet_write_string(ws, 3, 0, "fcr", nullptr);
    worksheet_write_number(ws, 3, 1, 0.64, pct);
    worksheet_write_formula_num(ws, 3, 2, "=B3*2", nullptr, 36);
    worksheet_write_string(ws, 3, 3, "ook \"goed\" — ja", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);

    auto r = read_file(path);
    REQUIRE(r->result.sheet);
    const auto& s = *r->result.sheet;
    CHECK(s.label == path + "[Interviews]");
    REQUIRE(s.rows.size() == 3);  // row 2 is blank
    CHECK(s.rows[1].number == 3);
    CHECK(cell(s, 1, 2) == "18");
    CHECK(s.rows[1].at(2)->number);
    CHECK(cell(s, 1, 4) == "2026-11-20");
    CHECK(cell(s, 2, 2) == "64 %");
    CHECK(cell(s, 2, 3) == "36");  // the cached value; formulas are never evaluated
    CHECK(cell(s, 2, 4) == "ook \"goed\" — ja");
    CHECK(s.at(3, 2).line == 3);
  }
}

void add_part(zip_t* z, const char* name, const std::string& text) {
  auto* copy = static_cast<char*>(std::malloc(text.size()));
  std::memcpy(copy, text.data(), text.size());
  zip_source_t* src = zip_source_buffer(z, copy, text.size(), 1);
  REQUIRE(zip_file_add(z, name, src, ZIP_FL_OVERWRITE) >= 0);
}

std::string hand_made(const std::filesystem::path& dir, const std::string& sheet_xml, bool with_rels = true) {
  auto path = (dir / "hand.xlsx").string();
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  REQUIRE(z);
  add_part(z, "xl/workbook.xml",
           R"(<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
           R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
           R"(<x:workbookPr date1904="1"/><x:sheets><x:sheet name="Blad1" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>)");
  if (with_rels)
    add_part(z, "xl/_rels/workbook.xml.rels",
             R"(<Relationships><Relationship Id="rId7" Target="/xl/worksheets/data.xml"/></Relationships>)");
  add_part(z, "xl/sharedStrings.xml",
           R"(<x:sst><x:si><x:r><x:t xml:space="preserve">hoog </x:t></x:r><x:r><x:t>vertrouwen</x:t></x:r>)"
           R"(<x:rPh><x:t>ignored</x:t></x:rPh></x:si></x:sst>)");
  add_part(z, "xl/styles.xml",
           R"(<x:styleSheet><x:numFmts><x:numFmt numFmtId="170" formatCode="[Red]&quot;d&quot;0.00"/></x:numFmts>)"
           R"(<x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="170"/></x:cellXfs></x:styleSheet>)");
  add_part(z, "xl/worksheets/data.xml", sheet_xml);
  REQUIRE(zip_close(z) == 0);
  return path;
}

TEST_CASE("XLSX by hand: 1904 dates, rich text, prefixes, cells without references", "[sheet]") {
  auto dir = test::temp_dir();
  auto path = hand_made(dir, R"(<x:worksheet><x:sheetData><x:row r="4">)"
                             R"(<x:c t="s"><x:v>0</x:v></x:c><x:c s="1"><x:v>45250</x:v></x:c>)"
                             R"(<x:c s="2"><x:v>2.5</x:v></x:c><x:c r="F4" t="b"><x:v>1</x:v></x:c>)"
                             R"(<x:c r="G4" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c>)"
                             R"(<x:c r="H4" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>)");
  auto r = read_file(path);
  REQUIRE(r->result.sheet);
  const auto& s = *r->result.sheet;
  CHECK(s.label == path + "[Blad1]");
  REQUIRE(s.rows.size() == 1);
  CHECK(s.rows[0].number == 4);
  CHECK(cell(s, 0, 1) == "hoog vertrouwen");
  CHECK(cell(s, 0, 2) == "2027-11-21");  // 45250 days after 1904-01-01
  CHECK(cell(s, 0, 3) == "2.5");         // "d" in quotes does not make a date format
  CHECK(cell(s, 0, 6) == "true");
  CHECK(cell(s, 0, 7) == "inline");
  CHECK(cell(s, 0, 8) == "#N/A");
}

TEST_CASE("Damaged XLSX: a broken part, a missing relationship, a truncated archive", "[sheet]") {
  auto dir = test::temp_dir();
  auto r = read_file(hand_made(dir, "<x:worksheet><x:sheetData><x:row>"));
  CHECK(r->result.unreadable);
  CHECK(r->diags.all().at(0).code == Code::DamagedSheet);
  CHECK(r->diags.all()[0].message.find("not well-formed") != std::string::npos);

  auto missing = read_file(hand_made(test::temp_dir(), "<x:worksheet/>", false));
  CHECK(missing->result.unreadable);
  CHECK(missing->diags.all().at(0).message.find("workbook.xml.rels is missing") != std::string::npos);

  auto whole = hand_made(test::temp_dir(), "<x:worksheet/>");
  std::ifstream in(whole, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto cut = test::temp_dir() / "cut.xlsx";
  test::write_file(cut, bytes.substr(0, bytes.size() / 2));
  auto t = read_file(cut);
  CHECK(t->result.unreadable);
  CHECK(t->diags.all().at(0).code == Code::DamagedSheet);
}

TEST_CASE("A ZIP bomb stops at the part limit", "[sheet]") {
  auto dir = test::temp_dir();
  std::string huge = "<x:worksheet><x:sheetData>" + std::string(sheet::kMaxPartBytes + 1024, ' ') + "</x:sheetData></x:worksheet>";
  auto r = read_file(hand_made(dir, huge));
  CHECK(r->result.unreadable);
  CHECK(r->diags.all().at(0).message.find("more than 64 MiB") != std::string::npos);
  CHECK(std::filesystem::file_size(dir / "hand.xlsx") < 1u << 20);  // it was a bomb: small packed
}

TEST_CASE("Excel values: serial dates in both systems, number formats, column names", "[sheet]") {
  CHECK(sheet::serial_date(1, false) == "1900-01-01");
  CHECK(sheet::serial_date(59, false) == "1900-02-28");
  CHECK(sheet::serial_date(60, false) == "1900-02-29");
  CHECK(sheet::serial_date(61, false) == "1900-03-01");
  CHECK(sheet::serial_date(46346.75, false) == "2026-11-20");
  CHECK(sheet::serial_date(0, true) == "1904-01-01");
  CHECK_FALSE(sheet::serial_date(-1, false));
  CHECK(sheet::number_style(14, "") == sheet::NumberStyle::Date);
  CHECK(sheet::number_style(200, "yyyy-mm-dd") == sheet::NumberStyle::Date);
  CHECK(sheet::number_style(200, "0.0%") == sheet::NumberStyle::Percent);
  CHECK(sheet::number_style(200, "#,##0.00 \"EUR\"") == sheet::NumberStyle::Plain);
  CHECK(sheet::number_text(0.1 + 0.2) == "0.3");
  CHECK(sheet::number_text(-0.0) == "0");
  CHECK(sheet::column_name(1) == "A");
  CHECK(sheet::column_name(28) == "AB");
}

}  // namespace
}  // namespace kubus
