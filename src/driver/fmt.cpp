#include "driver/fmt.h"

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "driver/output.h"
#include "format/format.h"
#include "support/walk.h"
#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

// Named files, and *.kubus below named directories.
std::vector<std::string> collect(Session& s, const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found = s.files_below(p, has_kubus_extension);
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec) || s.sm.overlay(p)) {  // an overlay: an editor's unsaved buffer
      files.push_back(p);
    } else {
      s.diags.add_file(Code::CannotRead, p, "cannot read '" + p + "': no such file or directory");
      s.unreadable = true;
    }
  }
  return files;
}

std::optional<Formatted> format_source(Session& s, FileId id) {
  ast::File tree = syntax::parse(s.sm, id, s.diags);
  if (!tree.ok) return std::nullopt;
  const SourceFile& src = s.sm.file(id);
  std::string text = format::format_file(tree, src);
  bool changed = text != src.text;
  return Formatted{id, src.path, std::move(text), changed};
}

}  // namespace

std::vector<Formatted> format_files(Session& s, const std::vector<std::string>& paths) {
  std::vector<Formatted> out;
  for (const auto& path : collect(s, paths)) {
    auto id = s.sm.load(path);
    if (!id) {
      s.diags.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
      s.unreadable = true;
      continue;
    }
    if (auto f = format_source(s, *id)) out.push_back(std::move(*f));
  }
  return out;
}

std::optional<Formatted> format_text(Session& s, const std::string& name, std::string text) {
  return format_source(s, s.sm.add(name, std::move(text)));
}

void rewrite(Session& s, const std::vector<Formatted>& files) {
  for (const auto& f : files) {
    std::string error;
    if (f.changed && !write_file(f.path, f.text, error)) {
      s.diags.add_file(Code::CannotRead, f.path, error);
      s.unreadable = true;
    }
  }
}

std::vector<Formatted> format_input(Session& s, const std::vector<std::string>& paths, std::istream* in,
                                    bool& from_stdin) {
  from_stdin = paths == std::vector<std::string>{"-"} && in;
  if (!from_stdin) return format_files(s, paths);
  auto f = format_text(s, "<stdin>", std::string(std::istreambuf_iterator<char>(*in), {}));
  return f ? std::vector<Formatted>{std::move(*f)} : std::vector<Formatted>{};
}

}  // namespace kubus::driver
