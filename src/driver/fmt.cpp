#include "driver/fmt.h"

#include <algorithm>
#include <filesystem>

#include "driver/output.h"
#include "format/format.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

// Named files, and *.kubus below named directories.
std::vector<std::string> collect(Session& s, const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".kubus") found.push_back(it->path().generic_string());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec) || s.sm.overlay(p)) {  // an overlay: an editor's unsaved buffer
      files.push_back(p);
    } else {
      s.diags.add_file(Code::CannotRead, p, "cannot read '" + p + "': no such file or directory");
      s.unreadable = true;
    }
  }
  return files;
}

}  // namespace

std::vector<Formatted> format_files(Session& s, const std::vector<std::string>& paths) {
  std::vector<Formatted> out;
  for (const auto& path : collect(s, paths)) {
    auto id = s.sm.load(path);
    if (!id) {
      s.diags.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
      s.unreadable = true;
      continue;
    }
    ast::File tree = syntax::parse(s.sm, *id, s.diags);
    if (!tree.ok) continue;
    std::string text = format::format_file(tree, s.sm.file(*id));
    bool changed = text != s.sm.file(*id).text;
    out.push_back(Formatted{path, std::move(text), changed});
  }
  return out;
}

void rewrite(Session& s, const std::vector<Formatted>& files) {
  for (const auto& f : files) {
    std::string error;
    if (f.changed && !write_file(f.path, f.text, error)) {
      s.diags.add_file(Code::CannotRead, f.path, error);
      s.unreadable = true;
    }
  }
}

}  // namespace kubus::driver
