// `kubus explain`: the operands of an instance's `expect` condition with the
// values they had, so a reader sees why it passed or failed.
#include "eval/eval.h"
#include "eval/evaluator.h"
#include "eval/render.h"

namespace kubus::eval {
namespace {

using rules::Node;
using rules::Op;

std::string_view op_text(Op op) {
  switch (op) {
    case Op::Add: return " + ";
    case Op::Sub: return " - ";
    case Op::Mul: return " * ";
    case Op::Div: return " / ";
    case Op::And: return " and ";
    case Op::Or: return " or ";
    default: return " ";
  }
}

// The expression as a rule author writes it, rebuilt from the compiled node.
std::string text(const model::Model& m, const Node& n) {
  switch (n.op) {
    case Op::Const: {
      std::string out;
      if (n.value.tag == model::Val::Tag::String) return quote(n.value.text);  // as written
      render(m, from_val(n.value), out, kDefaultLang);
      return out;
    }
    case Op::Var: case Op::Collection: return std::string(n.name);
    case Op::Path: return text(m, n.kids[0]) + "." + std::string(n.name);
    case Op::Call: return std::string(n.name) + "(" + text(m, n.kids[0]) + ")";
    case Op::List: {
      std::string out = "[";
      for (std::size_t i = 0; i < n.kids.size(); ++i) out += (i ? ", " : "") + text(m, n.kids[i]);
      return out + "]";
    }
    case Op::Filter:
      return "[" + std::string(n.name) + " in " + text(m, n.kids[0]) + " where " + text(m, n.kids[1]) + "]";
    case Op::All: case Op::Any: case Op::No: {
      std::string_view word = n.op == Op::All ? "all " : n.op == Op::Any ? "any " : "no ";
      return std::string(word) + std::string(n.name) + " in " + text(m, n.kids[0]) + ": " + text(m, n.kids[1]);
    }
    case Op::Neg: return "-" + text(m, n.kids[0]);
    case Op::Not: return "not " + text(m, n.kids[0]);
    case Op::Cmp:
      return text(m, n.kids[0]) + " " + std::string(ast::cmp_text(n.cmp)) + " " + text(m, n.kids[1]);
    case Op::In: return text(m, n.kids[0]) + (n.negated ? " not in " : " in ") + text(m, n.kids[1]);
    case Op::IsNone: return text(m, n.kids[0]) + (n.negated ? " is not none" : " is none");
    default: return "(" + text(m, n.kids[0]) + std::string(op_text(n.op)) + text(m, n.kids[1]) + ")";
  }
}

void operands(Evaluator& ev, const Node& n, std::vector<std::pair<std::string, std::string>>& out) {
  const model::Model& m = ev.model();
  auto add = [&](const Node& x) {
    if (x.is_const()) return;
    std::string value;
    render(m, ev.eval(x), value, kDefaultLang);
    out.emplace_back(text(m, x), std::move(value));
  };
  switch (n.op) {
    case Op::And: case Op::Or:
      operands(ev, n.kids[0], out);
      operands(ev, n.kids[1], out);
      return;
    case Op::Not: operands(ev, n.kids[0], out); return;
    case Op::Cmp: case Op::In: add(n.kids[0]); add(n.kids[1]); return;
    case Op::IsNone: add(n.kids[0]); return;
    default: add(n); return;
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> explain(const model::Model& m, const rules::CheckedRule& rule,
                                                         const Subject& s) {
  Evaluator ev(m);
  ev.begin(rule.slots);
  if (rule.collection) {
    Value v;
    if (s.kind == Subject::Kind::Entity) v = Value::entity(s.index);
    else if (s.kind == Subject::Kind::Handoff) v = Value::handoff(s.index);
    else if (s.kind == Subject::Kind::Nested) { v.tag = Value::Tag::Block; v.index = s.index; }
    ev.bind(0, v);
  }
  std::vector<std::pair<std::string, std::string>> out;
  operands(ev, rule.expect, out);
  return out;
}

}  // namespace kubus::eval
