// Which files make up the model: the paths given, every `use`, each file once.
#include <algorithm>
#include <filesystem>

#include "model/loader.h"
#include "model/parse_cache.h"
#include "support/text.h"
#include "support/walk.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::model {
namespace {

constexpr const char* kModelFilesOnly =
    "a model is read from .kubus files only; `use` names a library, a .kubus file or a directory of them";

// Why a path that a `use` names, or that was found below a directory, is not
// read as part of the model; empty when it is a model file. Only regular
// .kubus files are, and a link only to one, so that no model can make kubus
// read (and quote in a diagnostic) /etc/passwd, /proc/self/environ or a FIFO.
std::string not_a_model_file(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return "'" + path + "' is not a regular file";
  if (!has_kubus_extension(path)) return "'" + path + "' is not a .kubus file";
  fs::path target = fs::canonical(path, ec);
  if (!ec && !has_kubus_extension(target))
    return "'" + path + "' links to '" + target.generic_string() + "', which is not a .kubus file";
  return {};
}

}  // namespace

std::vector<std::string> Loader::kubus_files_below(const std::string& dir, const Span* from) {
  Walk walk = files_below(dir, has_kubus_extension);
  for (const Refused& u : walk.unreadable) {
    if (from) diags_.add(Code::CannotRead, *from, u.message, "this `use` reaches it");
    else diags_.add_file(Code::CannotRead, u.path, u.message);
  }
  for (const Refused& l : walk.links) {
    if (from) diags_.add(Code::NotModelFile, *from, l.message + "; it was not read", kModelFilesOnly);
    else diags_.add_file(Code::NotModelFile, l.path, l.message + "; it was not read");
  }
  unreadable_ = unreadable_ || !walk.unreadable.empty();
  // With the editor's buffers below the directory that are not saved yet.
  std::vector<std::string> files = sm_.overlays_below(dir, ".kubus");
  files.insert(files.end(), walk.files.begin(), walk.files.end());
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

bool Loader::read_inputs(const std::vector<std::string>& paths) {
  for (const auto& p : paths) load_path(p, nullptr, true);
  for (const auto& lib : options_.extra_libraries) use_library(lib, nullptr);
  return !unreadable_;
}

bool Loader::read_sources(const std::vector<FileId>& files) {
  for (FileId id : files)
    if (first_time(sm_.file(id).path)) parse_file(id);
  for (const auto& lib : options_.extra_libraries) use_library(lib, nullptr);
  return !unreadable_;
}

void Loader::load_path(const std::string& path, const Span* from, bool named_by_user) {
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    auto files = kubus_files_below(path, from);
    if (files.empty() && named_by_user && !unreadable_) {
      diags_.add_file(Code::NoInput, path, "no .kubus files in directory '" + path + "'");
      unreadable_ = true;
    }
    for (const auto& f : files) load_file(f);  // regular .kubus files, links only to such
    return;
  }
  if (sm_.overlay(path) && (named_by_user || has_kubus_extension(path))) {  // an editor's buffer not saved yet
    load_file(path);
    return;
  }
  // A path named by the user may have any name and be a pipe (`<(...)`); a
  // link among them is followed only to a regular file, and then only to a
  // .kubus one, as everywhere else.
  std::error_code link_ec;
  fs::path target = fs::is_symlink(path, link_ec) ? fs::canonical(path, link_ec) : fs::path();
  if (named_by_user && fs::exists(st) && (target.empty() || link_ec || !fs::is_regular_file(st))) {
    load_file(path);
    return;
  }
  if (fs::exists(st)) {
    load_model_file(path, from);
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

void Loader::load_model_file(const std::string& path, const Span* from) {
  std::string why = not_a_model_file(path);
  if (why.empty()) {
    load_file(path);
    return;
  }
  if (from) diags_.add(Code::NotModelFile, *from, why + "; it was not read", kModelFilesOnly);
  else diags_.add_file(Code::NotModelFile, path, why + "; it was not read");
}

void Loader::load_file(const std::string& path) {
  if (!first_time(path)) return;  // each file loads once, so use-cycles are harmless
  std::shared_ptr<const ast::File> tree;
  if (options_.cache) {
    tree = options_.cache->parse(sm_, path, diags_);
  } else if (auto id = sm_.load(path)) {
    tree = own(syntax::parse(sm_, *id, diags_));
  }
  if (!tree) {
    diags_.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
    unreadable_ = true;
    return;
  }
  if (in_library_ > 0)  // a cached tree keeps its FileId, so ids need not come in order
    m_.library_files.insert(std::upper_bound(m_.library_files.begin(), m_.library_files.end(), tree->file), tree->file);
  m_.files.push_back(tree);
  follow_uses(*tree);
}

bool Loader::first_time(const std::string& path) {
  std::error_code ec;
  std::string key = fs::weakly_canonical(path, ec).generic_string();
  return loaded_.insert(ec ? path : key).second;
}

void Loader::parse_file(FileId id) {
  m_.files.push_back(own(syntax::parse(sm_, id, diags_)));
  follow_uses(*m_.files.back());
}

std::shared_ptr<const ast::File> Loader::own(ast::File parsed) {
  auto tree = std::make_shared<ast::File>(std::move(parsed));
  own_trees_.emplace(tree->file, tree.get());
  return tree;
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
    if (!fs::exists(u.path, ec) && fs::exists(u.path + ".kubus", ec)) load_path(u.path + ".kubus", &u.span, false);
    else load_path(u.path, &u.span, false);
  }
}

void Loader::use_library(const std::string& name, const Span* from) {
  if (!libraries_.insert(name).second) return;
  ++in_library_;
  struct Leave {
    int& depth;
    ~Leave() { --depth; }
  } leave{in_library_};
  std::vector<std::string> known;
  for (const auto& dir : options_.library_path) {
    fs::path candidate = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_directory(candidate, ec)) {
      bool before = unreadable_;
      auto files = kubus_files_below(candidate.generic_string(), from);
      for (const auto& f : files) load_file(f);
      if (!files.empty() || unreadable_ != before) return;
    }
    if (fs::exists(candidate.string() + ".kubus", ec)) {
      load_model_file(candidate.string() + ".kubus", from);
      return;
    }
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_directory(ec)) known.push_back(it->path().filename().string());
  }
  unknown_library(name, known, from);
}

