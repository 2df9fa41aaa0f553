// Which files make up the model: the paths given, every `use`, each file once.
#include <algorithm>
#include <filesystem>

#include "model/loader.h"
#include "model/parse_cache.h"
#include "support/text.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::model {
namespace {

// With the editor's buffers below the directory that are not saved yet.
std::vector<std::string> kubus_files_below(const SourceManager& sm, const fs::path& dir) {
  std::vector<std::string> out = sm.overlays_below(dir.generic_string(), ".kubus");
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".kubus") out.push_back(it->path().generic_string());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

bool Loader::read_inputs(const std::vector<std::string>& paths) {
  for (const auto& p : paths) load_path(p, nullptr, true);
  for (const auto& lib : options_.extra_libraries) use_library(lib, nullptr);
  return !unreadable_;
}

void Loader::load_path(const std::string& path, const Span* from, bool named_by_user) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    auto files = kubus_files_below(sm_, path);
    if (files.empty() && named_by_user) {
      diags_.add_file(Code::NoInput, path, "no .kubus files in directory '" + path + "'");
      unreadable_ = true;
    }
    for (const auto& f : files) load_file(f);
    return;
  }
  if (fs::is_regular_file(st) || sm_.overlay(path)) {  // an overlay: an editor's buffer not saved yet
    load_file(path);
    return;
  }
  if (from) {
    diags_.add(Code::UseNotFound, *from, "no file or directory '" + path + "'",
               "a quoted `use` path is relative to the file that says it");
    return;
  }
  diags_.add_file(Code::CannotRead, path, "cannot read '" + path + "': no such file or directory");
  unreadable_ = true;
}

void Loader::load_file(const std::string& path) {
  std::error_code ec;
  std::string key = fs::weakly_canonical(path, ec).generic_string();
  if (ec) key = path;
  if (!loaded_.insert(key).second) return;  // each file loads once, so use-cycles are harmless
  std::shared_ptr<const ast::File> tree;
  if (options_.cache) {
    tree = options_.cache->parse(sm_, path, diags_);
  } else if (auto id = sm_.load(path)) {
    tree = std::make_shared<const ast::File>(syntax::parse(sm_, *id, diags_));
  }
  if (!tree) {
    diags_.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
    unreadable_ = true;
    return;
  }
  m_.files.push_back(tree);
  follow_uses(*tree);
}

void Loader::follow_uses(const ast::File& file) {
  // The uses of this file, gathered before any of them is loaded.
  struct Use { std::string name, path; Span span; };
  std::vector<Use> uses;
  fs::path dir = fs::path(sm_.file(file.file).path).parent_path();
  for (const auto& d : file.decls) {
    if (d.kind != ast::DeclKind::Use) continue;
    if (!d.title.empty()) uses.push_back({{}, (dir / unescape(d.title)).lexically_normal().generic_string(), d.title_span});
    else uses.push_back({std::string(d.id.text), {}, d.id.span});
  }
  for (const auto& u : uses) {
    if (!u.name.empty()) {
      use_library(u.name, &u.span);
      continue;
    }
    std::error_code ec;
    if (!fs::exists(u.path, ec) && fs::is_regular_file(u.path + ".kubus", ec)) load_file(u.path + ".kubus");
    else load_path(u.path, &u.span, false);
  }
}

void Loader::use_library(const std::string& name, const Span* from) {
  if (!libraries_.insert(name).second) return;
  if (auto lib = find_library(name, options_.library_path, &sm_)) {
    if (lib->directory) load_path(lib->path, from, false);
    else load_file(lib->path);
    return;
  }
  std::vector<std::string> known;
  for (const auto& dir : options_.library_path) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_directory(ec)) known.push_back(it->path().filename().string());
  }
  std::string where;
  for (const auto& dir : options_.library_path) where += (where.empty() ? "" : ", ") + dir;
  std::string help = "looked in " + (where.empty() ? std::string("no directories (set KUBUS_PATH)") : where);
  if (auto guess = closest(name, known)) help = "did you mean '" + *guess + "'? " + help;
  if (from) diags_.add(Code::UseNotFound, *from, "no library named '" + name + "'", help);
  else diags_.add_file(Code::UseNotFound, name, "no library named '" + name + "' (" + help + ")");
}

std::optional<Library> find_library(const std::string& name, const std::vector<std::string>& library_path,
                                   const SourceManager* sm) {
  static const SourceManager kDiskOnly;
  for (const auto& dir : library_path) {
    fs::path candidate = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_directory(candidate, ec) && !kubus_files_below(sm ? *sm : kDiskOnly, candidate).empty())
      return Library{candidate.generic_string(), true};
    if (fs::is_regular_file(candidate.string() + ".kubus", ec)) return Library{candidate.string() + ".kubus", false};
  }
  return std::nullopt;
}

}  // namespace kubus::model
