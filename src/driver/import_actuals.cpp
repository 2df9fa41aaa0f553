#include "driver/import_actuals.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <regex>

#include "driver/import_cells.h"
#include "driver/output.h"
#include "model/load.h"
#include "support/text.h"

namespace kubus::driver {
namespace {

std::size_t line_end(const SourceFile& f, std::size_t at) {
  std::size_t nl = f.text.find('\n', at);
  return nl == std::string::npos ? f.text.size() : nl;
}

// What the sheet asks for: one actual per KPI or SLA, every cell checked.
class Planner {
 public:
  Planner(Session& s, const model::Model& m, const sheet::Sheet& sheet, std::string root)
      : s_(s), m_(m), sheet_(sheet), root_(std::move(root)) {}

  void row(const sheet::Row& r, const Columns& cols, ActualsImport& out) {
    std::uint32_t id_col = cols.find("id"), actual_col = cols.find("actual"), date_col = cols.find("date");
    std::string id = cell_text(r, id_col), actual = cell_text(r, actual_col), date = cell_text(r, date_col);
    ++out.rows;
    if (actual.empty()) {
      ++out.skipped;
      return;
    }
    if (id.empty()) return error(Code::MissingField, r, id_col, "this row has an actual but no id", "name the KPI or SLA");
    model::Index e = m_.find("kpi", id);
    if (e == model::kNone) e = m_.find("sla", id);
    if (e == model::kNone) return unknown(r, id_col, id);
    if (!date.empty() && !valid_date(date))
      return error(Code::BadDate, r, date_col, "'" + date + "' is not a date", "write dates as YYYY-MM-DD, e.g. 2026-11-20");
    std::string why;
    bool bad_unit = false;
    auto q = read_quantity(actual, why, bad_unit);
    if (!q)
      return error(bad_unit ? Code::BadUnit : Code::BadNumber, r, actual_col, why,
                   "write a quantity as the model does: 200 s, 64 %, 25");
    if (auto [it, fresh] = seen_.emplace(id, r.number); !fresh)
      return error(Code::DuplicateId, r, id_col, "'" + id + "' is given twice", "its first row is " + std::to_string(it->second));
    plan(m_.entities[e], *q, date, r, actual_col, out);
  }

  std::map<FileId, std::vector<Edit>>& edits() { return edits_; }

 private:
  void plan(const model::Entity& ent, const CellQuantity& q, const std::string& date, const sheet::Row& r,
            std::uint32_t col, ActualsImport& out) {
    const SourceFile& f = s_.sm.file(ent.span.file);
    auto relative = std::filesystem::absolute(f.path).lexically_normal().lexically_relative(root_);
    if (relative.empty() || *relative.begin() == "..") {
      return error(Code::WrongType, r, col, "'" + std::string(ent.id) + "' is declared in " + f.path + ", outside the model",
                   "declare the KPI or SLA in the client's model to record its actual");
    }
    const model::Val& target = m_.field(ent, "target").items.at(0);
    if (target.dim != q.dim && !(target.dim == schema::Dim::None && q.dim == schema::Dim::None)) {
      return error(Code::BadUnit, r, col,
                   "'" + q.text + "' is " + std::string(schema::dim_name(q.dim)) + ", but the target of '" +
                       std::string(ent.id) + "' is " + std::string(schema::dim_name(target.dim)),
                   "give the actual in a unit of the target's kind");
    }
    std::string comment = date.empty() ? std::string() : "  # measured " + date;
    const model::Val& actual = m_.field(ent, "actual");
    const model::Val& where = actual.present() ? actual : m_.field(ent, "target");
    std::size_t from = offset(f, where.span.line, where.span.col), to = offset(f, where.span.end_line, where.span.end_col);
    if (actual.present()) {
      std::string_view old(f.text.data() + from, to - from);
      std::size_t end = line_end(f, to);
      static const std::regex kMeasured(R"(\s*# measured \d{4}-\d{2}-\d{2}\s*)");
      bool dated = std::regex_match(f.text.begin() + static_cast<long>(to), f.text.begin() + static_cast<long>(end), kMeasured);
      if (old == q.text && (comment.empty() || (dated && f.text.compare(to, end - to, comment) == 0))) {
        ++out.unchanged;
        return;
      }
      edits_[ent.span.file].push_back({from, (dated ? end : to) - from, q.text + comment});  // a stale date goes
    } else if (where.span.line == ent.span.line) {
      edits_[ent.span.file].push_back({to, 0, " actual: " + q.text});
    } else {
      std::size_t start = f.line_starts[where.span.line - 1];
      std::size_t indent = f.text.find_first_not_of(" \t", start) - start;
      edits_[ent.span.file].push_back({line_end(f, to), 0, "\n" + f.text.substr(start, indent) + "actual: " + q.text + comment});
    }
    ++out.updated;
  }

