// What a matrix refers to outside itself: rules and practices of the model, and
// where a matrix named by ID lives.
#include <algorithm>
#include <filesystem>

#include "config/matrix.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::config {

std::string Criterion::key() const { return criterion_key(kind, ref); }

const Dimension* Matrix::find(std::string_view dimension) const {
  for (const auto& d : dimensions)
    if (d.id == dimension) return &d;
  return nullptr;
}

void check_references(const Matrix& matrix, const model::Model& m, Diagnostics& diags) {
  auto ids_of = [&](std::string_view kind) {
    std::vector<std::string> ids;
    for (auto i : m.of_kind(kind)) ids.emplace_back(m.entities[i].id);
    return ids;
  };
  const std::vector<std::string> rules = ids_of("rule"), practices = ids_of("practice");
  for (const auto& d : matrix.dimensions) {
    for (const auto& c : d.criteria) {
      if (c.kind == CriterionKind::Gap) continue;
      bool is_rule = c.kind == CriterionKind::Rule;
      std::string_view kind = is_rule ? "rule" : "practice";
      if (m.find(kind, c.ref) != model::kNone) continue;
      auto guess = closest(c.ref, is_rule ? rules : practices);
      std::string libraries;
      for (const auto& u : matrix.uses) libraries += (libraries.empty() ? "" : ", ") + u;
      diags.add(Code::UnknownConfigRef, c.span,
                "no " + std::string(kind) + " '" + c.ref + "' in the model or the libraries the matrix uses",
                guess ? "did you mean '" + *guess + "'?"
                      : "declare it in a library the matrix `uses:`" +
                            (libraries.empty() ? std::string() : " (now " + libraries + ")") +
                            ", or check the matrix through an assessment whose model declares it");
    }
  }
}

std::optional<std::string> find_matrix(const std::string& id_or_path, const std::vector<std::string>& library_path) {
  std::error_code ec;
  if (fs::is_regular_file(id_or_path, ec)) return id_or_path;
  fs::path given(id_or_path);
  // A path (a .yaml name or a directory part) that is not there is not an ID either.
  if (given.has_parent_path() || given.extension() == ".yaml" || given.extension() == ".yml") return std::nullopt;
  for (const auto& dir : library_path) {
    fs::path candidate = fs::path(dir) / id_or_path / "matrix.yaml";
    if (fs::is_regular_file(candidate, ec)) return candidate.generic_string();
  }
  return std::nullopt;
}

std::vector<std::string> matrix_ids(const std::vector<std::string>& library_path) {
  std::vector<std::string> ids;
  for (const auto& dir : library_path) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (fs::is_regular_file(it->path() / "matrix.yaml", ec)) ids.push_back(it->path().filename().string());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace kubus::config
