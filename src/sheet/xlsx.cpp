// XLSX: the package unpacked with libzip, each part parsed with pugixml. The
// first worksheet in the workbook's order is read; cells keep the value Excel
// stored (formulas are never evaluated: their cached value is read).
#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>

#include "sheet/archive.h"
#include "sheet/excel_values.h"
#include "sheet/sheet.h"
#include "support/text.h"

namespace kubus::sheet {
namespace {

// Element names without their namespace prefix: some writers use `x:row`.
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

template <class F>
void each(const pugi::xml_node& parent, std::string_view name, F&& f) {
  for (pugi::xml_node n : parent.children())
    if (n.type() == pugi::node_element && local(n) == name) f(n);
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node n : parent.children())
    if (n.type() == pugi::node_element && local(n) == name) return n;
  return {};
}

// The text of a string item: one <t>, or the <t> of each rich-text run <r>
// (phonetic runs <rPh> are not shown).
std::string item_text(const pugi::xml_node& si) {
  std::string out;
  for (pugi::xml_node n : si.children()) {
    if (local(n) == "t") out += n.text().get();
    if (local(n) == "r") out += child(n, "t").text().get();
  }
  return out;
}

// "C12" -> column 3, row 12; zeros when malformed.
std::pair<std::uint32_t, std::uint32_t> cell_ref(std::string_view ref) {
  std::uint32_t col = 0, row = 0;
  std::size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col < 20000; ++i) col = col * 26 + static_cast<std::uint32_t>(ref[i] - 'A' + 1);
  auto res = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (res.ec != std::errc() || res.ptr != ref.data() + ref.size()) return {0, 0};
  return {col, row};
}

class Reader {
 public:
  Reader(const Archive& zip, const std::string& path, Diagnostics& diags) : zip_(zip), path_(path), diags_(diags) {}

  // The first worksheet, with what its cells need from the other parts.
  std::optional<Sheet> read(SourceManager& sm) {
    auto workbook = xml("xl/workbook.xml", true);
    if (!workbook) return std::nullopt;
    pugi::xml_node book = workbook->document_element();
    pugi::xml_node pr = child(book, "workbookPr");
    date1904_ = pr.attribute("date1904").as_bool();
    pugi::xml_node first = child(child(book, "sheets"), "sheet");
    if (!first) return damaged("the workbook has no worksheet");
    auto target = sheet_part(first.attribute("r:id").value());
    if (!target) return std::nullopt;
    if (!load_strings() || !load_styles()) return std::nullopt;
    auto doc = xml(*target, true);
    if (!doc) return std::nullopt;
    Sheet sheet;
    sheet.label = path_ + "[" + first.attribute("name").value() + "]";
    sheet.file = sm.add(sheet.label, {});
    each(child(doc->document_element(), "sheetData"), "row", [&](const pugi::xml_node& r) { row(r, sheet); });
    return sheet;
  }

 private:
  std::optional<pugi::xml_document> xml(const std::string& name, bool required) {
    std::string error;
    auto text = zip_.part(name, kMaxPartBytes, error);
    if (!text) {
      if (!error.empty() || required) damaged(error.empty() ? name + " is missing" : error);
      return std::nullopt;
    }
    std::optional<pugi::xml_document> doc(std::in_place);
    auto parsed = doc->load_buffer(text->data(), text->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!parsed) {
      damaged(name + " is not well-formed XML: " + parsed.description());
      return std::nullopt;
    }
    return doc;
  }

  // The worksheet part the relationship `id` names, from the workbook's rels.
  std::optional<std::string> sheet_part(std::string_view id) {
    auto rels = xml("xl/_rels/workbook.xml.rels", true);
    if (!rels) return std::nullopt;
    std::optional<std::string> out;
    each(rels->document_element(), "Relationship", [&](const pugi::xml_node& r) {
      if (r.attribute("Id").value() != id) return;
      std::string target = r.attribute("Target").value();
      out = target.rfind('/', 0) == 0 ? target.substr(1) : "xl/" + target;
    });
    if (!out) damaged("the first worksheet's part is not in the workbook's relationships");
    return out;
  }

