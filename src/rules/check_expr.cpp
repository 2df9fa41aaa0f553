// The expression checker's dispatch, and the operators that yield true or
// false: comparisons, `in`, `is none`, `not`, `and`, `or`; list literals.
#include "rules/checker.h"

namespace kubus::rules {

using K = ast::ExprKind;

Node Checker::expr(const ast::Expr& e, const Type* hint) {
  switch (e.kind) {
    case K::Number: return number(e);
    case K::String: case K::Bool: case K::None: case K::Date: case K::Quarter: return literal(e);
    case K::Name: return name(e, hint);
    case K::Path: return path(e);
    case K::Call: return call(e);
    case K::Filter: case K::All: case K::Any: case K::No: return binder(e);
    case K::List: return list(e, hint);
    case K::Paren: return expr(*e.kids[0], hint);
    case K::Neg: return negate(e);
    case K::Mul: case K::Div: case K::Add: case K::Sub: return arith(e);
    case K::Cmp: return compare(e);
    case K::In: return membership(e);
    case K::IsNone: {
      Node x = expr(*e.kids[0]);
      Node n = make(Op::IsNone, Type::of(Base::Bool), e.span);
      n.negated = e.negated;
      n.kids.push_back(std::move(x));
      return n;
    }
    case K::Not: case K::And: case K::Or: return logic(e);
  }
  return error_node(e.span);
}

Node Checker::condition(const ast::Expr& e, std::string_view role) {
  Node n = expr(e);
  if (!want_bool(n, role)) return error_node(e.span);
  return n;
}

Node Checker::collection(const ast::Expr& e, std::string_view role) {
  Node n = expr(e);
  if (n.type.list || n.type.lenient()) return n;
  error(Code::NotACollection, n.span, std::string(role) + " needs a collection, but this is " + describe(n.type),
        "a collection is the plural of a kind (touchpoints, components, ...), handoffs, or a list-valued field "
        "such as t.channels");
  return error_node(e.span);
}

bool Checker::want_bool(const Node& n, std::string_view role) {
  if (n.type.is(Base::Bool) || n.type.lenient()) return true;
  std::string help;
  if (n.type.list && n.type.base == Base::Bool)
    help = "this is a list: say which of its values must hold, with `all x in ...: x` or `any x in ...: x`";
  else if (n.type.list)
    help = "test a list with count(...) > 0, `x in ...`, or a quantifier (all/any/no)";
  else if (n.type.numeric())
    help = "compare it, for example `... > 0`";
  else
    help = "compare it with `==`, or test it with `is not none`";
  error(Code::NotBoolean, n.span, std::string(role) + " must be true or false, but this is " + describe(n.type), help);
  return false;
}

// Types the operand that can stand alone first, so a bare name on the other
// side reads as a value of its type (`settle == t.phase` works too).
std::pair<Node, Node> Checker::operands(const ast::Expr& a, const ast::Expr& b) {
  if (needs_hint(a) && !needs_hint(b)) {
    Node rb = expr(b);
    Type h = rb.type;
    Node ra = expr(a, &h);
    return {std::move(ra), std::move(rb)};
  }
  Node ra = expr(a);
  Type h = ra.type;
  Node rb = expr(b, &h);
  return {std::move(ra), std::move(rb)};
}

namespace {

std::string mismatch_help(const Type& a, const Type& b, bool ordering) {
  if (a.list != b.list && !a.lenient() && !b.lenient())
    return "one side is a list: test membership with `x in LIST`, or use count/all/any";
  if (ordering && (a.list || b.list)) return "compare a number taken from the list: count(...), min(...) or max(...)";
  if (a.base == Base::Quantity && b.base == Base::Quantity)
    return "quantities compare only within one dimension (durations with durations, money with money)";
  if ((a.base == Base::Quantity && b.base == Base::Number) || (a.base == Base::Number && b.base == Base::Quantity)) {
    schema::Dim d = a.base == Base::Quantity ? a.dim : b.dim;
    return "write the number with a unit: " + std::string(schema::dim_name(d));
  }
  if (ordering) return "only numbers, quantities, dates and quarters are ordered";
  return "both sides must be of one type";
}

}  // namespace

// Read as the model reads written values: zero needs no unit (`t.cost > 0`),
// and a plain number is per year for a rate (`t.volume > 100000`).
void plain_literal_as_quantity(Node& lit, const Node& other) {
  if (!lit.is_const() || !lit.type.is(Base::Number) || !other.type.is(Base::Quantity)) return;
  if (lit.value.number != 0 && other.type.dim != schema::Dim::Rate) return;
  lit.type = Type::quantity(other.type.dim);
  lit.value.tag = model::Val::Tag::Quantity;
  lit.value.dim = other.type.dim;
}

Node Checker::compare(const ast::Expr& e) {
  auto [a, b] = operands(*e.kids[0], *e.kids[1]);
  plain_literal_as_quantity(a, b);
  plain_literal_as_quantity(b, a);
  bool ordering = e.op != ast::CmpOp::Eq && e.op != ast::CmpOp::Ne;
  bool ok = ordering ? ordered(a.type, b.type) : equatable(a.type, b.type);
  if (!ok) {
    error(Code::TypeMismatch, e.span, "cannot compare " + describe(a.type) + " with " + describe(b.type),
          mismatch_help(a.type, b.type, ordering));
    return error_node(e.span);
  }
  Node n = make(Op::Cmp, Type::of(Base::Bool), e.span, std::move(a), std::move(b));
  n.cmp = e.op;
  return n;
}

Node Checker::membership(const ast::Expr& e) {
  const ast::Expr& xe = *e.kids[0];
  const ast::Expr& le = *e.kids[1];
  Node x, l;
  if (needs_hint(xe) && !needs_hint(le)) {
    l = expr(le);
    Type h = l.type.element();
    x = expr(xe, &h);
  } else {
    x = expr(xe);
    Type h = x.type.as_list();
    l = expr(le, &h);
  }
  if (!l.type.list && !l.type.lenient()) {
    error(Code::NotACollection, l.span, "`in` needs a list on its right, but this is " + describe(l.type),
          "compare single values with `==`");
    return error_node(e.span);
  }
  if (x.type.list && !x.type.lenient()) {
    error(Code::TypeMismatch, x.span, "`in` looks for one value, but this is " + describe(x.type),
          "to test every item use `all y in ...: y in ...`");
    return error_node(e.span);
  }
  if (!equatable(x.type, l.type.element())) {
    error(Code::TypeMismatch, e.span,
          "cannot look for " + describe(x.type) + " in " + describe(l.type),
          "the value must be of the type of the list's items");
    return error_node(e.span);
  }
  Node n = make(Op::In, Type::of(Base::Bool), e.span, std::move(x), std::move(l));
  n.negated = e.negated;
  return n;
}

Node Checker::logic(const ast::Expr& e) {
  Op op = e.kind == K::Not ? Op::Not : e.kind == K::And ? Op::And : Op::Or;
  std::string_view role = e.kind == K::Not   ? "the operand of `not`"
                          : e.kind == K::And ? "each side of `and`"
                                             : "each side of `or`";
  Node n = make(op, Type::of(Base::Bool), e.span);
  bool ok = true;
  for (const auto& kid : e.kids) {
    Node k = expr(*kid);
    ok = want_bool(k, role) && ok;
    n.kids.push_back(std::move(k));
  }
  return ok ? n : error_node(e.span);
}

Node Checker::list(const ast::Expr& e, const Type* hint) {
  Type item_hint = hint ? hint->element() : Type{};
  Type item = Type::of(Base::None);
  Node n = make(Op::List, Type{}, e.span);
  bool ok = true;
  for (const auto& kid : e.kids) {
    Node k = expr(*kid, hint ? &item_hint : nullptr);
    if (k.type.list && !k.type.lenient()) {
      error(Code::TypeMismatch, k.span, "lists do not nest: this item is " + describe(k.type),
            "write the items in one list: [a, b, c]");
      ok = false;
    } else if (k.type.error()) {
      ok = false;
    } else if (item.base == Base::None) {
      item = k.type;
    } else if (!equatable(item, k.type)) {
      error(Code::TypeMismatch, k.span,
            "the items of a list are of one type: this is " + describe(k.type) + ", the first is " + describe(item),
            "split the list, or compare the items one by one");
      ok = false;
    }
    n.kids.push_back(std::move(k));
  }
  if (!ok) return error_node(e.span);
  n.type = item.as_list();
  return n;
}

}  // namespace kubus::rules
