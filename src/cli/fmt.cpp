#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "format/format.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::cli {
namespace {

// The files a fmt run touches: named files, and *.kubus below named directories.
bool collect(const std::vector<std::string>& paths, std::vector<std::string>& files, Diagnostics& diags) {
  bool ok = true;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".kubus") found.push_back(it->path().generic_string());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      diags.add_file(Code::CannotRead, p, "cannot read '" + p + "': no such file or directory");
      ok = false;
    }
  }
  return ok;
}

}  // namespace

int run_fmt(const std::vector<std::string>& paths, bool check, bool to_stdout, const Common& c) {
  SourceManager sm;
  Diagnostics diags;
  std::vector<std::string> files;
  bool readable = collect(paths, files, diags);
  std::vector<std::string> changed;
  for (const auto& path : files) {
    auto id = sm.load(path);
    if (!id) {
      diags.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
      readable = false;
      continue;
    }
    ast::File tree = syntax::parse(sm, *id, diags);
    if (!tree.ok) continue;  // never rewrite a file we could not fully read
    std::string out = format::format_file(tree, sm.file(*id));
    if (to_stdout) {
      std::cout << out;
      continue;
    }
    if (out == sm.file(*id).text) continue;
    changed.push_back(path);
    if (check) continue;
    std::string error;
    if (!write_atomically(path, out, error)) {
      diags.add_file(Code::CannotRead, path, error);
      readable = false;
    }
  }
  print_diagnostics(diags, sm, c);
  for (const auto& p : changed) std::cout << (check ? "would reformat " : "formatted ") << p << "\n";
  if (!readable) return kExitUsage;
  if (diags.has_errors()) return kExitFindings;
  return check && !changed.empty() ? kExitFindings : kExitOk;
}

}  // namespace kubus::cli
