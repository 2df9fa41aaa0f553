#include "rules/compiled.h"

#include <fmt/format.h>

namespace kubus::rules {
namespace {

std::string_view op_name(const Node& n) {
  switch (n.op) {
    case Op::List: return "list";
    case Op::Filter: return "filter";
    case Op::All: return "all";
    case Op::Any: return "any";
    case Op::No: return "no";
    case Op::Neg: return "neg";
    case Op::Not: return "not";
    case Op::And: return "and";
    case Op::Or: return "or";
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Div: return "/";
    case Op::Cmp: return ast::cmp_text(n.cmp);
    case Op::In: return n.negated ? "not-in" : "in";
    case Op::IsNone: return n.negated ? "is-not-none" : "is-none";
    default: return "?";
  }
}

std::string_view access_name(AccessKind a) {
  switch (a) {
    case AccessKind::Absent: return "absent";
    case AccessKind::Field: return "field";
    case AccessKind::Derived: return "derived";
  }
  return "?";
}

// A field's index, or a derived relation's place among its kind's relations.
std::size_t position(const schema::KindSpec& kind, const Access& a) {
  if (a.how != AccessKind::Derived) return a.index;
  for (std::size_t i = 0; i < kind.derived.size(); ++i)
    if (kind.derived[i].id == static_cast<schema::Rel>(a.index)) return i;
  return a.index;
}

std::string constant(const model::Val& v) {
  using T = model::Val::Tag;
  switch (v.tag) {
    case T::Absent: return "none";
    case T::Number: return fmt::format("{:g}", v.number);
    case T::Quantity: {  // in base units: the unit as written shows only for money (the currency)
      std::string_view currency = v.dim == schema::Dim::Money ? v.text : std::string_view();
      return fmt::format("{:g}{}{}", v.number, currency.empty() ? "" : " ", currency) + "[" +
             std::to_string(static_cast<int>(v.dim)) + "]";
    }
    case T::Bool: return v.boolean ? "true" : "false";
    case T::Enum: return fmt::format("{}#{}", v.text, v.index);
    case T::Ref: return fmt::format("@{}#{}", v.text, v.index);
    case T::Ident: return fmt::format("'{}'", v.text);
    default: return std::string(v.text);
  }
}

}  // namespace

std::string dump(const Node& n) {
  switch (n.op) {
    case Op::Const: return constant(n.value);
    case Op::Var: return fmt::format("${}", n.slot);
    case Op::Collection: return fmt::format("*{}", schema::kinds()[n.kind].name);
    case Op::Path: {
      std::string out = fmt::format("({} {} {}", n.map ? ".*" : ".", dump(n.kids[0]), n.name);
      const auto& ks = schema::kinds();
      for (std::size_t k = 0; k < n.access.size(); ++k)
        if (n.access[k].how != AccessKind::Absent)
          out += fmt::format(" {}:{}#{}", ks[k].name, access_name(n.access[k].how), position(ks[k], n.access[k]));
      return out + ")";
    }
    case Op::Call: return fmt::format("({} {})", n.name, dump(n.kids[0]));
    case Op::Filter: case Op::All: case Op::Any: case Op::No:
      return fmt::format("({} ${} {} {})", op_name(n), n.slot, dump(n.kids[0]), dump(n.kids[1]));
    default: {
      std::string out = "(" + std::string(op_name(n));
      for (const auto& k : n.kids) out += " " + dump(k);
      return out + ")";
    }
  }
}

}  // namespace kubus::rules
