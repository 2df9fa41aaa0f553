#include "support/walk.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace kubus {
namespace {

void sort_by_path(std::vector<Refused>& v) {
  std::sort(v.begin(), v.end(), [](const Refused& a, const Refused& b) { return a.path < b.path; });
}

}  // namespace

// std::filesystem::recursive_directory_iterator ends on the first directory it
// cannot open without saying which it was (or, with skip_permission_denied,
// passes over it in silence), so the walk keeps its own stack of directories.
Walk files_below(const fs::path& dir, const std::function<bool(const fs::path&)>& want) {
  Walk out;
  std::vector<fs::path> pending = {dir};
  while (!pending.empty()) {
    fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& path = it->path();
      std::error_code entry_ec;
      bool link = it->is_symlink(entry_ec);
      if (it->is_directory(entry_ec)) {
        if (!link) pending.push_back(path);
        continue;
      }
      if (!it->is_regular_file(entry_ec) || !want(path)) continue;
      fs::path target = link ? fs::canonical(path, entry_ec) : path;
      if (!link || (!entry_ec && want(target)))
        out.files.push_back(path.generic_string());
      else
        out.links.push_back({path.generic_string(), "'" + path.generic_string() + "' links to '" +
                                                        target.generic_string() + "', which is not a model file"});
    }
    if (ec)
      out.unreadable.push_back(
          {current.generic_string(), "cannot read directory '" + current.generic_string() + "': " + ec.message()});
  }
  std::sort(out.files.begin(), out.files.end());
  sort_by_path(out.unreadable);
  sort_by_path(out.links);
  return out;
}

bool has_kubus_extension(const fs::path& path) { return path.extension() == ".kubus"; }

}  // namespace kubus