// `use NAME` found nothing: where it looked, and the closest of the libraries there.
void Loader::unknown_library(const std::string& name, const std::vector<std::string>& known, const Span* from) {
  std::string where;
  for (const auto& dir : options_.library_path) where += (where.empty() ? "" : ", ") + dir;
  std::string help = "looked in " + (where.empty() ? std::string("no directories (set KUBUS_PATH)") : where);
  if (auto guess = closest(name, known)) help = "did you mean '" + *guess + "'? " + help;
  if (from) diags_.add(Code::UseNotFound, *from, "no library named '" + name + "'", help);
  else diags_.add_file(Code::UseNotFound, name, "no library named '" + name + "' (" + help + ")");
}

// The same choice as use_library makes, without loading or reporting: a
// directory with .kubus files (saved or in the editor's buffers), else NAME.kubus.
std::optional<Library> find_library(const std::string& name, const std::vector<std::string>& library_path,
                                   const SourceManager* sm) {
  for (const auto& dir : library_path) {
    fs::path candidate = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_directory(candidate, ec)) {
      std::string path = candidate.generic_string();
      if (!files_below(path, has_kubus_extension).files.empty() || (sm && !sm->overlays_below(path, ".kubus").empty()))
        return Library{path, true};
    }
    if (fs::exists(candidate.string() + ".kubus", ec)) return Library{candidate.string() + ".kubus", false};
  }
  return std::nullopt;
}

}  // namespace kubus::model
