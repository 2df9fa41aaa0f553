#include "support/source.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/text.h"

namespace kubus {

std::string_view SourceFile::line(std::uint32_t n) const {
  if (n == 0 || n > line_starts.size()) return {};
  std::size_t begin = line_starts[n - 1];
  std::size_t end = n < line_starts.size() ? line_starts[n] : text.size();
  std::string_view v(text.data() + begin, end - begin);
  while (!v.empty() && (v.back() == '\n' || v.back() == '\r')) v.remove_suffix(1);
  return v;
}

std::string format_location(std::string_view path, const Span& span, Precision precision) {
  if (!span.valid()) return {};
  std::string out;
  out.reserve(path.size() + 12);
  out += path;
  out += ':';
  out += std::to_string(span.line);
  if (precision == Precision::Column) {
    out += ':';
    out += std::to_string(span.col);
  }
  return out;
}

std::string format_location(const SourceManager& sm, const Span& span, Precision precision) {
  if (!span.valid()) return {};
  return format_location(sm.file(span.file).path, span, precision);
}

std::optional<FileId> SourceManager::load(const std::string& path) {
  auto text = read(path);
  if (!text) return std::nullopt;
  return add(path, std::move(*text));
}

const std::string* SourceManager::overlay(const std::string& path) const {
  auto it = overlays_.find(path);
  return it == overlays_.end() ? nullptr : &it->second;
}

std::vector<std::string> SourceManager::overlays_below(const std::string& dir, std::string_view ext) const {
  std::vector<std::string> out;
  if (overlays_.empty()) return out;
  std::string prefix = std::filesystem::path(dir).lexically_normal().generic_string();
  if (prefix.empty() || prefix.back() != '/') prefix += '/';
  for (const auto& [path, text] : overlays_) {
    std::string p = std::filesystem::path(path).lexically_normal().generic_string();
    bool below = p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0;
    bool named = p.size() >= ext.size() && p.compare(p.size() - ext.size(), ext.size(), ext) == 0;
    if (below && named) out.push_back(path);
  }
  return out;  // sorted: the map is
}

std::optional<std::string> SourceManager::read(const std::string& path) const {
  if (const std::string* o = overlay(path)) return *o;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // A regular file is read in one go into a buffer of its size: streaming it
  // through a stringstream grew and copied a large model several times.
  std::string text;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0 && in) {
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), size);
    text.resize(static_cast<std::size_t>(in.gcount()));
    in.clear(in.rdstate() & ~(std::ios::eofbit | std::ios::failbit));
  } else {
    in.clear();
  }
  if (in.peek() != std::ifstream::traits_type::eof()) {  // not seekable, or grown since
    std::ostringstream rest;
    rest << in.rdbuf();
    text += std::move(rest).str();
  }
  if (in.bad()) return std::nullopt;
  return text;
}

FileId SourceManager::add(std::string path, std::string text) {
  SourceFile f{std::move(path), std::move(text), {}};
  f.text_file = f.text.find('\0') == std::string::npos && !find_invalid_utf8(f.text);
  const char* begin = f.text.data();
  const char* end = begin + f.text.size();
  // Two passes of memchr, which is vectorised: std::count is a byte loop at -O2,
  // and counting first spares the table its reallocations.
  auto next_newline = [end](const char* p) {
    return static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
  };
  std::size_t lines = 1;
  for (const char* p = begin; (p = next_newline(p)); ++p) ++lines;
  f.line_starts.reserve(lines);
  f.line_starts.push_back(0);
  for (const char* p = begin; (p = next_newline(p)); ++p) f.line_starts.push_back(static_cast<std::uint32_t>(p - begin + 1));
  bytes_ += f.text.size();
  files_.push_back(std::move(f));
  return static_cast<FileId>(files_.size() - 1);
}

}  // namespace kubus
