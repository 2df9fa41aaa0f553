// Text synchronisation: the editor's buffers, kept as overlays of the files
// on disk. Every change marks the model for a check; the diagnostics follow
// once no more messages are waiting (Server::idle).
#include <cstring>
#include <filesystem>

#include "lsp/convert.h"
#include "lsp/server.h"
#include "lsp/uri.h"

namespace kubus::lsp {
namespace {

// Byte offset of an LSP position in `text`; a position past a line's end is
// its end, past the last line the end of the text.
std::size_t offset_of(std::string_view text, std::uint32_t line0, std::uint32_t character, Encoding enc) {
  std::size_t start = 0;
  for (std::uint32_t l = 0; l < line0; ++l) {
    const void* nl = std::memchr(text.data() + start, '\n', text.size() - start);
    if (!nl) return text.size();
    start = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return start + byte_of_units(text.substr(start, end - start), character, enc);
}

void apply_change(std::string& text, const Json& change, Encoding enc) {
  std::string replacement = change.at("text").get<std::string>();
  if (!change.contains("range")) {  // the whole document
    text = std::move(replacement);
    return;
  }
  const Json& range = change.at("range");
  std::size_t from = offset_of(text, uinteger(range.at("start"), "line"), uinteger(range.at("start"), "character"), enc);
  std::size_t to = offset_of(text, uinteger(range.at("end"), "line"), uinteger(range.at("end"), "character"), enc);
  if (to < from) throw LspError(ErrorCode::InvalidParams, "a change whose range ends before it starts");
  text.replace(from, to - from, replacement);
}

std::string path_of(const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto path = path_of_uri(uri);
  if (!path) throw LspError(ErrorCode::InvalidParams, "not a local file URI: " + uri);
  return *path;
}

}  // namespace

Json Server::did_open(const Json& params) {
  const Json& td = params.at("textDocument");
  std::string path = path_of(params);
  if (!ws_.has_root()) ws_.set_root(std::filesystem::path(path).parent_path().generic_string());
  if (!ws_.contains(path))
    throw LspError(ErrorCode::InvalidParams, td.at("uri").get<std::string>() + " is outside the workspace (" +
                                                 ws_.root() + " and the files its model uses): not checked");
  ws_.open(path, Document{td.at("uri").get<std::string>(), td.at("text").get<std::string>(),
                          td.at("version").get<std::int64_t>()});
  publish_pending_ = true;
  return nullptr;
}

Json Server::did_change(const Json& params) {
  std::string path = path_of(params);
  Document* doc = ws_.document(path);
  if (!doc) throw LspError(ErrorCode::InvalidParams, path + " changed but was never opened");
  // Applied to a copy: a bad change leaves the buffer as it was.
  std::string text = doc->text;
  for (const auto& change : params.at("contentChanges")) apply_change(text, change, client_.encoding);
  doc->text = std::move(text);
  doc->version = params.at("textDocument").at("version").get<std::int64_t>();
  ws_.changed(path);
  publish_pending_ = true;
  return nullptr;
}

Json Server::did_close(const Json& params) {
  ws_.close(path_of(params));
  publish_pending_ = true;
  return nullptr;
}

Json Server::did_change_watched_files(const Json&) {
  ws_.files_changed();
  publish_pending_ = true;
  return nullptr;
}

}  // namespace kubus::lsp
