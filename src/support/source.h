// Source files and locations. Every file read is kept here for the whole run so
// that syntax trees can point into it and diagnostics can quote its lines.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
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
  std::string_view line(std::uint32_t n) const;  // without the newline
};

class SourceManager {
 public:
  // Reads a file (its overlay when it has one); nullopt when it cannot be read
  // (the caller reports exit 2).
  std::optional<FileId> load(const std::string& path);
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return files_[id]; }
  std::size_t size() const { return files_.size(); }
  std::size_t bytes() const { return bytes_; }  // the text of every file added

  // Texts that stand in for files on disk: an editor's unsaved buffers. load()
  // and read() consult them first, by the path exactly as given to them.
  void set_overlay(const std::string& path, std::string text) { overlays_[path] = std::move(text); }
  void remove_overlay(const std::string& path) { overlays_.erase(path); }
  const std::string* overlay(const std::string& path) const;
  // The overlays below a directory (at any depth) whose names end in `ext`,
  // sorted: a walk of the directory finds them as if they were on disk.
  std::vector<std::string> overlays_below(const std::string& dir, std::string_view ext) const;
  // The text of a file, from its overlay or the disk, without adding it.
  std::optional<std::string> read(const std::string& path) const;

 private:
  std::deque<SourceFile> files_;  // deque: references stay valid as files are added
  std::size_t bytes_ = 0;
  std::map<std::string, std::string, std::less<>> overlays_;
};

}  // namespace kubus
