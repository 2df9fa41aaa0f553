// Helpers for tests: write models to a fresh temporary directory, load them and
// check their rules.
#pragma once
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "diag/render.h"
#include "model/load.h"
#include "rules/check.h"

namespace kubus::test {

inline std::filesystem::path temp_dir() {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("kubus-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline void write_file(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// The diagnostics as `kubus check` prints them (sort first).
inline std::string rendered_text(const Diagnostics& diags, const SourceManager& sm) {
  std::ostringstream out;
  render_text(out, diags, sm, false);
  return out.str();
}

struct Loaded {
  SourceManager sm;
  Diagnostics diags;
  model::LoadResult result;
  std::filesystem::path dir;

  bool has(Code c) const {
    for (const auto& d : diags.all())
      if (d.code == c) return true;
    return false;
  }
  std::size_t count(Code c) const {
    std::size_t n = 0;
    for (const auto& d : diags.all()) n += d.code == c;
    return n;
  }
  const model::Model& model() const { return result.model; }
};

// Loads the given files (name -> text) as one model directory.
inline std::unique_ptr<Loaded> load_files(const std::map<std::string, std::string>& files,
                                          std::vector<std::string> libraries = {}) {
  auto out = std::make_unique<Loaded>();
  out->dir = temp_dir();
  for (const auto& [name, text] : files) write_file(out->dir / name, text);
  model::LoadOptions options;
  options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  options.extra_libraries = std::move(libraries);
  out->result = model::load({out->dir.string()}, options, out->sm, out->diags);
  out->diags.sort(out->sm);
  return out;
}

inline std::unique_ptr<Loaded> load_text(const std::string& text) { return load_files({{"model.kubus", text}}); }

// A model text loaded and its rules type-checked and compiled; the diagnostics of
// both are in loaded->diags.
struct Compiled {
  std::unique_ptr<Loaded> loaded;
  std::vector<rules::CheckedRule> rules;
};

inline Compiled compile_text(const std::string& text) {
  Compiled c;
  c.loaded = load_text(text);
  c.rules = rules::check_rules(c.loaded->model(), c.loaded->diags);
  return c;
}

}  // namespace kubus::test
