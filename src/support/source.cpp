#include "support/source.h"

#include <fstream>
#include <sstream>

namespace kubus {

std::string_view SourceFile::line(std::uint32_t n) const {
  if (n == 0 || n > line_starts.size()) return {};
  std::size_t begin = line_starts[n - 1];
  std::size_t end = n < line_starts.size() ? line_starts[n] : text.size();
  std::string_view v(text.data() + begin, end - begin);
  while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

std::optional<FileId> SourceManager::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return add(path, std::move(buf).str());
}

FileId SourceManager::add(std::string path, std::string text) {
  SourceFile f{std::move(path), std::move(text), {}};
  f.line_starts.push_back(0);
  for (std::size_t i = 0; i < f.text.size(); ++i)
    if (f.text[i] == '\n') f.line_starts.push_back(static_cast<std::uint32_t>(i + 1));
  files_.push_back(std::move(f));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace kubus
