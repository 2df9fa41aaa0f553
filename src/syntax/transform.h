// Internal to the syntax module: turns an error-free ANTLR parse tree into AST
// values. As in Kuzu's Transformer, there is one function per grammar rule,
// named after it, and each can be called on its own: `file` for a chunk of a
// file, `expression` for one expression (parse_expression), and any inner rule
// for the subtree it heads.
#pragma once
#include <string_view>
#include <vector>

#include "KubusParser.h"
#include "syntax/ast.h"
#include "syntax/token_map.h"

namespace kubus::syntax {

class Transformer {
 public:
  using P = kubus_antlr::KubusParser;

  explicit Transformer(const TokenMap& map) : map_(map) {}

  // Entry rules.
  void file(P::FileContext* ctx, std::vector<ast::Decl>& out);
  ast::ExprPtr expression(P::ExpressionContext* ctx);

  // Declarations.
  ast::Decl statement(P::StatementContext* ctx);
  ast::Decl useStmt(P::UseStmtContext* ctx);
  ast::Decl ruleDecl(P::RuleDeclContext* ctx);
  ast::RuleItem ruleItem(P::RuleItemContext* ctx);
  ast::Decl entityDecl(P::EntityDeclContext* ctx);
  ast::Array<ast::Member> block(P::BlockContext* ctx);
  ast::Member member(P::MemberContext* ctx);

  // Values.
  ast::Value value(P::ValueContext* ctx);
  ast::Value scalar(P::ScalarContext* ctx);
  ast::Value quantity(P::QuantityContext* ctx);
  std::string_view unit(P::UnitContext* ctx);
  static ast::CmpOp cmpOp(P::CmpOpContext* ctx);

  // Expressions.
  ast::ExprPtr expr(P::ExprContext* ctx);
  ast::ExprPtr primary(P::PrimaryContext* ctx);
  ast::Name exprName(P::ExprNameContext* ctx);
  ast::Name name(P::NameContext* ctx);

 private:
  ast::Value leaf(ast::ValueKind k, antlr4::Token* t);
  ast::ExprPtr make(ast::ExprKind k, antlr4::ParserRuleContext* ctx);
  ast::ExprPtr binary(ast::ExprKind k, antlr4::ParserRuleContext* ctx, P::ExprContext* a, P::ExprContext* b);
  ast::ExprPtr quantifier(P::QuantExprContext* ctx);

  const TokenMap& map_;
};

}  // namespace kubus::syntax
