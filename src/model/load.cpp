#include "model/load.h"

#include <cstdlib>
#include <functional>

#include "model/loader.h"

namespace kubus::model {

namespace {

// Reads the input with `read` (a Loader member), then runs the passes.
LoadResult load_with(const LoadOptions& options, SourceManager& sm, Diagnostics& diags,
                     const std::function<bool(Loader&)>& read) {
  LoadResult result;
  Loader loader(options, sm, diags, result.model);
  result.unreadable = !read(loader);
  loader.declare();
  loader.resolve_fields();
  loader.derive();
  return result;
}

}  // namespace

LoadResult load(const std::vector<std::string>& paths, const LoadOptions& options, SourceManager& sm,
                Diagnostics& diags) {
  return load_with(options, sm, diags, [&](Loader& l) { return l.read_inputs(paths); });
}

LoadResult load_sources(const std::vector<FileId>& files, const LoadOptions& options, SourceManager& sm,
                        Diagnostics& diags) {
  return load_with(options, sm, diags, [&](Loader& l) { return l.read_sources(files); });
}

std::vector<std::string> default_library_path(const std::vector<std::string>& fallbacks) {
  std::vector<std::string> out;
  if (const char* env = std::getenv("KUBUS_PATH")) {
    std::string s(env);
    std::size_t start = 0;
    while (start <= s.size()) {
      std::size_t end = s.find(':', start);
      if (end == std::string::npos) end = s.size();
      if (end > start) out.push_back(s.substr(start, end - start));
      start = end + 1;
    }
  }
  out.insert(out.end(), fallbacks.begin(), fallbacks.end());
  return out;
}

}  // namespace kubus::model
