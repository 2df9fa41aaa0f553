#include "driver/gaps.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

bool names_assessment(const std::vector<std::string>& paths) {
  if (paths.size() != 1) return false;
  std::error_code ec;
  fs::path p = paths.front();
  if (fs::is_directory(p, ec)) return fs::is_regular_file(p / "assessment.yaml", ec);
  return is_yaml(p);
}

}  // namespace

std::unique_ptr<GapsResult> gaps(Session& s, std::vector<std::string> paths) {
  if (paths.empty()) paths.emplace_back(".");
  auto out = std::make_unique<GapsResult>();
  out->assessment = names_assessment(paths);
  if (out->assessment) {
    out->run = prepare(s, paths.front(), false);  // null only after an error diagnostic
  } else {
    out->loaded = model::load(paths, s.load, s.sm, s.diags);
    s.unreadable = s.unreadable || out->loaded.unreadable;
    rules::check_rules(out->loaded.model, s.diags);
  }
  if (s.exit() == Exit::Ok) out->silo = graph::analyse(out->model());
  return out;
}

}  // namespace kubus::driver
