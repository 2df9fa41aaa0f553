#include "rules/types.h"

#include <algorithm>

namespace kubus::rules {
namespace {

std::string article(std::string_view word) {
  bool vowel = !word.empty() && std::string_view("aeiouAEIOU").find(word.front()) != std::string_view::npos;
  return std::string(vowel ? "an " : "a ") + std::string(word);
}

// One word per base for a list's items.
std::string plural_words(const Type& t) {
  switch (t.base) {
    case Base::Error: return "invalid values";
    case Base::None: return "none values";
    case Base::Bool: return "true/false values";
    case Base::Number: return "numbers";
    case Base::Quantity:
      switch (t.dim) {
        case schema::Dim::Money: return "amounts of money";
        case schema::Dim::Duration: return "durations";
        case schema::Dim::Percent: return "percentages";
        case schema::Dim::Rate: return "rates";
        case schema::Dim::Effort: return "efforts";
        case schema::Dim::None: return "quantities";
      }
      return "quantities";
    case Base::String: return "strings";
    case Base::Date: return "dates";
    case Base::Quarter: return "quarters";
    case Base::Enum: case Base::Ident: return std::string(t.what) + "s";
    case Base::Comparison: return "targets";
    case Base::Handoff: return "handoffs";
    case Base::Block: return kind_names(t.kinds) + " blocks";
    case Base::Entity: {
      std::string out;
      const auto& ks = schema::kinds();
      std::vector<std::string> names;
      for (std::size_t i = 0; i < ks.size(); ++i)
        if (t.kinds & kind_bit(static_cast<int>(i)))
          names.emplace_back(ks[i].plural.empty() ? std::string(ks[i].name) + "s" : std::string(ks[i].plural));
      for (std::size_t i = 0; i < names.size(); ++i)
        out += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + names[i];
      return out;
    }
  }
  return "values";
}

}  // namespace

std::uint32_t kind_bit(int kind_index) { return kind_index < 0 ? 0u : 1u << static_cast<unsigned>(kind_index); }

std::uint32_t kind_mask(const std::vector<std::string_view>& kind_names) {
  std::uint32_t mask = 0;
  for (auto k : kind_names)
    if (k != "handoff") mask |= kind_bit(schema::kind_index(k));
  return mask;
}

int first_kind(std::uint32_t mask) {
  for (int i = 0; i < 32; ++i)
    if (mask & (1u << static_cast<unsigned>(i))) return i;
  return -1;
}

Type field_type(const schema::FieldSpec& f) {
  using schema::Type;
  rules::Type t;
  switch (f.type) {
    case Type::String: t.base = Base::String; break;
    case Type::Number: t.base = Base::Number; break;
    case Type::Quantity: t = rules::Type::quantity(f.dim); break;
    case Type::Bool: t.base = Base::Bool; break;
    case Type::Enum:
      t.base = Base::Enum;
      t.choices = &f.choices;
      // A list field is named in the plural (sources); one of its values is a source.
      t.what = f.list && f.name.size() > 1 && f.name.back() == 's' ? f.name.substr(0, f.name.size() - 1) : f.name;
      break;
    case Type::Ref: t = rules::Type::entity(kind_mask(f.choices)); break;
    case Type::Date: t.base = Base::Date; break;
    case Type::Quarter: t.base = Base::Quarter; break;
    case Type::Comparison: t.base = Base::Comparison; break;
    case Type::Handoff: t.base = Base::Handoff; break;
    case Type::Block:
      t.base = Base::Block;
      t.kinds = kind_bit(schema::kind_index(f.name));  // a block field is named after its kind
      break;
    case Type::Ident: t.base = Base::Ident; t.what = f.name; break;
    // An entity ID or a handoff (waiver.entities), read as written.
    case Type::Subject: t.base = Base::Ident; t.what = "subject"; break;
  }
  t.list = f.list;
  return t;
}

Type derived_type(const schema::DerivedSpec& d) {
  Type t;
  if (d.type == schema::Type::Bool) {
    t.base = Base::Bool;
  } else if (d.type == schema::Type::Number) {
    t.base = Base::Number;
  } else if (d.type == schema::Type::Quantity) {
    t = rules::Type::quantity(d.dim);
  } else if (d.type == schema::Type::Ref) {
    bool handoff = std::find(d.choices.begin(), d.choices.end(), "handoff") != d.choices.end();
    t = handoff ? Type::of(Base::Handoff) : Type::entity(kind_mask(d.choices));
  } else if (d.type == schema::Type::Enum) {
    t.base = Base::Enum;
    t.choices = &d.choices;
    t.what = d.name;
  }
  t.list = d.list;
  return t;
}

std::string kind_names(std::uint32_t mask) {
  std::vector<std::string_view> names;
  const auto& ks = schema::kinds();
  for (std::size_t i = 0; i < ks.size(); ++i)
    if (mask & kind_bit(static_cast<int>(i))) names.push_back(ks[i].name);
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + std::string(names[i]);
  return out;
}

std::string_view dim_words(schema::Dim d) {
  switch (d) {
    case schema::Dim::Money: return "an amount of money";
    case schema::Dim::Duration: return "a duration";
    case schema::Dim::Percent: return "a percentage";
    case schema::Dim::Rate: return "a rate";
    case schema::Dim::Effort: return "an effort";
    case schema::Dim::None: return "a quantity";
  }
  return "a quantity";
}

std::string describe(const Type& t) {
  if (t.list) return "a list of " + plural_words(t);
  switch (t.base) {
    case Base::Error: return "an invalid value";
    case Base::None: return "none";
    case Base::Bool: return "true or false";
    case Base::Number: return "a number";
    case Base::Quantity: return std::string(dim_words(t.dim));
    case Base::String: return "a string";
    case Base::Date: return "a date";
    case Base::Quarter: return "a quarter";
    case Base::Enum: case Base::Ident: return article(t.what);
    case Base::Comparison: return "a target (a comparison such as >= 30)";
    case Base::Handoff: return "a handoff";
    case Base::Block: return article(kind_names(t.kinds)) + " block";
    case Base::Entity: return article(kind_names(t.kinds));
  }
  return "a value";
}

bool same_choices(const Type& a, const Type& b) {
  if (a.choices == b.choices) return true;
  return a.choices && b.choices && *a.choices == *b.choices;
}

bool equatable(const Type& a, const Type& b) {
  if (a.lenient() || b.lenient()) return true;
  if (a.list != b.list) return false;
  if (a.base == b.base) {
    switch (a.base) {
      case Base::Quantity: return a.dim == b.dim || a.dim == schema::Dim::None || b.dim == schema::Dim::None;
      case Base::Enum: return same_choices(a, b);
      case Base::Entity: case Base::Block: return (a.kinds & b.kinds) != 0;
      default: return true;
    }
  }
  // A dimensionless quantity (kpi.actual without a unit) is a number.
  auto loose = [](const Type& q, const Type& n) {
    return q.base == Base::Quantity && q.dim == schema::Dim::None && n.base == Base::Number;
  };
  return loose(a, b) || loose(b, a);
}

bool ordered(const Type& a, const Type& b) {
  if (a.lenient() || b.lenient()) return true;
  if (a.list || b.list) return false;
  if (a.numeric() && b.numeric()) return equatable(a, b);
  return a.base == b.base && (a.base == Base::Date || a.base == Base::Quarter);
}

}  // namespace kubus::rules
