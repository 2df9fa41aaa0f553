// Loading: files and directories to a checked model. Follows `use`, reports
// every problem it finds and never stops at the first.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/model.h"

namespace kubus::model {

class ParseCache;

struct LoadOptions {
  // Where `use NAME` looks for bundled libraries, in order (KUBUS_PATH entries,
  // the install's data directory, the source tree's rules/).
  std::vector<std::string> library_path;
  // Libraries to load besides what the files `use` (a matrix's `uses:`).
  std::vector<std::string> extra_libraries;
  // Parsed files to reuse (model/parse_cache.h): set by a caller that loads
  // the same model again after an edit. Unset, every file is read and parsed.
  ParseCache* cache = nullptr;
  // Keep every declaration's syntax tree after loading (Entity::decl,
  // Variant::value), as the language server does. Unset, the members of each
  // entity declaration are freed as soon as they are converted, so that the
  // tree and the model are not held at once; rules keep theirs, and trees
  // from a ParseCache are always kept (the cache shares them).
  bool keep_syntax = false;
};

struct LoadResult {
  Model model;
  bool unreadable = false;   // a named path could not be read: exit 2
};

LoadResult load(const std::vector<std::string>& paths, const LoadOptions& options, SourceManager& sm,
                Diagnostics& diags);
// The same for files whose text is already in `sm` (editor buffers, fuzz
// inputs); what they `use` is read from disk as usual.
LoadResult load_sources(const std::vector<FileId>& files, const LoadOptions& options, SourceManager& sm,
                        Diagnostics& diags);

// Where `use NAME` finds library NAME: the directory `<dir>/NAME` (with .kubus
// files below it) or the file `<dir>/NAME.kubus`, in the first directory of the
// library path that has either. The roadmap takes a library's initiative
// catalogue from its directory. With `sm`, an editor's unsaved buffers count as
// files (SourceManager overlays).
struct Library {
  std::string path;
  bool directory = false;
};
std::optional<Library> find_library(const std::string& name, const std::vector<std::string>& library_path,
                                   const SourceManager* sm = nullptr);

// The library search path from KUBUS_PATH and the given fallbacks.
std::vector<std::string> default_library_path(const std::vector<std::string>& fallbacks);

}  // namespace kubus::model
