#include "driver/check.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "config/yaml.h"
#include "driver/run.h"
#include "plan/plan.h"
#include "support/walk.h"

namespace kubus::driver {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

// Whether a YAML file is one of Kubus's: its first key is `kubus-KIND`. Read
// as text, so that other YAML files (CI configuration, say) are passed over
// without being parsed or reported.
bool starts_with_kubus_key(std::istream& in) {
  std::string line;
  while (std::getline(in, line)) {
    auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#' || line.compare(first, 3, "---") == 0) continue;
    return line.compare(first, 6, "kubus-") == 0;
  }
  return false;
}

bool kubus_yaml(const SourceManager& sm, const fs::path& path) {
  if (const std::string* text = sm.overlay(path.generic_string())) {  // an editor's buffer
    std::istringstream in(*text);
    return starts_with_kubus_key(in);
  }
  std::ifstream in(path);
  return starts_with_kubus_key(in);
}

// Adds `extra` to the sorted `paths`, each path once.
void merge_sorted(std::vector<std::string>& paths, const std::vector<std::string>& extra) {
  paths.insert(paths.end(), extra.begin(), extra.end());
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
}

// The .kubus and Kubus YAML files below a directory, each sorted by path, with
// the editor's buffers there that are not saved yet. A directory that cannot
// be read is reported (exit 2), never skipped (Session::files_below).
void files_below(Session& s, const std::string& dir, std::vector<std::string>& models, std::vector<std::string>& yamls) {
  auto kubus_file = [&s](const fs::path& p) { return has_kubus_extension(p) || (is_yaml(p) && kubus_yaml(s.sm, p)); };
  std::vector<std::string> found_models, found_yamls;
  for (auto& path : s.files_below(dir, kubus_file))
    (has_kubus_extension(path) ? found_models : found_yamls).push_back(std::move(path));
  merge_sorted(found_models, s.sm.overlays_below(dir, ".kubus"));
  for (const char* ext : {".yaml", ".yml"})
    for (const auto& p : s.sm.overlays_below(dir, ext))
      if (kubus_yaml(s.sm, p)) merge_sorted(found_yamls, {p});
  models.insert(models.end(), found_models.begin(), found_models.end());
  yamls.insert(yamls.end(), found_yamls.begin(), found_yamls.end());
}

// The files the models checked so far loaded, canonically: a model file that
// an assessment below the directory loaded (with its matrix's libraries) is
// not checked again on its own. Taken from the models, not the SourceManager,
// which a language server keeps from one check to the next.
std::set<std::string> loaded_files(const Session& s, const CheckResult& out) {
  std::set<std::string> files;
  auto add = [&](const model::Model& m) {
    std::error_code ec;
    for (const auto& f : m.files) files.insert(fs::weakly_canonical(s.sm.file(f->file).path, ec).generic_string());
  };
  for (const auto& run : out.assessments) add(run->model);
  for (const auto& checked : out.models) add(checked->loaded.model);
  return files;
}

struct YamlCheck {
  const config::YamlFile& file;
  const std::string& path;
  Session& s;
  CheckResult& out;
};

void count(CheckResult& out, const model::Model& m) {
  out.declarations += m.entities.size();
  out.handoffs += m.handoffs.size();
}

// Loads the model (with the matrix's libraries) and checks what the matrix refers to.
void check_matrix_file(const YamlCheck& c) {
  auto matrix = config::read_matrix(c.file, c.s.sm, c.s.diags);
  if (!matrix) return;
  model::LoadOptions options = c.s.load;
  options.extra_libraries = matrix->uses;
  auto& checked = *c.out.models.emplace_back(
      std::make_unique<CheckedModel>(CheckedModel{model::load({}, options, c.s.sm, c.s.diags), {}}));
  c.s.unreadable = c.s.unreadable || checked.loaded.unreadable;
  checked.rules = rules::check_rules(checked.loaded.model, c.s.diags);
  config::check_references(*matrix, checked.loaded.model, c.s.diags);
  count(c.out, checked.loaded.model);
}

void check_assessment_file(const YamlCheck& c) {
  if (auto run = prepare(c.s, c.path, true)) {
    count(c.out, run->model);
    c.out.assessments.push_back(std::move(run));
  }
}

void check_initiatives_file(const YamlCheck& c) { plan::read_catalogue(c.file, c.s.sm, c.s.diags); }

// The YAML files `kubus check` knows, by their first key.
struct YamlKind {
  std::string_view key;
  void (*check)(const YamlCheck&);
};
constexpr YamlKind kYamlKinds[] = {
    {"kubus-matrix", check_matrix_file},
    {"kubus-assessment", check_assessment_file},
    {"kubus-initiatives", check_initiatives_file},
};

// An initiative catalogue waits until every assessment is checked (`deferred`):
// one that an assessment reads is checked as it reads it, beside the library's
// catalogue its `after` links may name.
using Deferred = std::vector<std::pair<std::string, config::YamlFile>>;

void check_yaml(Session& s, const std::string& path, CheckResult& out, Deferred& deferred) {
  auto file = config::load_yaml(path, s.sm, s.diags, s.unreadable);
  if (!file) return;
  std::string first;
  if (file->root.IsMap() && file->root.begin() != file->root.end() && file->root.begin()->first.IsScalar())
    first = file->root.begin()->first.Scalar();
  if (first == "kubus-initiatives") {
    deferred.emplace_back(path, std::move(*file));
    return;
  }
  for (const auto& kind : kYamlKinds)
    if (kind.key == first) return kind.check(YamlCheck{*file, path, s, out});
  std::string known;
  for (const auto& kind : kYamlKinds) known += (known.empty() ? "" : ", ") + std::string(kind.key);
  config::YamlReader r(s.sm, file->file, s.diags);
  r.error(Code::UnknownFileKind, file->root.IsMap() && !first.empty() ? file->root.begin()->first : file->root,
          first.empty() ? "not a Kubus YAML file: it does not start with a `kubus-KIND: 1` key"
                        : "not a Kubus YAML file: unknown first key '" + first + "'",
          "start the file with one of " + known);
}

}  // namespace

