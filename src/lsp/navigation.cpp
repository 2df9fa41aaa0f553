// textDocument/definition and textDocument/references: from any occurrence of
// an entity (its declaration, a field, a `next` list, a handoff, a rule) to
// its declaration or to all of them, across the model's files, the `use`d
// files and the bundled library. On a `use`: the files it loads.
#include "lsp/convert.h"
#include "lsp/features.h"
#include "lsp/lookup.h"

namespace kubus::lsp {
namespace {

Json file_start(const Context& c, const std::string& path) {
  return {{"uri", c.ws.uri_of(path)}, {"range", {{"start", position_json(0, 0)}, {"end", position_json(0, 0)}}}};
}

}  // namespace

Json definition(const Context& c, const Json& params) {
  Cursor at = cursor_at(c.ws, params, c.client.encoding);
  const Snapshot& snap = c.ws.snapshot();
  if (const Occurrence* o = at.model->index().at(at.tree->file, at.line, at.col))
    return location_json(c.ws, at.model->model().entities[o->entity].id_span, c.client.encoding);
  const ast::Decl* d = decl_at(*at.tree, at.line, at.col);
  if (!d || d->kind != ast::DeclKind::Use) return nullptr;
  Json out = Json::array();
  for (const auto& path : use_targets(c.ws, snap, *d, at.path)) out.push_back(file_start(c, path));
  return out;
}

Json references(const Context& c, const Json& params) {
  Cursor at = cursor_at(c.ws, params, c.client.encoding);
  const Occurrence* o = at.model->index().at(at.tree->file, at.line, at.col);
  if (!o) return nullptr;
  bool with_declaration = params.value("context", Json::object()).value("includeDeclaration", true);
  Json out = Json::array();
  for (const auto& r : at.model->index().of(o->entity))
    if (with_declaration || !r.declaration) out.push_back(location_json(c.ws, r.span, c.client.encoding));
  return out;
}

}  // namespace kubus::lsp
