#include "model/load.h"

#include <cstdlib>

#include "model/loader.h"

namespace kubus::model {

LoadResult load(const std::vector<std::string>& paths, const LoadOptions& options, SourceManager& sm,
                Diagnostics& diags) {
  LoadResult result;
  Loader loader(options, sm, diags, result.model);
  result.unreadable = !loader.read_inputs(paths);
  loader.declare();
  loader.resolve_fields();
  loader.derive();
  return result;
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
