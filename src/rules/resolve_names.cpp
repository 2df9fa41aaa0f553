// Bare names and literals: a name is a bound variable, a collection, or a
// value read by the type of the other operand (LANGUAGE.md, Names).
#include <cmath>
#include <cstdlib>

#include "rules/checker.h"
#include "support/text.h"

namespace kubus::rules {

using model::Val;

namespace {

// The help for a name that is none of an enum's choices: the choices, and the
// closest of them.
std::string unknown_choice_help(std::string_view text, const Type& hint) {
  std::vector<std::string> names(hint.choices->begin(), hint.choices->end());
  std::string all;
  for (std::size_t i = 0; i < names.size(); ++i) all += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + names[i];
  std::string help = describe(hint) + " is one of " + all;
  if (auto g = closest(text, names)) help = "did you mean " + quoted(*g) + "? " + help;
  return help;
}

// The help for a name that is no entity of the hinted kinds: the kind it is,
// else the closest ID of those kinds.
std::string unknown_entity_help(const model::Model& m, std::string_view text, const Type& hint) {
  const auto& ks = schema::kinds();
  for (std::size_t k = 0; k < ks.size(); ++k)
    if (m.find(ks[k].name, text) != model::kNone)
      return quoted(text) + " is a " + std::string(ks[k].name) + ", but the other side is " + describe(hint);
  std::vector<std::string> ids;
  for (std::size_t k = 0; k < ks.size(); ++k)
    if (hint.kinds & kind_bit(static_cast<int>(k)))
      for (auto [b, end] = m.kind_range[k]; b < end; ++b) ids.emplace_back(m.entities[b].id);
  if (auto g = closest(text, ids)) return "did you mean " + quoted(*g) + "?";
  return "declare it, or check the spelling";
}

}  // namespace

Node error_node(Span span) {
  Node n;
  n.type = Type::of(Base::Error);
  n.span = span;
  return n;
}

Node make(Op op, const Type& t, Span span, std::vector<Node> kids) {
  Node n;
  n.op = op;
  n.type = t;
  n.span = span;
  n.kids = std::move(kids);
  return n;
}

Node make(Op op, const Type& t, Span span, Node a, Node b) {
  std::vector<Node> kids;
  kids.push_back(std::move(a));
  kids.push_back(std::move(b));
  return make(op, t, span, std::move(kids));
}

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

Checker::Checker(const model::Model& m, Diagnostics& diags, StringStore& strings)
    : m_(m), diags_(diags), strings_(strings) {
  for (const auto& f : m.files)
    for (auto id : f->broken_ids) broken_.insert(id);
}

void Checker::error(Code code, Span span, std::string message, std::string help) {
  diags_.add(code, span, std::move(message), std::move(help));
}

std::uint16_t Checker::bind(const ast::Name& var, const Type& t) {
  if (const Binding* outer = lookup(var.text))
    diags_
        .add(Code::ShadowedVariable, var.span, "variable " + quoted(var.text) + " shadows another of the same name",
             "rename one of them; inside this expression " + quoted(var.text) + " means the new variable")
        .related.push_back({outer->span, "the outer " + quoted(var.text) + " is bound here"});
  scope_.push_back({var.text, var.span, t});
  auto slot = static_cast<std::uint16_t>(scope_.size() - 1);
  if (scope_.size() > max_slots_) max_slots_ = static_cast<std::uint16_t>(scope_.size());
  return slot;
}

const Binding* Checker::lookup(std::string_view name) const {
  for (auto it = scope_.rbegin(); it != scope_.rend(); ++it)
    if (it->name == name) return &*it;
  return nullptr;
}

int Checker::collection_kind(std::string_view name) const {
  const auto* k = schema::kind_by_plural(name);
  // Rules have syntax of their own and are not something a rule reasons about.
  return k && k->name != "rule" ? schema::kind_index(k->name) : -1;
}

// A name that only the other operand can give a meaning, possibly inside
// parentheses or a list literal (`t.phase in [settle, use]`).
bool Checker::needs_hint(const ast::Expr& e) const {
  switch (e.kind) {
    case ast::ExprKind::Name: return !lookup(e.text) && collection_kind(e.text) < 0;
    case ast::ExprKind::Paren: return needs_hint(*e.kids[0]);
    case ast::ExprKind::List:
      for (const auto& k : e.kids)
        if (needs_hint(*k)) return true;
      return false;
    default: return false;
  }
}

Node Checker::name(const ast::Expr& e, const Type* hint) {
  if (const Binding* b = lookup(e.text)) {
    Node n = make(Op::Var, b->type, e.span);
    n.slot = static_cast<std::uint16_t>(b - scope_.data());
    n.name = e.text;
    return n;
  }
  if (int k = collection_kind(e.text); k >= 0) {
    bool handoffs = schema::kinds()[static_cast<std::size_t>(k)].implicit;
    Node n = make(Op::Collection, (handoffs ? Type::of(Base::Handoff) : Type::entity(kind_bit(k))).as_list(), e.span);
    n.kind = static_cast<std::uint16_t>(k);
    n.name = e.text;
    return n;
  }
  if (hint) {
    if (hint->error()) return error_node(e.span);  // the other side is reported already
    bool resolved = false;
    Node n = name_as_value(e, hint->element(), resolved);
    if (resolved) return n;
  }
  return unknown_name(e);
}

// Reads a bare name as a value of the hinted type. `resolved` stays false when
// the type gives names no meaning (numbers, strings, ...).
Node Checker::name_as_value(const ast::Expr& e, const Type& hint, bool& resolved) {
  Val v;
  v.span = e.span;
  v.text = e.text;
  Type t = hint;
  if (hint.base == Base::Enum && hint.choices) {
    resolved = true;
    const auto& choices = *hint.choices;
    for (std::size_t i = 0; i < choices.size(); ++i)
      if (choices[i] == e.text) {
        v.tag = Val::Tag::Enum;
        v.index = static_cast<model::Index>(i);
        v.text = choices[i];
        Node n = make(Op::Const, t, e.span);
        n.value = v;
        return n;
      }
    error(Code::UnknownName, e.span, quoted(e.text) + " is not " + describe(hint), unknown_choice_help(e.text, hint));
    return error_node(e.span);
  }
  if (hint.base == Base::Entity) {
    resolved = true;
    const auto& ks = schema::kinds();
    for (std::size_t k = 0; k < ks.size(); ++k) {
      if (!(hint.kinds & kind_bit(static_cast<int>(k)))) continue;
      model::Index i = m_.find(ks[k].name, e.text);
      if (i == model::kNone) continue;
      v.tag = Val::Tag::Ref;
      v.index = i;
      Node n = make(Op::Const, Type::entity(kind_bit(static_cast<int>(k))), e.span);
      n.value = v;
      return n;
    }
    if (broken_.count(e.text)) return error_node(e.span);  // its declaration did not parse: reported there
    error(Code::UnknownName, e.span, "unknown " + kind_names(hint.kinds) + " " + quoted(e.text),
          unknown_entity_help(m_, e.text, hint));
    return error_node(e.span);
  }
  if (hint.base == Base::Ident) {  // an open set (kpi.metric): any name is a value
    resolved = true;
    v.tag = Val::Tag::Ident;
    Node n = make(Op::Const, t, e.span);
    n.value = v;
    return n;
  }
  return {};
}

Node Checker::unknown_name(const ast::Expr& e) {
  std::vector<std::string> candidates;
  for (const auto& b : scope_) candidates.emplace_back(b.name);
  for (const auto& k : schema::kinds())
    if (!k.plural.empty() && k.name != "rule") candidates.emplace_back(k.plural);
  std::string help;
  if (auto g = closest(e.text, candidates)) {
    help = "did you mean " + quoted(*g) + "?";
  } else {
    for (const auto& k : schema::kinds())
      if (m_.find(k.name, e.text) != model::kNone) {
        help = quoted(e.text) + " is a " + std::string(k.name) + ": compare it with a field, as in `" +
               std::string(e.text) + " in x." + std::string(k.plural) + "` or `x." + std::string(k.name) +
               " == " + std::string(e.text) + "`";
        break;
      }
  }
  if (help.empty())
    help = "a name is a variable (bound by for, all, any, no or a filter), a collection such as touchpoints, "
           "or a value compared with a field (t.phase == settle)";
  error(Code::UnknownName, e.span, "unknown name " + quoted(e.text), help);
  return error_node(e.span);
}

Node Checker::number(const ast::Expr& e) {
  std::string digits;
  for (char c : e.text)
    if (c != '_' && c != ' ' && c != '\t') digits += c;
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(value)) {
    error(Code::BadNumber, e.span, "number " + quoted(e.text) + " is out of range", "use a smaller number");
    return error_node(e.span);
  }
  Val v;
  v.span = e.span;
  if (e.unit.empty()) {
    v.tag = Val::Tag::Number;
    v.number = value;
    Node n = make(Op::Const, Type::of(Base::Number), e.span);
    n.value = v;
    return n;
  }
  auto unit = schema::find_unit(e.unit);
  if (!unit) {
    std::string help = "known units: EUR (and other currency codes), s, min, h, days, weeks, months, %, /year, pm";
    if (auto g = closest(e.unit, schema::unit_names())) help = "did you mean " + quoted(*g) + "?";
    error(Code::BadUnit, e.span, "unknown unit " + quoted(e.unit), help);
    return error_node(e.span);
  }
  // Base units, as the model stores quantities: `2 days` and `48 h` are one constant.
  v.tag = Val::Tag::Quantity;
  v.dim = unit->dim;
  v.number = value * unit->factor;
  v.text = e.unit;  // as written; for money the currency code
  Node n = make(Op::Const, Type::quantity(unit->dim), e.span);
  n.value = v;
  return n;
}

Node Checker::literal(const ast::Expr& e) {
  Val v;
  v.span = e.span;
  v.text = e.text;
  Type t;
  switch (e.kind) {
    case ast::ExprKind::String:  // decoded, like the model's strings
      v.tag = Val::Tag::String;
      v.text = decoded(e.text, strings_);
      t = Type::of(Base::String);
      break;
    case ast::ExprKind::Bool: v.tag = Val::Tag::Bool; v.boolean = e.boolean; t = Type::of(Base::Bool); break;
    case ast::ExprKind::Date:
      if (!valid_date(e.text)) {
        error(Code::BadDate, e.span, "no such date " + quoted(e.text), "write YYYY-MM-DD with a real month and day");
        return error_node(e.span);
      }
      v.tag = Val::Tag::Date;
      t = Type::of(Base::Date);
      break;
    case ast::ExprKind::Quarter: v.tag = Val::Tag::Quarter; t = Type::of(Base::Quarter); break;
    default: v.tag = Val::Tag::Absent; v.text = {}; t = Type::of(Base::None); break;
  }
  Node n = make(Op::Const, t, e.span);
  n.value = v;
  return n;
}

}  // namespace kubus::rules
