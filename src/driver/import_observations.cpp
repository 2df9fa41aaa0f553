#include "driver/import_observations.h"

#include <filesystem>
#include <map>

#include "driver/import_answers.h"
#include "driver/import_cells.h"
#include "driver/output.h"
#include "driver/run.h"
#include "format/format.h"
#include "support/walk.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

std::string canonical(const std::string& path) {
  std::error_code ec;
  return fs::weakly_canonical(path, ec).generic_string();
}

// The model file as it is now: its text (empty when it does not exist yet)
// and its declarations by ID.
struct Target {
  std::string path, text;
  bool exists = false;
  FileId file = 0;
  std::map<std::string_view, const ast::Decl*, std::less<>> by_id;
  ast::File tree;
};

bool read_target(Session& s, Target& t) {
  std::error_code ec;
  t.exists = fs::exists(t.path, ec);
  if (t.exists) {
    auto text = s.sm.read(t.path);
    if (!text) {
      s.diags.add_file(Code::CannotRead, t.path, "cannot read '" + t.path + "'");
      s.unreadable = true;
      return false;
    }
    t.text = std::move(*text);
  }
  t.file = s.sm.add(t.path, t.text);
  t.tree = syntax::parse(s.sm, t.file, s.diags);
  for (const auto& d : t.tree.decls)
    if (d.kind == ast::DeclKind::Entity) t.by_id.emplace(d.id.text, &d);
  return t.tree.ok;
}

// Plans the new text of the model file: every group replaces its earlier
// declaration or is appended, each in canonical layout.
class Planner {
 public:
  Planner(Session& s, const Run& run, const sheet::Sheet& sheet, Target& target)
      : s_(s), run_(run), sheet_(sheet), target_(target) {}

  void group(const AnswerGroup& g, ObservationsImport& out) {
    if (taken(g)) return;
    const model::Model& m = run_.model;
    std::string text = canonical_text(observation_declaration(g, m.display(m.entities[m.find("practice", g.practice)])));
    auto it = target_.by_id.find(g.id);
    if (it == target_.by_id.end()) {
      appended_ += "\n" + text;
      ++out.added;
      return;
    }
    const SourceFile& f = s_.sm.file(target_.file);
    const Span& span = it->second->span;
    std::size_t from = offset(f, span.line, span.col), to = offset(f, span.end_line, span.end_col);
    text.pop_back();  // the declaration's line break stays in the file
    if (f.text.compare(from, to - from, text) == 0) {
      ++out.unchanged;
      return;
    }
    edits_.push_back({from, to - from, std::move(text)});
    ++out.updated;
  }

  // The file's new text.
  std::string text() const {
    std::string out = apply(target_.text, edits_);
    if (appended_.empty()) return out;
    if (out.empty()) return appended_.substr(1);
    if (out.back() != '\n') out += '\n';
    return out + appended_;
  }

 private:
  // Whether the ID is a declaration the import must not replace: one of
  // another kind, or an observation in another file of the model.
  bool taken(const AnswerGroup& g) {
    std::string where;
    auto it = target_.by_id.find(g.id);
    if (it != target_.by_id.end() && it->second->keyword_or_kind.text != "observation")
      where = format_location(s_.sm, it->second->span, Precision::Line);
    for (const model::Entity& e : run_.model.entities) {
      if (e.id != g.id || !where.empty()) continue;
      bool elsewhere = canonical(s_.sm.file(e.span.file).path) != canonical(target_.path);
      if (run_.model.spec(e).name != "observation" || elsewhere) where = format_location(s_.sm, e.span, Precision::Line);
    }
    if (where.empty()) return false;
    s_.diags.add(Code::ImportedIdTaken, sheet_.at(g.answers.front().row, 1),
                 "the observation of this row would be '" + g.id + "', but " + where + " declares that ID",
                 "rename that declaration, or import into " + where.substr(0, where.rfind(':')));
    return true;
  }

  std::string canonical_text(std::string declaration) {
    FileId id = s_.sm.add("<imported observation>", std::move(declaration));
    ast::File tree = syntax::parse(s_.sm, id, s_.diags);  // a cell the language cannot hold is an error here
    return tree.ok ? format::format_file(tree, s_.sm.file(id)) : std::string("\n");
  }

  Session& s_;
  const Run& run_;
  const sheet::Sheet& sheet_;
  Target& target_;
  std::vector<Edit> edits_;
  std::string appended_;
};

// Writes the new text, then checks the assessment with it; puts the old text
// back (or removes a new file) when it does not check. True when it stays.
bool write_checked(Session& s, const Target& t, const std::string& text, const std::string& assessment) {
  std::string error;
  if (!write_file(t.path, text, error)) {
    s.diags.add_file(Code::CannotRead, t.path, error);
    s.unreadable = true;
    return false;
  }
  auto run = prepare(s, assessment, false);
  if (run && !s.diags.has_errors() && !s.unreadable) return true;
  std::error_code ec;
  if (t.exists) write_file(t.path, t.text, error);
  else fs::remove(t.path, ec);
  return false;
}

}  // namespace

std::string find_assessment(const std::string& model_file) {
  std::error_code ec;
  fs::path dir = fs::absolute(model_file, ec).lexically_normal().parent_path();
  for (;; dir = dir.parent_path()) {
    fs::path found = dir / "assessment.yaml";
    if (fs::is_regular_file(found, ec))  // relative to the working directory when the model file was given so
      return (fs::path(model_file).is_absolute() ? found : fs::proximate(found, ec)).string();
    if (dir == dir.parent_path()) return {};
  }
}

ObservationsImport import_observations(Session& s, const std::string& sheet_path, const std::string& model_file,
                                       const std::string& assessment) {
  ObservationsImport out;
  auto read = sheet::read(sheet_path, s.sm, s.diags);
  s.unreadable = read.unreadable;
  if (!read.sheet) return out;
  if (!has_kubus_extension(model_file)) {
    s.diags.add_file(Code::NotModelFile, model_file, "'" + model_file + "' is not a .kubus file").help =
        "import the observations into a model file: --into model/observations.kubus";
    s.usage = true;
    return out;
  }
  out.assessment = assessment.empty() ? find_assessment(model_file) : assessment;
  if (out.assessment.empty()) {
    s.diags.add_file(Code::NoAssessment, model_file, "no assessment.yaml in the directory of '" + model_file + "' or above it")
        .help = "name the assessment whose practices the answers are about: --assessment PATH";
    s.usage = true;
    return out;
  }
  auto run = prepare(s, out.assessment, false);
  if (!run || s.diags.has_errors() || s.unreadable) return out;
  if (!Columns(*read.sheet).require({std::begin(kRequiredColumns), std::end(kRequiredColumns)}, s.diags)) return out;
  std::vector<std::string> practices;
  for (model::Index p : run->model.of_kind("practice")) practices.emplace_back(run->model.entities[p].id);
  Answers answers = read_answers(*read.sheet, practices, s.diags);
  out.rows = answers.rows;
  out.skipped = answers.skipped;
  Target target{model_file, {}, false, 0, {}, {}};
  if (s.diags.has_errors() || !read_target(s, target)) return out;
  Planner planner(s, *run, *read.sheet, target);
  for (const auto& g : answers.groups) planner.group(g, out);
  if (s.diags.has_errors() || out.added + out.updated == 0) return out;
  out.written = write_checked(s, target, planner.text(), out.assessment);
  return out;
}

}  // namespace kubus::driver