CheckResult::CheckResult() = default;
CheckResult::CheckResult(CheckResult&&) noexcept = default;
CheckResult& CheckResult::operator=(CheckResult&&) noexcept = default;
CheckResult::~CheckResult() = default;

CheckResult check(Session& s, const std::vector<std::string>& paths) {
  CheckResult out;
  std::vector<std::string> named_models, yaml_paths, found_models;
  for (const auto& p : paths) {
    std::error_code ec;
    std::size_t before = found_models.size() + yaml_paths.size();
    if (fs::is_directory(p, ec)) files_below(s, p, found_models, yaml_paths);
    else (is_yaml(p) ? yaml_paths : named_models).push_back(p);
    // An empty directory goes to the loader, which says it holds no model.
    if (fs::is_directory(p, ec) && found_models.size() + yaml_paths.size() == before) named_models.push_back(p);
  }
  // YAML files first: an assessment loads its model with its matrix's libraries.
  Deferred deferred;
  for (const auto& p : yaml_paths) check_yaml(s, p, out, deferred);
  std::set<std::string> read_catalogues;
  std::error_code ec;
  for (const auto& run : out.assessments)
    for (const auto& f : run->catalogue_files) read_catalogues.insert(fs::weakly_canonical(f, ec).generic_string());
  for (const auto& [path, file] : deferred)
    if (!read_catalogues.count(fs::weakly_canonical(path, ec).generic_string()))
      check_initiatives_file(YamlCheck{file, path, s, out});
  out.yaml_files = yaml_paths.size();
  std::vector<std::string> model_paths = named_models;
  std::set<std::string> read = loaded_files(s, out);
  for (const auto& f : found_models)
    if (!read.count(fs::weakly_canonical(f, ec).generic_string())) model_paths.push_back(f);
  if (!model_paths.empty()) {
    auto& checked = *out.models.emplace_back(
        std::make_unique<CheckedModel>(CheckedModel{model::load(model_paths, s.load, s.sm, s.diags), {}}));
    checked.rules = rules::check_rules(checked.loaded.model, s.diags);
    s.unreadable = s.unreadable || checked.loaded.unreadable;
    count(out, checked.loaded.model);
  }
  out.model_files = loaded_files(s, out).size();
  return out;
}

}  // namespace kubus::driver
