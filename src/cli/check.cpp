#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "config/yaml.h"
#include "plan/plan.h"
#include "report/pipeline.h"
#include "rules/check.h"

namespace kubus::cli {
namespace {

bool is_yaml(const std::string& path) {
  auto ext = std::filesystem::path(path).extension();
  return ext == ".yaml" || ext == ".yml";
}

struct YamlCheck {
  const config::YamlFile& file;
  const std::string& path;
  SourceManager& sm;
  Diagnostics& diags;
  bool& unreadable;
};

// Loads the model (with the matrix's libraries) and checks what the matrix refers to.
void check_matrix_against(const config::Matrix& matrix, const std::vector<std::string>& model_paths,
                          const YamlCheck& c) {
  auto options = load_options();
  options.extra_libraries = matrix.uses;
  auto result = model::load(model_paths, options, c.sm, c.diags);
  c.unreadable = c.unreadable || result.unreadable;
  rules::check_rules(result.model, c.diags);
  config::check_references(matrix, result.model, c.diags);
}

void check_matrix_file(const YamlCheck& c) {
  if (auto matrix = config::read_matrix(c.file, c.sm, c.diags)) check_matrix_against(*matrix, {}, c);
}

void check_assessment_file(const YamlCheck& c) {
  report::prepare(c.path, load_options(), true, c.sm, c.diags, c.unreadable);
}

void check_initiatives_file(const YamlCheck& c) { plan::read_catalogue(c.file, c.sm, c.diags); }

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

void check_yaml(const std::string& path, SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  auto file = config::load_yaml(path, sm, diags, unreadable);
  if (!file) return;
  std::string first;
  if (file->root.IsMap() && file->root.begin() != file->root.end() && file->root.begin()->first.IsScalar())
    first = file->root.begin()->first.Scalar();
  for (const auto& kind : kYamlKinds)
    if (kind.key == first) return kind.check(YamlCheck{*file, path, sm, diags, unreadable});
  std::string known;
  for (const auto& kind : kYamlKinds) known += (known.empty() ? "" : ", ") + std::string(kind.key);
  config::YamlReader r(sm, file->file, diags);
  r.error(Code::UnknownFileKind, file->root.IsMap() && !first.empty() ? file->root.begin()->first : file->root,
          first.empty() ? "not a Kubus YAML file: it does not start with a `kubus-KIND: 1` key"
                        : "not a Kubus YAML file: unknown first key '" + first + "'",
          "start the file with one of " + known);
}

}  // namespace

int run_check(const std::vector<std::string>& paths, const Common& c) {
  SourceManager sm;
  Diagnostics diags;
  std::vector<std::string> model_paths, yaml_paths;
  for (const auto& p : paths) (is_yaml(p) ? yaml_paths : model_paths).push_back(p);
  bool unreadable = false;
  // YAML files count apart: the libraries and models they pull in vary.
  std::string checked;
  if (!model_paths.empty()) {
    // Deliberately never freed: a large model is millions of small allocations, and
    // releasing them one by one just before the process exits cost a sixth of the run.
    auto& result = *new model::LoadResult(model::load(model_paths, load_options(), sm, diags));
    rules::check_rules(result.model, diags);
    unreadable = result.unreadable;
    checked = fmt::format("{} file(s), {} declaration(s), {} handoff(s)", sm.size(), result.model.entities.size(),
                          result.model.handoffs.size());
  }
  for (const auto& p : yaml_paths) check_yaml(p, sm, diags, unreadable);
  if (!yaml_paths.empty())
    checked += fmt::format("{}{} YAML file(s)", checked.empty() ? "" : " and ", yaml_paths.size());
  print_diagnostics(diags, sm, c);
  if (unreadable) return kExitUsage;
  if (c.format == "text")
    std::cerr << fmt::format("checked {}: {}\n", checked,
                             diags.has_errors() ? fmt::format("{} error(s)", diags.error_count()) : "no errors");
  return diags.has_errors() ? kExitFindings : kExitOk;
}

}  // namespace kubus::cli