  bool load_strings() {
    auto doc = xml("xl/sharedStrings.xml", false);
    if (!failed_ && doc) each(doc->document_element(), "si", [&](const pugi::xml_node& si) { strings_.push_back(item_text(si)); });
    return !failed_;
  }

  bool load_styles() {
    auto doc = xml("xl/styles.xml", false);
    if (failed_ || !doc) return !failed_;
    std::map<int, std::string> codes;
    pugi::xml_node root = doc->document_element();
    each(child(root, "numFmts"), "numFmt", [&](const pugi::xml_node& f) {
      codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    });
    each(child(root, "cellXfs"), "xf", [&](const pugi::xml_node& xf) {
      int id = xf.attribute("numFmtId").as_int();
      auto code = codes.find(id);
      styles_.push_back(number_style(id, code == codes.end() ? std::string_view() : std::string_view(code->second)));
    });
    return true;
  }

  void row(const pugi::xml_node& r, Sheet& sheet) {
    Row out;
    out.number = r.attribute("r").as_uint(sheet.rows.empty() ? 1 : sheet.rows.back().number + 1);
    std::uint32_t next = 1;
    each(r, "c", [&](const pugi::xml_node& c) {
      auto [col, row_number] = cell_ref(c.attribute("r").value());
      Cell cell = value(c, col ? col : next);
      next = cell.column + 1;
      if (!cell.text.empty()) out.cells.push_back(std::move(cell));
    });
    std::sort(out.cells.begin(), out.cells.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
    if (!out.blank()) sheet.rows.push_back(std::move(out));
  }

  Cell value(const pugi::xml_node& c, std::uint32_t column) {
    Cell cell;
    cell.column = column;
    std::string_view type = c.attribute("t").value();
    std::string_view v = child(c, "v").text().get();
    if (type == "s") {
      std::size_t i = child(c, "v").text().as_uint(static_cast<unsigned>(-1));
      if (i < strings_.size()) cell.text = strings_[i];
    } else if (type == "inlineStr") {
      cell.text = item_text(child(c, "is"));
    } else if (type == "str" || type == "e" || type == "d") {
      cell.text = v;
    } else if (type == "b") {
      cell.text = v == "1" ? "true" : "false";
    } else if (!v.empty()) {
      number(c, v, cell);
    }
    if (find_invalid_utf8(cell.text)) cell.text.clear();  // pugixml decodes to UTF-8; a broken byte is not text
    return cell;
  }

  void number(const pugi::xml_node& c, std::string_view v, Cell& cell) {
    double x = 0;
    auto res = std::from_chars(v.data(), v.data() + v.size(), x);
    if (res.ec != std::errc()) {
      cell.text = v;
      return;
    }
    std::size_t s = c.attribute("s").as_uint(0);
    NumberStyle style = s < styles_.size() ? styles_[s] : NumberStyle::Plain;
    auto date = style == NumberStyle::Date ? serial_date(x, date1904_) : std::nullopt;
    if (date) {
      cell.text = *date;
    } else if (style == NumberStyle::Percent) {
      cell.text = number_text(x * 100) + " %";
    } else {
      cell.text = number_text(x);
      cell.number = true;
      cell.value = x;
    }
  }

  std::nullopt_t damaged(const std::string& why) {
    if (!failed_) diags_.add_file(Code::DamagedSheet, path_, "'" + path_ + "' is not a readable XLSX workbook: " + why);
    failed_ = true;
    return std::nullopt;
  }

  const Archive& zip_;
  const std::string& path_;
  Diagnostics& diags_;
  std::vector<std::string> strings_;
  std::vector<NumberStyle> styles_;
  bool date1904_ = false;
  bool failed_ = false;
};

}  // namespace

Result read_xlsx(std::string_view bytes, const std::string& path, SourceManager& sm, Diagnostics& diags) {
  std::string error;
  auto zip = Archive::open(bytes, error);
  if (!zip) {
    diags.add_file(Code::DamagedSheet, path, "'" + path + "' is not a readable XLSX workbook: " + error);
    return {std::nullopt, true};
  }
  Reader reader(*zip, path, diags);
  Result out;
  out.sheet = reader.read(sm);
  out.unreadable = !out.sheet;
  return out;
}

}  // namespace kubus::sheet
