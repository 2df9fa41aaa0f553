// Parsed files kept between loads, for a caller that loads the same model again
// and again into one SourceManager (the language server, after every edit): a
// file whose text is unchanged since the last load is neither read nor parsed
// again, and its syntax diagnostics are repeated as they were.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.h"
#include "syntax/ast.h"

namespace kubus::model {

class ParseCache {
 public:
  // The tree of `path`: its overlay in `sm`, else the file on disk. nullptr
  // when it cannot be read. Every call must pass the same SourceManager.
  std::shared_ptr<const ast::File> parse(SourceManager& sm, const std::string& path, Diagnostics& diags);

  // Forgets every tree (before the SourceManager they point into goes).
  void clear() { entries_.clear(); }
  // Text of the trees kept now.
  std::size_t live_bytes(const SourceManager& sm) const;

 private:
  struct Entry {
    std::shared_ptr<const ast::File> tree;
    std::vector<Diagnostic> diagnostics;  // of parsing it
    bool from_disk = false;               // the stamp below says whether the file changed
    std::filesystem::file_time_type mtime;
    std::uintmax_t size = 0;
  };
  const Entry* reusable(const SourceManager& sm, const std::string& path, std::filesystem::file_time_type& mtime,
                        std::uintmax_t& size) const;

  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kubus::model
