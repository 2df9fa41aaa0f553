// textDocument/documentSymbol (the outline: declarations and their fields) and
// workspace/symbol (every entity of the model, by ID or title).
#include <algorithm>
#include <cctype>
#include <set>
#include <span>
#include <tuple>

#include "lsp/convert.h"
#include "lsp/features.h"
#include "lsp/lookup.h"

namespace kubus::lsp {
namespace {

constexpr std::size_t kMaxWorkspaceSymbols = 1000;

int symbol_kind_of(std::string_view kind) {
  using namespace symbol_kind;
  static constexpr std::pair<std::string_view, int> kTable[] = {
      {"organisation", kNamespace}, {"unit", kPackage},     {"segment", kObject},    {"department", kClass},
      {"role", kVariable},          {"channel", kInterface}, {"capability", kEnum},   {"component", kModule},
      {"touchpoint", kEvent},       {"sla", kStruct},        {"kpi", kConstant},      {"practice", kObject},
      {"observation", kProperty},   {"rule", kFunction},     {"test", kFunction},
  };
  for (const auto& [name, k] : kTable)
    if (name == kind) return k;
  return kObject;
}

std::string decl_name(const ast::Decl& d) {
  if (d.kind == ast::DeclKind::Use) return "use " + std::string(d.title.empty() ? d.id.text : d.title);
  return std::string(d.id.text.empty() ? std::string_view("(unnamed)") : d.id.text);
}

std::string decl_detail(const ast::Decl& d) {
  if (d.kind == ast::DeclKind::Use) return {};
  std::string kind = d.kind == ast::DeclKind::Rule ? "rule" : std::string(d.keyword_or_kind.text);
  return d.title.empty() ? kind : kind + " " + std::string(d.title);
}

Json member_symbols(const Context& c, std::span<const ast::Member> members) {
  Json out = Json::array();
  const SourceManager& sm = c.ws.sources();
  for (const auto& m : members) {
    Json s = {{"name", std::string(m.key.text)},
              {"kind", m.is_block ? symbol_kind::kObject : symbol_kind::kField},
              {"range", range_json(sm, m.span(), c.client.encoding)},
              {"selectionRange", range_json(sm, m.key.span, c.client.encoding)}};
    if (m.is_block) s["children"] = member_symbols(c, m.members);
    else s["detail"] = span_text(sm, m.value.span);
    out.push_back(std::move(s));
  }
  return out;
}

int decl_kind(const ast::Decl& d) {
  if (d.kind == ast::DeclKind::Use) return symbol_kind::kModule;
  return symbol_kind_of(d.kind == ast::DeclKind::Rule ? "rule" : d.keyword_or_kind.text);
}

bool contains_folded(std::string_view text, const std::string& query) {
  if (query.empty()) return true;
  auto it = std::search(text.begin(), text.end(), query.begin(), query.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

}  // namespace

Json document_symbols(const Context& c, const Json& params) {
  std::string path = document_path(c.ws, params);
  const Snapshot& snap = c.ws.snapshot();
  const ast::File* tree = snap.tree(path);
  Json out = Json::array();
  if (!tree) return out;
  const SourceManager& sm = c.ws.sources();
  for (const auto& d : tree->decls) {
    Span selection = d.id.span.valid() ? d.id.span : d.title_span.valid() ? d.title_span : d.keyword_or_kind.span;
    if (!c.client.hierarchical_symbols) {
      out.push_back({{"name", decl_name(d)}, {"kind", decl_kind(d)},
                     {"location", location_json(c.ws, d.span, c.client.encoding)}});
      continue;
    }
    Json s = {{"name", decl_name(d)},
              {"kind", decl_kind(d)},
              {"range", range_json(sm, d.span, c.client.encoding)},
              {"selectionRange", range_json(sm, selection, c.client.encoding)}};
    if (auto detail = decl_detail(d); !detail.empty()) s["detail"] = detail;
    if (d.kind == ast::DeclKind::Entity) s["children"] = member_symbols(c, d.members);
    out.push_back(std::move(s));
  }
  return out;
}

Json workspace_symbols(const Context& c, const Json& params) {
  std::string query = params.at("query").get<std::string>();
  const Snapshot& snap = c.ws.snapshot();
  Json out = Json::array();
  // A library's entities are in every model that uses it: each is listed once.
  std::set<std::tuple<FileId, std::uint32_t, std::uint32_t>> listed;
  for (const ModelView& view : snap.models()) {
    const model::Model& m = view.model();
    for (const auto& e : m.entities) {
      if (out.size() >= kMaxWorkspaceSymbols) return out;
      if (!contains_folded(e.id, query) && !contains_folded(e.title, query)) continue;
      if (!listed.emplace(e.id_span.file, e.id_span.line, e.id_span.col).second) continue;
      out.push_back({{"name", std::string(e.id)},
                     {"kind", symbol_kind_of(m.spec(e).name)},
                     {"containerName", std::string(m.spec(e).name)},
                     {"location", location_json(c.ws, e.id_span, c.client.encoding)}});
    }
  }
  return out;
}

}  // namespace kubus::lsp
