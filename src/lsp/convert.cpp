#include "lsp/convert.h"

#include <algorithm>

#include "lsp/uri.h"

namespace kubus::lsp {

std::uint32_t uinteger(const Json& object, const char* key) {
  const Json& v = object.at(key);
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() > 0xFFFFFFFFu)
    throw LspError(ErrorCode::InvalidParams, std::string(key) + " must be a uinteger");
  return v.get<std::uint32_t>();
}

Json position_json(std::uint32_t line0, std::uint32_t character) { return {{"line", line0}, {"character", character}}; }

Json range_json(const SourceManager& sm, const Span& s, Encoding enc) {
  if (!s.valid()) return {{"start", position_json(0, 0)}, {"end", position_json(0, 0)}};
  const SourceFile& f = sm.file(s.file);
  std::uint32_t end_line = s.end_line ? s.end_line : s.line;
  std::uint32_t end_col = s.end_line ? s.end_col : s.col;
  return {{"start", position_json(s.line - 1, units_before(f.line(s.line), s.col - 1, enc))},
          {"end", position_json(end_line - 1, units_before(f.line(end_line), end_col ? end_col - 1 : 0, enc))}};
}

Json location_json(const Workspace& ws, const Span& s, Encoding enc) {
  return {{"uri", ws.uri_of(ws.sources().file(s.file).path)}, {"range", range_json(ws.sources(), s, enc)}};
}

std::string span_text(const SourceManager& sm, const Span& s) {
  if (!s.valid()) return {};
  std::string_view line = sm.file(s.file).line(s.line);
  std::size_t from = byte_of_units(line, s.col - 1, Encoding::Utf32);
  if (s.end_line != s.line) return std::string(line.substr(from)) + " …";
  std::size_t to = byte_of_units(line, s.end_col - 1, Encoding::Utf32);
  return std::string(line.substr(from, to > from ? to - from : 0));
}

std::string document_path(const Workspace& ws, const Json& params) {
  std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto path = path_of_uri(uri);
  if (!path) throw LspError(ErrorCode::InvalidParams, "not a local file URI: " + uri);
  if (!ws.contains(*path))
    throw LspError(ErrorCode::InvalidParams,
                   uri + " is outside the workspace (the model directory " + ws.root() + " and the files it uses)");
  return *path;
}

Cursor cursor_at(Workspace& ws, const Json& params, Encoding enc) {
  Cursor c;
  c.path = document_path(ws, params);
  const Snapshot& snap = ws.snapshot();
  c.tree = snap.tree(c.path);
  if (!c.tree) throw LspError(ErrorCode::InvalidParams, c.path + " is not a file of the model");
  c.model = snap.model_of(c.path);
  c.src = &ws.sources().file(c.tree->file);
  const Json& pos = params.at("position");
  std::uint32_t line0 = uinteger(pos, "line");
  std::uint32_t character = uinteger(pos, "character");
  c.line = static_cast<std::uint32_t>(std::min<std::size_t>(std::size_t{line0} + 1, c.src->line_starts.size()));
  std::string_view text = c.src->line(c.line);
  if (c.line != std::size_t{line0} + 1) character = static_cast<std::uint32_t>(-1);  // past the last line: its end
  c.col = code_points_before(text, character, enc) + 1;
  c.offset = c.src->line_starts[c.line - 1] + byte_of_units(text, character, enc);
  return c;
}

}  // namespace kubus::lsp
