// textDocument/hover: on a reference or a declaration, the entity (kind,
// title, where it is declared, its fields); on a rule, its rationale; on a
// kind or a field name, what the language reference says of it.
#include <fmt/format.h>

#include <cmath>

#include "lsp/convert.h"
#include "lsp/describe.h"
#include "lsp/features.h"
#include "lsp/lookup.h"
#include "support/text.h"

namespace kubus::lsp {
namespace {

constexpr std::size_t kMaxMembers = 12;

std::string declared_at(const Context& c, const model::Entity& e) {
  const SourceManager& sm = c.ws.sources();
  return display_path(c.ws, sm.file(e.span.file).path) + ":" + std::to_string(e.id_span.line);
}

// The written fields, one per line, as they are in the source.
std::string fields_text(const SourceManager& sm, std::span<const ast::Member> members) {
  std::string out;
  std::size_t n = 0;
  for (const auto& m : members) {
    if (++n > kMaxMembers) {
      out += "# … " + std::to_string(members.size() - kMaxMembers) + " more\n";
      break;
    }
    out += std::string(m.key.text) + (m.is_block ? " { … }\n" : ": " + span_text(sm, m.value.span) + "\n");
  }
  return out;
}

// One derived value of element i, as text; empty for none.
std::string relation_text(const model::Model& m, const model::Relation& r, model::Index i) {
  switch (r.shape) {
    case model::Relation::Shape::List: return std::to_string(r.list(i).size());
    case model::Relation::Shape::Single:
      if (model::Index target = r.single(i); target != model::kNone) return std::string(m.entities[target].id);
      return {};
    case model::Relation::Shape::Flag: return r.flag(i) ? "true" : "false";
    case model::Relation::Shape::Number:  // a shortfall, in the target's unit; NaN when not measured
      if (double x = r.number(i); !std::isnan(x)) return fmt::format("{:g}", x);
      return {};
    case model::Relation::Shape::Quantity:  // in base units; money with its currency
      if (const model::Val& q = r.quantity(i); q.present())
        return fmt::format("{:g}{}{}", q.number, q.dim == schema::Dim::Money ? " " : "",
                           q.dim == schema::Dim::Money ? q.text : std::string_view());
      return {};
  }
  return {};
}

// What the engine derived, as the schema table lists it: the department of a
// touchpoint, how many of each list relation.
std::string derived_text(const model::Model& m, model::Index i) {
  std::string out;
  for (const auto& d : m.spec(m.entities[i]).derived) {
    std::string value = relation_text(m, m.relation(d.id), i);
    if (!value.empty()) out += (out.empty() ? "" : " · ") + std::string(d.name) + ": " + value;
  }
  return out;
}

void rule_body(Markup& md, const SourceManager& sm, const model::Model& m, const model::Entity& e) {
  const model::Val& severity = m.field(e, "severity");
  const model::Val& rationale = m.field(e, "rationale");
  md.text("severity: ").text(severity.present() ? severity.text : "warning");
  if (rationale.present()) md.paragraph().text(rationale.text);
  std::string clauses;
  for (const auto& item : e.decl->items)
    if (item.kind != ast::RuleItemKind::Field) clauses += span_text(sm, item.span) + "\n";
  if (!clauses.empty()) md.paragraph().block(clauses);
}

Json entity_hover(const Context& c, const model::Model& m, model::Index i) {
  const model::Entity& e = m.entities[i];
  const SourceManager& sm = c.ws.sources();
  Markup md(c.client.markdown);
  md.strong(m.spec(e).name).text(" ").code(e.id);
  if (!e.title.empty()) md.text(" — ").text(m.display(e));
  md.paragraph();
  if (m.spec(e).name == "rule") {
    rule_body(md, sm, m, e);
  } else {
    if (e.decl && !e.decl->members.empty()) md.block(fields_text(sm, e.decl->members));
    if (auto d = derived_text(m, i); !d.empty()) md.paragraph().text(d);
  }
  md.paragraph().text("declared in ").code(declared_at(c, e));
  return md.str();
}

Json kind_hover(const Context& c, const schema::KindSpec& k) {
  Markup md(c.client.markdown);
  md.strong(k.name).text(" — ").text(k.doc);
  std::string fields;
  for (const auto& f : k.fields) fields += (fields.empty() ? "" : ", ") + std::string(f.name) + (f.required ? " (required)" : "");
  if (!fields.empty()) md.paragraph().text("fields: " + fields);
  return md.str();
}

Json field_hover(const Context& c, const schema::KindSpec& k, const schema::FieldSpec& f) {
  Markup md(c.client.markdown);
  md.strong(f.name).text(" (" + std::string(k.name) + "): ").text(f.doc);
  md.paragraph().text(type_text(f));
  return md.str();
}

Json use_hover(const Context& c, const Snapshot& snap, const ast::Decl& d, const std::string& from) {
  auto files = use_targets(c.ws, snap, d, from);
  Markup md(c.client.markdown);
  md.strong("use").text(" ").code(d.title.empty() ? d.id.text : d.title);
  md.paragraph();
  if (files.empty()) return md.text("not loaded (see the diagnostics)").str();
  md.text(std::to_string(files.size()) + (files.size() == 1 ? " file:" : " files:"));
  for (const auto& f : files) md.text("\n- ").code(display_path(c.ws, f));
  return md.str();
}

Json answer(const Context& c, Json contents, const Span& range) {
  return {{"contents", {{"kind", c.client.markdown ? "markdown" : "plaintext"}, {"value", std::move(contents)}}},
          {"range", range_json(c.ws.sources(), range, c.client.encoding)}};
}

}  // namespace

Json hover(const Context& c, const Json& params) {
  Cursor at = cursor_at(c.ws, params, c.client.encoding);
  const Snapshot& snap = c.ws.snapshot();
  if (const Occurrence* o = at.model->index().at(at.tree->file, at.line, at.col))
    return answer(c, entity_hover(c, at.model->model(), o->entity), o->span);
  const ast::Decl* d = decl_at(*at.tree, at.line, at.col);
  if (!d) return nullptr;
  if (d->kind == ast::DeclKind::Use) return answer(c, use_hover(c, snap, *d, at.path), d->span);
  const schema::KindSpec* kind = kind_of(*d);
  if (!kind) return nullptr;
  if (holds(d->keyword_or_kind.span, at.line, at.col)) return answer(c, kind_hover(c, *kind), d->keyword_or_kind.span);
  MemberAt m = member_at(*d, at.line, at.col);
  if (!m.member || !m.kind) return nullptr;
  const schema::FieldSpec* f = schema::find_field(*m.kind, m.member->key.text);
  if (!f) return nullptr;
  return answer(c, field_hover(c, *m.kind, *f), m.member->key.span);
}

}  // namespace kubus::lsp
