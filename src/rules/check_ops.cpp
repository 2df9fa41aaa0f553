// Arithmetic, aggregate functions, quantifiers and filters.
#include <array>

#include "rules/checker.h"
#include "support/text.h"

namespace kubus::rules {
namespace {

using K = ast::ExprKind;

constexpr std::array<std::string_view, 5> kFunctions{"count", "sum", "avg", "min", "max"};

std::string_view op_text(K k) {
  switch (k) {
    case K::Add: return "+";
    case K::Sub: return "-";
    case K::Mul: return "*";
    case K::Div: return "/";
    default: return "-";
  }
}

// A quantity without a dimension (kpi.actual written without a unit) acts as a number.
bool plain(const Type& t) { return t.base == Base::Number || (t.base == Base::Quantity && t.dim == schema::Dim::None); }

}  // namespace

bool Checker::want_number(const Node& n, std::string_view op) {
  if (n.type.numeric() || n.type.lenient()) return true;
  std::string help = n.type.list ? "add up a list with sum(...), or count its items with count(...)"
                                 : "arithmetic works on numbers and quantities";
  error(Code::NotNumeric, n.span,
        "'" + std::string(op) + "' needs numbers or quantities, but this is " + describe(n.type), help);
  return false;
}

Node Checker::arith(const ast::Expr& e) {
  auto [a, b] = operands(*e.kids[0], *e.kids[1]);
  std::string_view op = op_text(e.kind);
  bool ok = want_number(a, op);
  ok = want_number(b, op) && ok;
  if (!ok) return error_node(e.span);
  Op code = e.kind == K::Add ? Op::Add : e.kind == K::Sub ? Op::Sub : e.kind == K::Mul ? Op::Mul : Op::Div;
  if (a.type.error() || b.type.error()) return error_node(e.span);
  if (code == Op::Add || code == Op::Sub) {
    plain_literal_as_quantity(a, b);
    plain_literal_as_quantity(b, a);
  }
  if (code == Op::Div && b.is_const() && (b.value.tag == model::Val::Tag::Number || b.value.tag == model::Val::Tag::Quantity) &&
      b.value.number == 0) {
    error(Code::DivisionByZero, b.span, "division by zero", "the divisor is always 0; divide by a number that is not 0");
    return error_node(e.span);
  }
  // `none` in arithmetic yields none; the type is the other side's.
  const Type& ta = a.type.base == Base::None ? b.type : a.type;
  const Type& tb = b.type.base == Base::None ? a.type : b.type;
  Type result;
  std::string problem, help;
  if (code == Op::Add || code == Op::Sub) {
    if (ta.base == Base::Number && tb.base == Base::Number) result = ta;
    else if (equatable(ta, tb)) result = ta.base == Base::Quantity && ta.dim != schema::Dim::None ? ta : tb;
    else {
      problem = std::string(code == Op::Add ? "cannot add " : "cannot subtract ") +
                (code == Op::Add ? describe(tb) + " to " + describe(ta) : describe(tb) + " from " + describe(ta));
      help = ta.base == tb.base ? "quantities add up only within one dimension"
                                : "write the number with a unit: " +
                                      std::string(schema::dim_name(ta.base == Base::Quantity ? ta.dim : tb.dim));
    }
  } else if (code == Op::Mul) {
    if (plain(ta)) result = tb;
    else if (plain(tb)) result = ta;
    else {
      problem = "cannot multiply " + describe(ta) + " by " + describe(tb);
      help = "multiply a quantity by a plain number";
    }
  } else {
    if (plain(tb)) result = ta;
    else {
      problem = "cannot divide " + describe(ta) + " by " + describe(tb);
      help = "divide a number or a quantity by a plain number";
    }
  }
  if (!problem.empty()) {
    error(Code::TypeMismatch, e.span, problem, help);
    return error_node(e.span);
  }
  result.list = false;
  return make(code, result, e.span, std::move(a), std::move(b));
}

Node Checker::negate(const ast::Expr& e) {
  Node x = expr(*e.kids[0]);
  if (!want_number(x, "-")) return error_node(e.span);
  Type t = x.type;
  std::vector<Node> kids;
  kids.push_back(std::move(x));
  return make(Op::Neg, t, e.span, std::move(kids));
}

Node Checker::call(const ast::Expr& e) {
  std::size_t fi = 0;
  while (fi < kFunctions.size() && kFunctions[fi] != e.text) ++fi;
  Node arg = expr(*e.kids[0]);
  if (fi == kFunctions.size()) {
    std::vector<std::string> names(kFunctions.begin(), kFunctions.end());
    std::string help = "the functions are count, sum, avg, min and max";
    if (auto g = closest(e.text, names)) help = "did you mean " + quoted(*g) + "? " + help;
    error(Code::UnknownFunction, e.var.span, "unknown function " + quoted(e.text), help);
    return error_node(e.span);
  }
  if (arg.type.error()) return error_node(e.span);
  auto fn = static_cast<Fn>(fi);
  std::string name(kFunctions[fi]);
  if (!arg.type.list && arg.type.base != Base::None) {
    error(Code::NotACollection, arg.span, name + "(...) needs a list, but this is " + describe(arg.type),
          fn == Fn::Count ? "count the items of a collection or list field, e.g. count(t.channels)"
                          : "aggregate a list of numbers, e.g. " + name + "(t.uses.cost)");
    return error_node(e.span);
  }
  Type result = Type::of(Base::Number);
  if (fn != Fn::Count) {
    Type item = arg.type.element();
    if (!item.numeric() && !item.lenient()) {
      error(Code::NotNumeric, arg.span, name + "(...) needs a list of numbers or quantities, but this is " + describe(arg.type),
            "aggregate a numeric field, e.g. " + name + "(t.uses.cost), or count the items with count(...)");
      return error_node(e.span);
    }
    if (item.base == Base::Quantity) result = item;
  }
  Node n = make(Op::Call, result, e.span);
  n.fn = fn;
  n.name = kFunctions[fi];
  n.kids.push_back(std::move(arg));
  return n;
}

// Filters and quantifiers bind a variable to each item of a collection.
Node Checker::binder(const ast::Expr& e) {
  std::string_view word = e.kind == K::Filter ? "a filter [x in ... where ...]"
                          : e.kind == K::All  ? "`all`"
                          : e.kind == K::Any  ? "`any`"
                                              : "`no`";
  Node coll = collection(*e.kids[0], word);
  Type item = coll.type.lenient() ? Type::of(Base::Error) : coll.type.element();
  std::uint16_t slot = bind(e.var, item);
  Node cond = condition(*e.kids[1], e.kind == K::Filter ? "the `where` condition" : "the condition after ':'");
  unbind();
  if (coll.type.error() || cond.type.error()) return error_node(e.span);
  Op op = e.kind == K::Filter ? Op::Filter : e.kind == K::All ? Op::All : e.kind == K::Any ? Op::Any : Op::No;
  Type t = e.kind == K::Filter ? coll.type : Type::of(Base::Bool);
  Node n = make(op, t, e.span, std::move(coll), std::move(cond));
  n.slot = slot;
  n.name = e.var.text;
  return n;
}

}  // namespace kubus::rules
