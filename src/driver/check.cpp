#include "driver/check.h"

#include <filesystem>

#include "config/yaml.h"
#include "driver/run.h"
#include "plan/plan.h"

namespace kubus::driver {
namespace {

bool is_yaml(const std::string& path) {
  auto ext = std::filesystem::path(path).extension();
  return ext == ".yaml" || ext == ".yml";
}

struct YamlCheck {
  const config::YamlFile& file;
  const std::string& path;
  Session& s;
};

// Loads the model (with the matrix's libraries) and checks what the matrix refers to.
void check_matrix_file(const YamlCheck& c) {
  auto matrix = config::read_matrix(c.file, c.s.sm, c.s.diags);
  if (!matrix) return;
  model::LoadOptions options = c.s.load;
  options.extra_libraries = matrix->uses;
  auto result = model::load({}, options, c.s.sm, c.s.diags);
  c.s.unreadable = c.s.unreadable || result.unreadable;
  rules::check_rules(result.model, c.s.diags);
  config::check_references(*matrix, result.model, c.s.diags);
}

void check_assessment_file(const YamlCheck& c) { prepare(c.s, c.path, true); }

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

void check_yaml(Session& s, const std::string& path) {
  auto file = config::load_yaml(path, s.sm, s.diags, s.unreadable);
  if (!file) return;
  std::string first;
  if (file->root.IsMap() && file->root.begin() != file->root.end() && file->root.begin()->first.IsScalar())
    first = file->root.begin()->first.Scalar();
  for (const auto& kind : kYamlKinds)
    if (kind.key == first) return kind.check(YamlCheck{*file, path, s});
  std::string known;
  for (const auto& kind : kYamlKinds) known += (known.empty() ? "" : ", ") + std::string(kind.key);
  config::YamlReader r(s.sm, file->file, s.diags);
  r.error(Code::UnknownFileKind, file->root.IsMap() && !first.empty() ? file->root.begin()->first : file->root,
          first.empty() ? "not a Kubus YAML file: it does not start with a `kubus-KIND: 1` key"
                        : "not a Kubus YAML file: unknown first key '" + first + "'",
          "start the file with one of " + known);
}

}  // namespace

CheckResult check(Session& s, const std::vector<std::string>& paths) {
  CheckResult out;
  std::vector<std::string> model_paths, yaml_paths;
  for (const auto& p : paths) (is_yaml(p) ? yaml_paths : model_paths).push_back(p);
  if (!model_paths.empty()) {
    out.model = std::make_unique<model::LoadResult>(model::load(model_paths, s.load, s.sm, s.diags));
    out.rules = rules::check_rules(out.model->model, s.diags);
    s.unreadable = s.unreadable || out.model->unreadable;
    out.model_files = s.sm.size();
    out.declarations = out.model->model.entities.size();
    out.handoffs = out.model->model.handoffs.size();
  }
  // YAML files count apart: the libraries and models they pull in vary.
  for (const auto& p : yaml_paths) check_yaml(s, p);
  out.yaml_files = yaml_paths.size();
  return out;
}

}  // namespace kubus::driver
