// The maturity matrix (ENGINE.md §1): dimensions, levels and the criteria that
// decide them, loaded from YAML and validated with file:line:column.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/criterion_kind.h"
#include "diag/diagnostic.h"
#include "model/model.h"
#include "schema/gap_kind.h"
#include "support/lang_text.h"

namespace kubus::config {

struct YamlFile;

struct Criterion {
  CriterionKind kind = CriterionKind::Rule;
  std::string ref;          // rule ID, gap kind or practice ID
  schema::GapKind gap{};    // Gap: the kind `ref` names
  int level = 2;            // the level it belongs to (2..max)
  double min = 0;           // Observed: the level the observations must reach
  double threshold = 1.0;   // holds when score >= threshold
  double weight = 1.0;      // weight within its level, for progress
  Span span;                // its reference (the ID after `rule:`, `gap:` or `observed:`) in the matrix file
  std::string key() const;  // "rule:ID", "gap:KIND", "observed:PRACTICE"; unique within a dimension level
};

struct Dimension {
  std::string id;
  Text title;
  Text description;
  double weight = 1.0;
  std::vector<Criterion> criteria;  // by level, then in file order
  Span span;
};

struct Level {
  int level = 1;
  Text name;
};

struct Matrix {
  std::string id;
  Text title;
  std::string path;                 // the file it was loaded from
  std::string hash;                 // SHA-256 of the file's bytes, for history
  std::vector<std::string> uses;    // rule libraries the matrix needs
  std::vector<Level> levels;        // 1..max, in order
  std::vector<Dimension> dimensions;  // in file order
  int max_level() const { return levels.empty() ? 1 : levels.back().level; }
  const Dimension* find(std::string_view dimension) const;
  // The name of `level` in `lang` (the base text without that variant); empty
  // for a level the matrix does not have.
  std::string level_name(int level, Lang lang) const;
};

// Loads and validates the structure (keys, types, levels in order, weights > 0,
// thresholds in 0..1, known gap kinds). nullopt after errors, all reported.
// `unreadable` is set when the file cannot be read (exit 2).
std::optional<Matrix> load_matrix(const std::string& path, SourceManager& sm, Diagnostics& diags, bool& unreadable);
// The same for a file already parsed (`kubus check` reads the first key first).
std::optional<Matrix> read_matrix(const YamlFile& file, const SourceManager& sm, Diagnostics& diags);

// Checks the references into the model: rule IDs and practice IDs exist
// (did-you-mean otherwise). Run after the model (with `uses`) is loaded.
void check_references(const Matrix& matrix, const model::Model& m, Diagnostics& diags);

// Where matrix `id_or_path` lives: an existing file path as given, else
// `<dir>/<id>/matrix.yaml` for the first library directory that has one.
std::optional<std::string> find_matrix(const std::string& id_or_path, const std::vector<std::string>& library_path);
// The IDs find_matrix finds on the library path, sorted: for did-you-mean.
std::vector<std::string> matrix_ids(const std::vector<std::string>& library_path);

}  // namespace kubus::config
