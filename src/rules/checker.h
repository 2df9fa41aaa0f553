// Internal to the rules module: the expression checker shared by
// resolve_names.cpp, check_path.cpp, check_expr.cpp, check_ops.cpp,
// check_rule.cpp and message.cpp. It type-checks an ast::Expr in a scope of
// bound variables and returns its compiled Node.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diag/diagnostic.h"
#include "model/model.h"
#include "rules/compiled.h"
#include "syntax/ast.h"

namespace kubus::rules {

struct Binding {
  std::string_view name;
  Span span;
  Type type;
};

class Checker {
 public:
  // Decoded string constants are kept in `strings`, which outlives the rules.
  Checker(const model::Model& m, Diagnostics& diags, StringStore& strings);

  // Type-checks `e`. `hint` is the type of the other operand, which gives a
  // bare name its meaning (`t.phase == settle`: settle is a phase).
  Node expr(const ast::Expr& e, const Type* hint = nullptr);
  // A condition (`where`, `expect`): must be true or false.
  Node condition(const ast::Expr& e, std::string_view role);
  // A collection to iterate (`for`): must be a list.
  Node collection(const ast::Expr& e, std::string_view role);

  // Variables: the slot of a new binding is its depth, so siblings reuse slots.
  std::uint16_t bind(const ast::Name& var, const Type& t);
  void unbind() { scope_.pop_back(); }
  void reset() { scope_.clear(); max_slots_ = 0; }
  std::uint16_t slots() const { return max_slots_; }

  Diagnostics& diags() { return diags_; }
  const model::Model& model() const { return m_; }

 private:
  // resolve_names.cpp
  const Binding* lookup(std::string_view name) const;
  int collection_kind(std::string_view name) const;  // -1: not a collection name
  bool needs_hint(const ast::Expr& e) const;
  Node name(const ast::Expr& e, const Type* hint);
  Node name_as_value(const ast::Expr& e, const Type& hint, bool& resolved);
  Node unknown_name(const ast::Expr& e);
  Node number(const ast::Expr& e);
  Node literal(const ast::Expr& e);

  // check_path.cpp
  Node path(const ast::Expr& e);

  // check_expr.cpp
  std::pair<Node, Node> operands(const ast::Expr& a, const ast::Expr& b);
  Node compare(const ast::Expr& e);
  Node membership(const ast::Expr& e);
  Node logic(const ast::Expr& e);
  Node list(const ast::Expr& e, const Type* hint);
  bool want_bool(const Node& n, std::string_view role);

  // check_ops.cpp
  Node arith(const ast::Expr& e);
  Node negate(const ast::Expr& e);
  Node call(const ast::Expr& e);
  Node binder(const ast::Expr& e);
  bool want_number(const Node& n, std::string_view op);

  void error(Code code, Span span, std::string message, std::string help = {});

  const model::Model& m_;
  Diagnostics& diags_;
  StringStore& strings_;
  std::vector<Binding> scope_;
  std::uint16_t max_slots_ = 0;
  std::unordered_set<std::string_view> broken_;  // IDs of declarations that failed to parse
};

// A node of a sub-expression that failed: type Error, so nothing above it is reported again.
Node error_node(Span span);
// Builds a node of the given op and type with the given kids.
Node make(Op op, const Type& t, Span span, std::vector<Node> kids = {});
// The same for the common case of two operands.
Node make(Op op, const Type& t, Span span, Node a, Node b);
std::string quoted(std::string_view s);  // 'name'
// A unit-less number literal beside a quantity, converted where the model would
// accept it written in a field: 0 of any dimension, a plain number as a rate per year.
void plain_literal_as_quantity(Node& lit, const Node& other);

}  // namespace kubus::rules
