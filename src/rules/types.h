// Static types of rule expressions. Every sub-expression gets one when the
// model loads, so a rule that cannot make sense fails before it is evaluated.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/schema.h"

namespace kubus::rules {

enum class Base : std::uint8_t {
  Error,       // already reported: compatible with everything, so one mistake gives one diagnostic
  None,        // the literal `none`: compatible with everything
  Bool, Number, Quantity, String, Date, Quarter,
  Enum,        // one of a fixed choice set (a field's `choices`)
  Ident,       // an open-set name (kpi.metric)
  Comparison,  // a target such as `>= 30` (kpi.target, sla.target)
  Entity,      // a declared entity; `kinds` says which kinds it may be
  Handoff,     // an element of Model::handoffs
  Block,       // a nested block (touchpoint.feedback): an element of Model::nested
};

struct Type {
  Base base = Base::Error;
  bool list = false;
  schema::Dim dim = schema::Dim::None;                       // Quantity; None: any dimension (kpi.actual)
  std::uint32_t kinds = 0;                                   // Entity/Block: bit i = schema kind i
  const std::vector<std::string_view>* choices = nullptr;    // Enum: the field's choice set
  std::string_view what;                                     // Enum/Ident: the field name, for messages

  static Type of(Base b) { Type t; t.base = b; return t; }
  static Type quantity(schema::Dim d) { Type t; t.base = Base::Quantity; t.dim = d; return t; }
  static Type entity(std::uint32_t kinds) { Type t; t.base = Base::Entity; t.kinds = kinds; return t; }
  Type element() const { Type t = *this; t.list = false; return t; }
  Type as_list() const { Type t = *this; t.list = true; return t; }

  bool is(Base b) const { return base == b && !list; }
  bool error() const { return base == Base::Error; }
  bool lenient() const { return base == Base::Error || base == Base::None; }  // fits anywhere
  bool numeric() const { return !list && (base == Base::Number || base == Base::Quantity); }
};

std::uint32_t kind_bit(int kind_index);
std::uint32_t kind_mask(const std::vector<std::string_view>& kind_names);  // "handoff" excluded
int first_kind(std::uint32_t mask);                                        // -1 when empty

// The type a schema field or derived relation has when read in a rule.
Type field_type(const schema::FieldSpec& f);
Type derived_type(const schema::DerivedSpec& d);

// "a touchpoint", "a list of capabilities", "a duration", "a phase".
std::string describe(const Type& t);
// "touchpoint", "touchpoint, unit or segment": the kinds of an entity type.
std::string kind_names(std::uint32_t mask);

// The quantity dimension in words: "a duration", "an amount of money".
std::string_view dim_words(schema::Dim d);

bool same_choices(const Type& a, const Type& b);
// `==` and `!=`: may the two be compared at all?
bool equatable(const Type& a, const Type& b);
// `<` `<=` `>` `>=`: numbers, quantities of one dimension, dates or quarters.
bool ordered(const Type& a, const Type& b);

}  // namespace kubus::rules
