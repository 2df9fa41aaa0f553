// textDocument/completion: kinds where a declaration starts, the fields of the
// kind being written, enumerated values, units after a number, the IDs of the
// right kind after `owner:`, `channels: [`, `next: [` and the like, the
// handoffs an SLA can cover; in rules, collections, variables and the members
// of a path. Each item replaces the whole name typed so far (Kubus names hold
// '-', which editors do not count as part of a word).
#include <filesystem>
#include <set>

#include "lsp/completion_site.h"
#include "lsp/convert.h"
#include "lsp/describe.h"
#include "lsp/features.h"

namespace fs = std::filesystem;

namespace kubus::lsp {
namespace {

using What = CompletionSite::What;

class Items {
 public:
  Items(const Context& c, const Cursor& at, const CompletionSite& site) : site_(site) {
    std::string_view line = at.src->line(at.line);
    auto prefix = static_cast<std::uint32_t>(site.prefix.size());  // a name or unit: ASCII
    std::uint32_t start = at.col - 1 >= prefix ? at.col - 1 - prefix : 0;
    range_ = {{"start", position_json(at.line - 1, units_before(line, start, c.client.encoding))},
              {"end", position_json(at.line - 1, units_before(line, at.col - 1, c.client.encoding))}};
  }

  void add(const std::string& label, int kind, const std::string& detail, std::string text = {},
           const std::string& sort = {}) {
    if (!seen_.insert(label).second) return;
    if (text.empty()) text = label;
    if (site_.insert_space) text = " " + text;
    Json item = {{"label", label}, {"kind", kind}, {"textEdit", {{"range", range_}, {"newText", text}}}};
    if (!detail.empty()) item["detail"] = detail;
    if (!sort.empty()) item["sortText"] = sort;
    if (text != label) item["filterText"] = label;
    items_.push_back(std::move(item));
  }
  Json take() { return std::move(items_); }

 private:
  const CompletionSite& site_;
  Json range_;
  Json items_ = Json::array();
  std::set<std::string> seen_;
};

std::string sort_key(std::size_t i, bool first) { return (first ? "0" : "1") + std::to_string(1000 + i); }

void kinds(Items& out) {
  std::size_t i = 0;
  for (const auto& k : schema::kinds())
    if (!k.nested && !k.implicit && k.name != "rule")
      out.add(std::string(k.name), completion_kind::kClass, std::string(k.doc), std::string(k.name) + " ", sort_key(i++, true));
  out.add("use", completion_kind::kKeyword, "load a library or a file: use ccm, use \"../shared\"", "use ", sort_key(i++, false));
  out.add("rule", completion_kind::kKeyword, "an assessment rule", "rule ", sort_key(i++, false));
}

// Library directories and NAME.kubus files on the library path.
void libraries(const Context& c, Items& out) {
  for (const auto& dir : c.ws.load_options().library_path) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const auto& p = it->path();
      if (it->is_directory(ec)) out.add(p.filename().string(), completion_kind::kModule, "library in " + dir);
      else if (p.extension() == ".kubus") out.add(p.stem().string(), completion_kind::kModule, "library file in " + dir);
    }
  }
}

void fields(const CompletionSite& site, Items& out) {
  const auto& written = site.written;
  for (std::size_t i = 0; i < site.kind->fields.size(); ++i) {
    const auto& f = site.kind->fields[i];
    std::string name(f.name);
    if (std::find(written.begin(), written.end(), name) != written.end()) continue;
    std::string text = name + (f.type == schema::Type::Block ? " {" : ": ");
    out.add(name, completion_kind::kField, type_text(f) + " — " + std::string(f.doc), text, sort_key(i, f.required));
  }
  if (!site.rule) return;
  out.add("for", completion_kind::kKeyword, "for VAR in COLLECTION where CONDITION", "for ", sort_key(90, false));
  out.add("where", completion_kind::kKeyword, "which instances the rule checks", "where ", sort_key(91, false));
  out.add("expect", completion_kind::kKeyword, "what must hold for every instance", "expect ", sort_key(92, false));
}

void entity_ids(const model::Model& m, const schema::FieldSpec& f, const CompletionSite& site, Items& out) {
  for (auto kind : f.choices) {
    int k = schema::kind_index(kind);
    if (k < 0 || static_cast<std::size_t>(k) >= m.kind_range.size()) continue;
    auto [b, e] = m.kind_range[static_cast<std::size_t>(k)];
    for (model::Index i = b; i < e; ++i) {
      const model::Entity& ent = m.entities[i];
      std::string id(ent.id);
      if (std::find(site.written.begin(), site.written.end(), id) != site.written.end()) continue;
      out.add(id, completion_kind::kReference, std::string(kind) + (ent.title.empty() ? "" : " " + std::string(ent.title)));
    }
  }
}

