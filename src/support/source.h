// Source files and locations. Every file read is kept here for the whole run so
// that syntax trees can point into it and diagnostics can quote its lines.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kubus {

using FileId = std::uint32_t;

// Lines and columns are 1-based; columns count code points. The end is exclusive.
struct Span {
  FileId file = 0;
  std::uint32_t line = 0;
  std::uint32_t col = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_col = 0;
  bool valid() const { return line != 0; }
};

struct SourceFile {
  std::string path;      // as given or resolved, used in diagnostics
  std::string text;
  std::vector<std::uint32_t> line_starts;  // byte offsets
  // UTF-8 text without NUL bytes. Only such a file is quoted in a diagnostic:
  // a binary or non-UTF-8 file a model points at is never echoed to the terminal.
  bool text_file = true;
  std::string_view line(std::uint32_t n) const;  // without the newline
};

class SourceManager {
 public:
  // Reads a file; nullopt when it cannot be read (the caller reports exit 2).
  std::optional<FileId> load(const std::string& path);
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return files_[id]; }
  std::size_t size() const { return files_.size(); }

 private:
  std::deque<SourceFile> files_;  // deque: references stay valid as files are added
};

}  // namespace kubus
