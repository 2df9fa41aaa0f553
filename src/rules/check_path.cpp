// Paths `a.b`: a field, a derived relation (a handoff's members among them) or
// a field of a nested block, resolved per kind of the base once, so evaluation
// indexes.
#include "rules/checker.h"
#include "support/text.h"

namespace kubus::rules {
namespace {

// How kind `spec` gives member `name`, and its type; Absent when it has none.
// A derived relation first: one that shares a field's name (touchpoint.unit)
// stands in for it, and rules see the derived value.
Access member_of(const schema::KindSpec& spec, std::string_view name, Type& type) {
  if (const schema::DerivedSpec* d = schema::find_derived(spec, name)) {
    type = derived_type(*d);
    return {AccessKind::Derived, static_cast<std::uint16_t>(d->id)};
  }
  if (int fi = schema::field_index(spec, name); fi >= 0) {
    type = field_type(spec.fields[static_cast<std::size_t>(fi)]);
    return {AccessKind::Field, static_cast<std::uint16_t>(fi)};
  }
  return {};
}

}  // namespace

Node Checker::path(const ast::Expr& e) {
  Node base = expr(*e.kids[0]);
  const Type bt = base.type;
  if (bt.error()) return error_node(e.span);

  std::uint32_t kinds = 0;
  if (bt.base == Base::Entity || bt.base == Base::Block) kinds = bt.kinds;
  else if (bt.base == Base::Handoff) kinds = kind_bit(schema::kind_index("handoff"));
  if (kinds == 0) {
    error(Code::UnknownPathField, e.var.span, describe(bt) + " has no field " + quoted(e.text),
          "only entities, handoffs and blocks such as feedback have fields; the left of '.' is " + describe(bt));
    return error_node(e.span);
  }

  const auto& ks = schema::kinds();
  Node n = make(Op::Path, Type{}, e.span);
  n.name = e.text;
  n.map = bt.list;
  n.access.assign(ks.size(), Access{});
  bool found = false;
  for (std::size_t k = 0; k < ks.size(); ++k) {
    if (!(kinds & kind_bit(static_cast<int>(k)))) continue;
    Type mt;
    Access a = member_of(ks[k], e.text, mt);
    if (a.how == AccessKind::Absent) continue;
    n.access[k] = a;
    // Kinds of one reference share their members' types (kpi.of: touchpoint, unit, segment).
    if (!found) n.type = mt;
    found = true;
  }
  if (!found) {
    std::vector<std::string> names;
    for (std::size_t k = 0; k < ks.size(); ++k)
      if (kinds & kind_bit(static_cast<int>(k)))
        for (auto& f : schema::field_names(ks[k], true)) names.push_back(std::move(f));
    std::string help;
    if (auto g = closest(e.text, names)) {
      help = "did you mean " + quoted(*g) + "?";
    } else {
      help = "the fields of " + kind_names(kinds) + " are:";
      for (std::size_t i = 0; i < names.size(); ++i) help += (i ? ", " : " ") + names[i];
    }
    error(Code::UnknownPathField, e.var.span, kind_names(kinds) + " has no field " + quoted(e.text), help);
    return error_node(e.span);
  }
  n.type.list = n.type.list || bt.list;  // a path over a list maps over it and flattens
  n.kids.push_back(std::move(base));
  return n;
}

}  // namespace kubus::rules
