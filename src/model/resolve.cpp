// The field pass: each member of each declaration checked against the schema
// and converted; required fields and cross-field rules checked per kind.
#include <fmt/format.h>

#include <algorithm>

#include "model/loader.h"
#include "support/text.h"

namespace kubus::model {
namespace {

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

std::vector<const ast::Member*> members_of(const ast::Decl& d) {
  std::vector<const ast::Member*> out;
  if (d.kind == ast::DeclKind::Rule) {
    for (const auto& item : d.items)
      if (item.kind == ast::RuleItemKind::Field) out.push_back(&item.field);
  } else {
    for (const auto& m : d.members) out.push_back(&m);
  }
  return out;
}

std::string unknown_field_help(const schema::KindSpec& spec, std::string_view name) {
  if (schema::find_derived(spec, name)) return q(name) + " is computed by the engine and cannot be written";
  if (auto g = closest(name, schema::field_names(spec, false))) return "did you mean '" + *g + "'?";
  std::string help = "the fields of " + std::string(spec.name) + " are:";
  for (const auto& f : spec.fields) help += " " + std::string(f.name);
  return help;
}

}  // namespace

std::string fmt_num(double v) { return fmt::format("{:g}", v); }
std::string fmt_range(double lo, double hi) { return fmt::format("from {:g} to {:g}", lo, hi); }

void Loader::resolve_fields() {
  for (auto& e : m_.entities) {
    std::size_t first_variant = m_.variants.size();
    // Made here rather than when declared, so that the fields of one entity take
    // the memory the members of the ones before it gave back, and lie next to theirs.
    e.fields = m_.vals.make(m_.spec(e).fields.size());
    resolve_entity(e, members_of(*e.decl));
    check_variant_lists(e, first_variant);
    check_required(e, e.id_span);
    apply_defaults(e);
    check_fields_together(e);
    release_syntax(e, first_variant);
  }
  sort_variants();
}

void Loader::release_syntax(Entity& e, std::size_t first_variant) {
  if (options_.keep_syntax || e.decl->kind != ast::DeclKind::Entity) return;
  auto tree = own_trees_.find(e.span.file);
  if (tree == own_trees_.end()) return;
  std::vector<ast::Decl>& decls = tree->second->decls;
  ast::Decl& d = decls[static_cast<std::size_t>(e.decl - decls.data())];
  d.members.clear();
  e.decl = nullptr;
  for (std::size_t v = first_variant; v < m_.variants.size(); ++v) m_.variants[v].value = nullptr;
}

void Loader::resolve_entity(Entity& e, const std::vector<const ast::Member*>& members) {
  const auto& spec = m_.spec(e);
  std::vector<const ast::Member*> seen(spec.fields.size(), nullptr);
  std::vector<Lang> languages;  // the language blocks given
  for (const ast::Member* m : members) {
    int fi = schema::field_index(spec, m->key.text);
    if (fi < 0 && m->is_block) {
      language_block(e, *m, languages);
      continue;
    }
    if (fi < 0) {
      diags_.add(spec.name == "rule" ? Code::UnknownRuleField : Code::UnknownField, m->key.span,
                 std::string(spec.name) + " has no field " + q(m->key.text), unknown_field_help(spec, m->key.text));
      continue;
    }
    auto idx = static_cast<std::size_t>(fi);
    e.written |= std::uint32_t{1} << idx;
    if (seen[idx]) {
      diags_.add(Code::DuplicateField, m->key.span, "field " + q(m->key.text) + " given twice", "keep one of them")
          .related.push_back({seen[idx]->key.span, "first given here"});
      continue;
    }
    seen[idx] = m;
    const auto& f = spec.fields[idx];
    if (f.type == schema::Type::Block) {
      if (!m->is_block) {
        diags_.add(Code::WrongType, m->value.span, q(f.name) + " is a block", "write " + std::string(f.name) + " { ... }");
        continue;
      }
      Val v;
      v.tag = Val::Tag::Block;
      v.span = m->span();
      v.index = nested_block(e, f, *m);
      e.fields[idx] = v;
      continue;
    }
    if (m->is_block) {
      diags_.add(Code::WrongType, m->key.span, q(f.name) + " takes a value, not a block",
                 "write " + std::string(f.name) + ": value");
      continue;
    }
    e.fields[idx] = convert(e, f, m->value);
  }
}

Index Loader::nested_block(const Entity& owner, const schema::FieldSpec& f, const ast::Member& m) {
  Entity n;
  n.kind = static_cast<std::uint16_t>(schema::kind_index(f.name));
  n.id = owner.id;
  n.span = m.span();
  n.id_span = m.key.span;
  n.fields = m_.vals.make(m_.spec(n).fields.size());
  std::vector<const ast::Member*> members;
  for (const auto& sub : m.members) members.push_back(&sub);
  resolve_entity(n, members);
  check_required(n, m.key.span);
  m_.nested.push_back(n);
  return static_cast<Index>(m_.nested.size() - 1);
}

// A nested block counts nothing as written, so that a required field it gives
// wrongly is reported as missing too.
bool Loader::written(const Entity& e, std::string_view field) const {
  int i = schema::field_index(m_.spec(e), field);
  return e.decl && i >= 0 && (e.written >> i & 1U) != 0;
}

void Loader::check_required(const Entity& e, Span where) {
  const auto& spec = m_.spec(e);
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    const auto& f = spec.fields[i];
    const Val& v = e.fields[i];
    if (f.required && !v.present()) {
      // A member that was written but invalid is already reported.
      if (!written(e, f.name))
        diags_.add(Code::MissingField, where,
                   std::string(spec.name) + " " + q(e.id) + " has no " + q(f.name) + ", which is required",
                   "add `" + std::string(f.name) + ": ...` (" + std::string(f.doc) + ")");
    } else if (f.non_empty && v.tag == Val::Tag::List && v.items.empty()) {
      bool had_items = false;
      if (e.decl)
        for (const ast::Member* m : members_of(*e.decl))
          if (m->key.text == f.name) had_items = !m->value.items.empty();
      if (!had_items)
        diags_.add(Code::EmptyList, v.span, q(f.name) + " must name at least one item", std::string(f.doc));
    } else if (v.tag == Val::Tag::List) {
      check_item_count(f, v.items.size(), v.span);
    }
  }
}

// Absent fields with a documented default read as that default in rules.
void Loader::apply_defaults(Entity& e) {
  const auto& spec = m_.spec(e);
  for (std::size_t i = 0; i < spec.fields.size(); ++i) {
    const auto& f = spec.fields[i];
    Val& v = e.fields[i];
    if (v.present() || f.default_value.empty()) continue;
    v.span = e.id_span;
    if (f.type == schema::Type::Bool) {
      v.tag = Val::Tag::Bool;
      v.boolean = f.default_value == "true";
    } else if (f.type == schema::Type::Enum) {
      auto it = std::find(f.choices.begin(), f.choices.end(), f.default_value);
      v.tag = Val::Tag::Enum;
      v.index = static_cast<Index>(it - f.choices.begin());
      v.text = *it;
    }
  }
  if (spec.name == "kpi") {  // orientation follows the metric when not written
    int oi = schema::field_index(spec, "orientation");
    Val& o = e.fields[static_cast<std::size_t>(oi)];
    const Val& metric = m_.field(e, "metric");
    if (!o.present() && metric.present()) {
      bool customer = schema::customer_metric(metric.text);
      o.tag = Val::Tag::Enum;
      o.index = customer ? 0 : 1;
      o.text = customer ? "customer" : "internal";
      o.span = e.id_span;
    }
  }
}

}  // namespace kubus::model
