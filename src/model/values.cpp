// Converting written values to typed ones, by the field's schema row.
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

#include "model/loader.h"
#include "support/text.h"

namespace kubus::model {
namespace {

using schema::Type;
using VT = ast::ValueKind;
using Tag = Val::Tag;

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string kind_list(const std::vector<std::string_view>& kinds) {
  std::string out;
  for (std::size_t i = 0; i < kinds.size(); ++i) out += (i ? (i + 1 == kinds.size() ? " or " : ", ") : "") + std::string(kinds[i]);
  return out;
}

}  // namespace

bool Loader::parse_number(const ast::Value& v, double& out) {
  std::string digits;
  digits.reserve(v.text.size());
  for (char c : v.text)
    if (c != '_') digits += c;
  // from_chars (exact, like strtod in the "C" locale, and several times faster: strtod
  // was 3% of `kubus check`'s instructions); strtod decides what it refuses, such as
  // a result too small for a double, so that what is accepted does not change.
  const char* end = digits.data() + digits.size();
  std::from_chars_result r = std::from_chars(digits.data(), end, out);
  if (r.ec != std::errc() || r.ptr != end) {
    char* stop = nullptr;
    out = std::strtod(digits.c_str(), &stop);
    r.ptr = stop;
  }
  if (r.ptr != end || !std::isfinite(out)) {
    diags_.add(Code::BadNumber, v.span, "number " + q(v.text) + " is out of range", "use a smaller number");
    return false;
  }
  return true;
}

Val Loader::convert(const Entity& owner, const schema::FieldSpec& f, const ast::Value& v) {
  if (f.list) {
    Val out;
    out.tag = Tag::List;
    out.span = v.span;
    if (v.kind != VT::List) {  // a single value reads as a one-item list
      Val one = convert_scalar(owner, f, v);
      if (one.present()) out.items = m_.vals.copy({&one, 1});
      return out;
    }
    std::vector<Val> items;
    items.reserve(v.items.size());
    for (const auto& item : v.items) {
      if (item.kind == VT::List) {
        diags_.add(Code::WrongType, item.span, "lists do not nest", "write the items in one list: [a, b, c]");
        continue;
      }
      Val one = convert_scalar(owner, f, item);
      if (one.present()) items.push_back(one);
    }
    out.items = m_.vals.copy(items);
    return out;
  }
  if (v.kind == VT::List) {
    diags_.add(Code::WrongType, v.span, q(f.name) + " takes one value, not a list",
               "expected " + std::string(schema::type_name(f.type)));
    return {};
  }
  return convert_scalar(owner, f, v);
}

// A plain number within the field's range.
Val Loader::number_value(const schema::FieldSpec& f, const ast::Value& v) {
  if (!v.unit().empty()) {
    diags_.add(Code::BadUnit, v.span, q(f.name) + " is a plain number and takes no unit " + q(v.unit()),
               "write just the number");
    return {};
  }
  double n;
  if (!parse_number(v, n)) return {};
  if ((f.min && n < *f.min) || (f.max && n > *f.max) || (f.integer && n != std::floor(n))) {
    std::string range = f.max ? fmt_range(*f.min, *f.max) : "at least " + fmt_num(f.min.value_or(0));
    diags_.add(Code::OutOfRange, v.span, q(f.name) + " is " + std::string(v.text) + ", outside its range",
               std::string("expected ") + (f.integer ? "a whole number " : "a number ") + range);
    return {};
  }
  Val out;
  out.span = v.span;
  out.tag = Tag::Number;
  out.number = n;
  return out;
}

// One of the field's choices, written as a bare name.
Val Loader::enum_value(const schema::FieldSpec& f, const ast::Value& v) {
  if (v.kind != VT::Ref) {
    std::string example = v.kind == VT::String ? unescape(v.text) : std::string(f.choices.front());
    diags_.add(Code::WrongType, v.span, q(f.name) + " expects one of: " + kind_list(f.choices),
               "write the value as a bare name: " + std::string(f.name) + ": " + example);
    return {};
  }
  for (std::size_t i = 0; i < f.choices.size(); ++i)
    if (f.choices[i] == v.text) {
      Val out;
      out.span = v.span;
      out.tag = Tag::Enum;
      out.index = static_cast<Index>(i);
      out.text = v.text;
      return out;
    }
  std::vector<std::string> choices(f.choices.begin(), f.choices.end());
  std::string help = "expected " + kind_list(f.choices);
  if (auto g = closest(v.text, choices)) help = "did you mean '" + *g + "'? " + help;
  diags_.add(Code::UnknownEnum, v.span, q(v.text) + " is not a valid " + std::string(f.name), help);
  return {};
}

// A target: an operator and a number or a quantity in any unit.
Val Loader::comparison(const schema::FieldSpec& f, const ast::Value& v) {
  const ast::Value& target = v.items.front();
  if (target.kind != VT::Quantity) {
    diags_.add(Code::WrongType, target.span, "a target compares with a number or a quantity",
               "for example: >= 30, <= 2 days, >= 95 %");
    return {};
  }
  Val t = quantity(f, target, schema::Dim::None, true);
  if (!t.present()) return {};
  Val out;
  out.span = v.span;
  out.tag = Tag::Comparison;
  out.op = v.op;
  out.text = v.left().text;
  out.items = m_.vals.copy({&t, 1});
  return out;
}

Val Loader::convert_scalar(const Entity& owner, const schema::FieldSpec& f, const ast::Value& v) {
  Val out;
  out.span = v.span;
  auto wrong = [&](std::string help) {
    diags_.add(Code::WrongType, v.span, q(f.name) + " expects " + std::string(schema::type_name(f.type)), std::move(help));
    return Val{};
  };
  switch (f.type) {
    case Type::String:
      if (v.kind != VT::String) return wrong("text goes in double quotes: " + std::string(f.name) + ": \"...\"");
      out.tag = Tag::String;
      out.text = decoded(v.text, m_.strings);
      return out;
    case Type::Number:
      if (v.kind != VT::Quantity) return wrong({});
      return number_value(f, v);
    case Type::Quantity:
      return quantity(f, v, f.dim, f.dim == schema::Dim::None || f.dim == schema::Dim::Rate);
    case Type::Bool:
      if (v.kind != VT::Bool) return wrong("write true or false");
      out.tag = Tag::Bool;
      out.boolean = v.boolean;
      return out;
    case Type::Enum:
      return enum_value(f, v);
    case Type::Ref:
      return reference(f, v);
    case Type::Date:
      if (v.kind != VT::Date) return wrong({});
      if (!valid_date(v.text)) {
        diags_.add(Code::BadDate, v.span, "no such date " + q(v.text), "write YYYY-MM-DD with a real month and day");
        return {};
      }
      out.tag = Tag::Date;
      out.text = v.text;
      return out;
    case Type::Quarter:
      if (v.kind != VT::Quarter) return wrong({});
      out.tag = Tag::Quarter;
      out.text = v.text;
      return out;
    case Type::Comparison:
      if (v.kind != VT::Comparison) return wrong("for example: >= 30, or response-time <= 2 days");
      return comparison(f, v);
    case Type::Subject:
      // Resolved by the stage that knows which subjects fit (rules::check_waivers).
      if (v.kind == VT::Ref) {
        out.tag = Tag::Ident;
        out.text = v.text;
        return out;
      }
      if (v.kind != VT::Handoff) return wrong("write an ID, or a handoff as from -> to");
      [[fallthrough]];
    case Type::Handoff: {
      if (v.kind != VT::Handoff) return wrong("write a handoff as from -> to");
      // The ends as written, resolved to touchpoints; the handoff itself once handoffs
      // exist (resolve_covers), and unknown ends are reported by whoever needs them.
      out.tag = Tag::Handoff;
      auto end = [&](std::string_view id, Span span) {
        Val ref;
        ref.tag = Tag::Ref;
        ref.index = m_.find("touchpoint", id);
        ref.text = id;
        ref.span = span;
        return ref;
      };
      // The second end has the value's span: the AST keeps none for the second name.
      std::array<Val, 2> ends{end(v.left().text, v.left().span), end(v.text, v.span)};
      out.items = m_.vals.copy(ends);
      return out;
    }
    case Type::Ident:
      if (v.kind != VT::Ref) return wrong("write a bare name, for example: metric: nps");
      out.tag = Tag::Ident;
      out.text = v.text;
      return out;
    case Type::Block:
      return wrong("write " + std::string(f.name) + " { ... }");
  }
  (void)owner;
  return {};
}

Val Loader::quantity(const schema::FieldSpec& f, const ast::Value& v, schema::Dim want, bool unit_optional) {
  if (v.kind != VT::Quantity) {
    diags_.add(Code::WrongType, v.span, q(f.name) + " expects " + std::string(schema::dim_name(want)), {});
    return {};
  }
  double n;
  if (!parse_number(v, n)) return {};
  Val out;
  out.tag = Val::Tag::Quantity;
  out.span = v.span;
  if (v.unit().empty()) {
    if (!unit_optional) {
      diags_.add(Code::BadUnit, v.span, q(f.name) + " needs a unit: it is " + std::string(schema::dim_name(want)),
                 "add the unit after the number");
      return {};
    }
    out.dim = want;  // a plain number: per year for a rate, dimensionless otherwise
    out.number = n;
    return not_negative(f, v, out);
  }
  auto unit = schema::find_unit(v.unit());
  if (!unit) {
    std::string help = "known units: EUR (and other currency codes), s, min, h, days, weeks, months, years, %, /year, pm";
    if (auto g = closest(v.unit(), schema::unit_names())) help = "did you mean '" + *g + "'?";
    diags_.add(Code::BadUnit, v.span, "unknown unit " + q(v.unit()), help);
    return {};
  }
  if (want != schema::Dim::None && unit->dim != want) {
    // The closest unit of the wanted kind: `7 /year` for a duration meant `7 years`.
    std::vector<std::string> fitting;
    for (auto& name : schema::unit_names())
      if (schema::find_unit(name)->dim == want) fitting.push_back(std::move(name));
    auto g = closest(v.unit(), fitting);
    diags_.add(Code::BadUnit, v.span,
               q(f.name) + " is " + std::string(schema::dim_name(want)) + ", not " + std::string(schema::dim_name(unit->dim)),
               g ? "did you mean '" + std::string(v.text) + " " + *g + "'?" : "use a unit of the right kind");
    return {};
  }
  out.dim = unit->dim;
  out.number = n * unit->factor;
  out.text = v.unit();  // as written; for money the currency code
  return not_negative(f, v, out);
}

// Money, durations, volumes and efforts are zero or more; a plain number or a
// percentage may be negative (an NPS of -20, a change of -5 %).
Val Loader::not_negative(const schema::FieldSpec& f, const ast::Value& v, Val out) {
  using schema::Dim;
  bool magnitude = out.dim == Dim::Money || out.dim == Dim::Duration || out.dim == Dim::Rate || out.dim == Dim::Effort;
  if (!magnitude || out.number >= 0) return out;
  diags_.add(Code::OutOfRange, v.span,
             q(f.name) + " is negative: " + std::string(v.text) + (v.unit().empty() ? "" : " " + std::string(v.unit())),
             "it is " + std::string(schema::dim_name(out.dim)) + ", which is zero or more");
  return {};
}

// Built on the first unknown reference to these kinds, once every ID is declared.
const NameIndex& Loader::ids_of(const std::vector<std::string_view>& kinds) {
  auto it = id_indices_.find(&kinds);
  if (it != id_indices_.end()) return it->second;
  std::vector<std::string> ids;
  for (auto kind : kinds) {
    auto [b, e] = m_.kind_range[static_cast<std::size_t>(schema::kind_index(kind))];
    for (Index i = b; i < e; ++i) ids.emplace_back(m_.entities[i].id);
  }
  return id_indices_.emplace(&kinds, NameIndex(std::move(ids))).first->second;
}

Val Loader::reference(const schema::FieldSpec& f, const ast::Value& v) {
  if (v.kind != VT::Ref) {
    diags_.add(Code::WrongType, v.span, q(f.name) + " expects a reference to a " + kind_list(f.choices),
               "write the ID as a bare name, without quotes");
    return {};
  }
  for (auto kind : f.choice_kinds) {
    Index i = m_.find(kind, v.text);
    if (i != kNone) {
      Val out;
      out.tag = Val::Tag::Ref;
      out.index = i;
      out.text = v.text;
      out.span = v.span;
      return out;
    }
  }
  if (broken(v.text)) return {};  // declared in a part that did not parse: already reported
  std::string help;
  for (const auto& k : schema::kinds()) {
    Index other = m_.find(k.name, v.text);
    if (other != kNone) {
      help = q(v.text) + " is a " + std::string(k.name) + ", but " + q(f.name) + " needs a " + kind_list(f.choices);
      break;
    }
  }
  if (help.empty() && !diags_.beyond_limit(v.span)) {
    if (auto g = ids_of(f.choices).closest(v.text)) {
      for (auto kind : f.choices) {
        Index i = m_.find(kind, *g);
        if (i == kNone) continue;
        help = "did you mean '" + *g + "' (" + std::string(kind) + ", " + format_location(sm_, m_.entities[i].id_span) + ")?";
        break;
      }
    }
  }
  if (help.empty()) help = "declare it, or check the spelling";
  diags_.add(Code::UnknownReference, v.span, "unknown " + kind_list(f.choices) + " " + q(v.text), help);
  return {};
}

}  // namespace kubus::model
