// The files below a directory, for every command that takes one (check, test,
// fmt, a `use` of a directory). One walk, so that none of them passes over a
// directory it cannot read, or follows a link out of the model.
#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kubus {

// A path the walk did not take, and why ("cannot read directory 'x': Permission denied").
struct Refused {
  std::string path;
  std::string message;
};

struct Walk {
  std::vector<std::string> files;   // sorted by path
  std::vector<Refused> unreadable;  // directories that could not be listed, sorted by path
  std::vector<Refused> links;       // links to a file `want` refuses (/etc/passwd), sorted by path
};

// The regular files below `dir`, at any depth, whose path `want` accepts; a
// link to a file only when `want` accepts its target too. Links to directories
// are not followed, so a link cycle cannot make the walk endless; a directory
// that cannot be listed is recorded and the walk goes on with the rest.
Walk files_below(const std::filesystem::path& dir, const std::function<bool(const std::filesystem::path&)>& want);

// `want` for model files: the name ends in .kubus.
bool has_kubus_extension(const std::filesystem::path& path);

}  // namespace kubus
