// textDocument/formatting: the buffer in the canonical layout of `kubus fmt`
// (the editor's tab size and spaces options do not apply: there is one layout).
// A buffer with syntax errors is left as it is, as `kubus fmt` leaves such a file.
#include <algorithm>

#include "driver/fmt.h"
#include "lsp/convert.h"
#include "lsp/features.h"

namespace kubus::lsp {
namespace {

// The position just past the end of `text`.
Json end_of(std::string_view text, Encoding enc) {
  auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
  std::size_t last = text.rfind('\n');
  std::string_view tail = last == std::string_view::npos ? text : text.substr(last + 1);
  return position_json(lines, units_before(tail, static_cast<std::uint32_t>(-1), enc));
}

}  // namespace

Json formatting(const Context& c, const Json& params) {
  std::string path = document_path(c.ws, params);
  // A session of its own: formatting's syntax diagnostics are not the model's.
  driver::Session s(c.ws.load_options());
  if (const Document* doc = c.ws.document(path)) s.sm.set_overlay(path, doc->text);
  auto formatted = driver::format_files(s, {path});
  if (s.unreadable) throw LspError(ErrorCode::RequestFailed, "cannot read " + path);
  if (formatted.empty()) return nullptr;  // syntax errors: the diagnostics show them
  const auto& f = formatted.front();
  if (!f.changed) return Json::array();
  auto original = s.sm.read(path);
  Json range = {{"start", position_json(0, 0)}, {"end", end_of(original ? *original : "", c.client.encoding)}};
  return Json::array({{{"range", range}, {"newText", f.text}}});
}

}  // namespace kubus::lsp