void values(const model::Model& m, const CompletionSite& site, Items& out) {
  const schema::FieldSpec& f = *site.field;
  switch (f.type) {
    case schema::Type::Enum:
      for (std::size_t i = 0; i < f.choices.size(); ++i)
        out.add(std::string(f.choices[i]), completion_kind::kEnumMember, std::string(f.name), {}, sort_key(i, true));
      break;
    case schema::Type::Bool:
      out.add("true", completion_kind::kValue, std::string(f.doc));
      out.add("false", completion_kind::kValue, std::string(f.doc));
      break;
    case schema::Type::Ref:
      entity_ids(m, f, site, out);
      break;
    case schema::Type::Handoff:
      for (const auto& h : m.handoffs)
        out.add(std::string(m.entities[h.from].id) + " -> " + std::string(m.entities[h.to].id),
                completion_kind::kReference, h.slas.empty() ? "handoff, no SLA yet" : "handoff");
      break;
    case schema::Type::Ident:  // kpi.metric: the metrics the model measures already
      for (model::Index i : m.of_kind("kpi")) {
        const model::Val& metric = m.field(m.entities[i], "metric");
        if (metric.present()) out.add(std::string(metric.text), completion_kind::kValue, "metric");
      }
      break;
    default: break;
  }
}

void units(const CompletionSite& site, Items& out) {
  const schema::FieldSpec& f = *site.field;
  if (f.type != schema::Type::Quantity && f.type != schema::Type::Comparison) return;
  for (const auto& u : schema::unit_names()) {
    auto info = schema::find_unit(u);
    if (f.type == schema::Type::Quantity && f.dim != schema::Dim::None && info && info->dim != f.dim) continue;
    out.add(u, completion_kind::kUnit, info ? std::string(schema::dim_name(info->dim)) : std::string());
  }
}

void expression(const CompletionSite& site, Items& out) {
  for (const auto& v : site.variables) out.add(v, completion_kind::kVariable, "variable", {}, sort_key(0, true));
  for (const auto& k : schema::kinds())
    if (!k.plural.empty() && k.name != "rule")
      out.add(std::string(k.plural), completion_kind::kModule, "every " + std::string(k.name), {}, sort_key(1, false));
  for (const char* fn : {"count", "sum", "avg", "min", "max"})
    out.add(fn, completion_kind::kFunction, "aggregate", std::string(fn) + "(", sort_key(2, false));
  for (const char* kw : {"not", "all", "any", "no", "none", "true", "false"})
    out.add(kw, completion_kind::kKeyword, {}, {}, sort_key(3, false));
}

void operators(Items& out) {
  for (const char* kw : {"and", "or", "in", "is", "not", "where", "expect"}) out.add(kw, completion_kind::kKeyword, {});
}

void members(const CompletionSite& site, Items& out) {
  for (const auto* k : site.members_of) {
    for (std::size_t i = 0; i < k->fields.size(); ++i)
      out.add(std::string(k->fields[i].name), completion_kind::kProperty,
              type_text(k->fields[i]) + " — " + std::string(k->fields[i].doc), {}, sort_key(i, true));
    for (std::size_t i = 0; i < k->derived.size(); ++i)
      out.add(std::string(k->derived[i].name), completion_kind::kProperty, "derived — " + std::string(k->derived[i].doc),
              {}, sort_key(i, false));
  }
}

}  // namespace

Json completion(const Context& c, const Json& params) {
  Cursor at = cursor_at(c.ws, params, c.client.encoding);
  CompletionSite site = completion_site(at.src->text, at.offset);
  Items out(c, at, site);
  switch (site.what) {
    case What::Kinds: kinds(out); break;
    case What::Libraries: libraries(c, out); break;
    case What::Fields: if (site.kind) fields(site, out); break;
    case What::Value: values(at.model->model(), site, out); break;
    case What::Unit: units(site, out); break;
    case What::Expression: expression(site, out); break;
    case What::Operators: operators(out); break;
    case What::Members: members(site, out); break;
    case What::Nothing: break;
  }
  return {{"isIncomplete", false}, {"items", out.take()}};
}

}  // namespace kubus::lsp