  void unknown(const sheet::Row& r, std::uint32_t col, const std::string& id) {
    std::vector<std::string> ids;
    for (auto kind : {"kpi", "sla"})
      for (model::Index i : m_.of_kind(kind)) ids.emplace_back(m_.entities[i].id);
    auto near = closest(id, ids);
    error(Code::UnknownReference, r, col, "no KPI or SLA '" + id + "' in the model",
          near ? "did you mean '" + *near + "'?" : "the id column names KPIs and SLAs by their ID");
  }

  void error(Code code, const sheet::Row& r, std::uint32_t col, std::string message, std::string help) {
    s_.diags.add(code, sheet_.at(r.number, col), std::move(message), std::move(help));
  }

  Session& s_;
  const model::Model& m_;
  const sheet::Sheet& sheet_;
  std::string root_;
  std::map<std::string, std::uint32_t> seen_;
  std::map<FileId, std::vector<Edit>> edits_;
};

// Writes every new text; on a write error or a model that no longer checks,
// writes the old texts back. True when the new texts stay.
bool write_all(Session& s, const std::vector<std::pair<std::string, std::string>>& files,
               const std::vector<std::string>& old, const std::string& model_dir) {
  std::string error;
  std::size_t written = 0;
  for (; written < files.size(); ++written)
    if (!write_file(files[written].first, files[written].second, error)) break;
  bool ok = written == files.size();
  if (!ok) {
    s.diags.add_file(Code::CannotRead, files[written].first, error);
    s.unreadable = true;
  } else {
    model::load({model_dir}, s.load, s.sm, s.diags);
    ok = !s.diags.has_errors();
  }
  if (ok) return true;
  for (std::size_t i = 0; i < written; ++i) write_file(files[i].first, old[i], error);
  return false;
}

}  // namespace

ActualsImport import_actuals(Session& s, const std::string& sheet_path, const std::string& model_dir) {
  ActualsImport out;
  auto read = sheet::read(sheet_path, s.sm, s.diags);
  s.unreadable = read.unreadable;
  if (!read.sheet) return out;
  auto loaded = model::load({model_dir}, s.load, s.sm, s.diags);
  if (loaded.unreadable) s.unreadable = true;
  if (s.diags.has_errors() || s.unreadable) return out;
  Columns cols(*read.sheet);
  if (!cols.require({"id", "actual"}, s.diags)) return out;
  Planner planner(s, loaded.model, *read.sheet, std::filesystem::absolute(model_dir).lexically_normal().string());
  for (std::size_t i = 1; i < read.sheet->rows.size(); ++i) planner.row(read.sheet->rows[i], cols, out);
  if (s.diags.has_errors()) return out;
  std::map<std::string, FileId> by_path;  // files in path order
  for (auto& [file, edits] : planner.edits()) by_path.emplace(s.sm.file(file).path, file);
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> old;
  for (auto& [path, file] : by_path) {
    files.emplace_back(path, apply(s.sm.file(file).text, planner.edits()[file]));
    old.push_back(s.sm.file(file).text);
  }
  if (!files.empty() && !write_all(s, files, old, model_dir)) return out;
  for (const auto& f : files) out.files.push_back(f.first);
  return out;
}

}  // namespace kubus::driver
