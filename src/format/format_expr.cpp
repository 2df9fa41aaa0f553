// Canonical one-line text of values and rule expressions. Only whitespace
// changes: the tokens are printed in their original order (parentheses are a
// node of their own), so the printed text parses back to the same tree.
#include <string>

#include "format/layout.h"
#include "support/text.h"

namespace kubus::format {
namespace {

using ast::ExprKind;

void print(const ast::Expr& e, std::string& out);

void binary(const ast::Expr& e, std::string_view op, std::string& out) {
  print(*e.kids[0], out);
  out += ' ';
  out += op;
  out += ' ';
  print(*e.kids[1], out);
}

// `all x in coll: cond` and `[x in coll where cond]` share the binder.
void binder(const ast::Expr& e, std::string_view sep, std::string& out) {
  out += e.var.text;
  out += " in ";
  print(*e.kids[0], out);
  out += sep;
  print(*e.kids[1], out);
}

void print(const ast::Expr& e, std::string& out) {
  switch (e.kind) {
    case ExprKind::Number: out += number_text(e.text, e.unit); return;
    case ExprKind::String:
    case ExprKind::Bool:
    case ExprKind::None:
    case ExprKind::Date:
    case ExprKind::Quarter:
    case ExprKind::Name: out += e.text; return;
    case ExprKind::Path:
      print(*e.kids[0], out);
      out += '.';
      out += e.text;
      return;
    case ExprKind::Call:
      out += e.text;
      out += '(';
      print(*e.kids[0], out);
      out += ')';
      return;
    case ExprKind::Filter:
      out += '[';
      binder(e, " where ", out);
      out += ']';
      return;
    case ExprKind::List:
      out += '[';
      for (std::size_t i = 0; i < e.kids.size(); ++i) {
        if (i > 0) out += ", ";
        print(*e.kids[i], out);
      }
      out += ']';
      return;
    case ExprKind::Paren:
      out += '(';
      print(*e.kids[0], out);
      out += ')';
      return;
    case ExprKind::Neg:
      out += '-';
      print(*e.kids[0], out);
      return;
    case ExprKind::Not:
      out += "not ";
      print(*e.kids[0], out);
      return;
    case ExprKind::Mul: binary(e, "*", out); return;
    case ExprKind::Div: binary(e, "/", out); return;  // spaces matter: `/year` is a unit
    case ExprKind::Add: binary(e, "+", out); return;
    case ExprKind::Sub: binary(e, "-", out); return;  // spaces matter: `a-b` is a name
    case ExprKind::Cmp: binary(e, ast::cmp_text(e.op), out); return;
    case ExprKind::In: binary(e, e.negated ? "not in" : "in", out); return;
    case ExprKind::IsNone:
      print(*e.kids[0], out);
      out += e.negated ? " is not none" : " is none";
      return;
    case ExprKind::And: binary(e, "and", out); return;
    case ExprKind::Or: binary(e, "or", out); return;
    case ExprKind::All:
    case ExprKind::Any:
    case ExprKind::No:
      out += e.kind == ExprKind::All ? "all " : e.kind == ExprKind::Any ? "any " : "no ";
      binder(e, ": ", out);
      return;
  }
}

}  // namespace

std::size_t width(std::string_view s) { return utf8_length(s); }

std::string number_text(std::string_view number, std::string_view unit) {
  std::string out;
  // The parser keeps a sign that was written apart (`- 5`, even across a line or
  // a comment) in the text; the digits are the last whitespace-free run.
  if (!number.empty() && number.front() == '-') {
    out += '-';
    auto last_space = number.find_last_of(" \t\r\n\f");
    number.remove_prefix(last_space == std::string_view::npos ? 1 : last_space + 1);
  }
  out += number;
  if (!unit.empty()) {
    out += ' ';
    out += unit;
  }
  return out;
}

std::string value_text(const ast::Value& v) {
  switch (v.kind) {
    case ast::ValueKind::Quantity: return number_text(v.text, v.unit());
    case ast::ValueKind::Handoff: return std::string(v.left().text) + " -> " + std::string(v.text);
    case ast::ValueKind::Comparison: {
      std::string out;
      if (!v.left().text.empty()) {
        out += v.left().text;
        out += ' ';
      }
      out += ast::cmp_text(v.op);
      out += ' ';
      if (!v.items.empty()) out += value_text(v.items[0]);
      return out;
    }
    case ast::ValueKind::List: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.items.size(); ++i) {
        if (i > 0) out += ", ";
        out += value_text(v.items[i]);
      }
      return out + "]";
    }
    default: return std::string(v.text);  // strings, booleans, dates, references: as written
  }
}

std::string expr_text(const ast::Expr& e) {
  std::string out;
  print(e, out);
  return out;
}

}  // namespace kubus::format
