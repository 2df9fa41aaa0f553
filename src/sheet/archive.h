// The parts of an XLSX package (a ZIP archive), unpacked with libzip.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace kubus::sheet {

class Archive {
 public:
  // Opens an archive held in memory (`bytes` must outlive it); nullopt with
  // libzip's reason in `error` when it is not a readable ZIP archive.
  static std::optional<Archive> open(std::string_view bytes, std::string& error);

  // The part named `name` (e.g. xl/workbook.xml); nullopt when absent. A part
  // that is damaged or unpacks past `limit` bytes sets `error`.
  std::optional<std::string> part(const std::string& name, std::size_t limit, std::string& error) const;

 private:
  struct Close {
    void operator()(zip* z) const;
  };
  explicit Archive(zip* z) : zip_(z) {}
  std::unique_ptr<zip, Close> zip_;
};

}  // namespace kubus::sheet
