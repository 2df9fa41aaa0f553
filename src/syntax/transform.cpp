#include "syntax/transform.h"

#include <span>

namespace kubus::syntax {

using P = kubus_antlr::KubusParser;

void Transformer::file(P::FileContext* ctx, std::vector<ast::Decl>& out) {
  for (auto* s : ctx->statement()) out.push_back(statement(s));
}

ast::ExprPtr Transformer::expression(P::ExpressionContext* ctx) { return expr(ctx->expr()); }

ast::Decl Transformer::statement(P::StatementContext* ctx) {
  if (auto* u = ctx->useStmt()) return useStmt(u);
  if (auto* r = ctx->ruleDecl()) return ruleDecl(r);
  return entityDecl(ctx->entityDecl());
}

ast::Decl Transformer::useStmt(P::UseStmtContext* ctx) {
  ast::Decl d{ast::DeclKind::Use, map_.span(ctx),
              {map_.text(ctx->USE()->getSymbol()), map_.span(ctx->USE()->getSymbol())}};
  if (ctx->name()) d.id = name(ctx->name());
  if (auto* s = ctx->STRING()) {
    d.title = map_.text(s->getSymbol());
    d.title_span = map_.span(s->getSymbol());
  }
  return d;
}

ast::Decl Transformer::ruleDecl(P::RuleDeclContext* ctx) {
  ast::Decl d{ast::DeclKind::Rule, map_.span(ctx),
              {map_.text(ctx->RULE()->getSymbol()), map_.span(ctx->RULE()->getSymbol())}, name(ctx->name())};
  if (auto* s = ctx->STRING()) {
    d.title = map_.text(s->getSymbol());
    d.title_span = map_.span(s->getSymbol());
  }
  d.has_block = true;
  for (auto* item : ctx->ruleItem()) d.items.push_back(ruleItem(item));
  return d;
}

ast::RuleItem Transformer::ruleItem(P::RuleItemContext* ctx) {
  ast::RuleItem ri{ast::RuleItemKind::Field, map_.span(ctx)};
  if (auto* f = dynamic_cast<P::ForClauseContext*>(ctx)) {
    ri.kind = ast::RuleItemKind::For;
    ri.var = name(f->name());
    ri.coll = expr(f->expr(0));
    if (f->WHERE()) ri.where = expr(f->expr(1));
  } else if (auto* x = dynamic_cast<P::ExpectClauseContext*>(ctx)) {
    ri.kind = ast::RuleItemKind::Expect;
    ri.coll = expr(x->expr());
  } else {
    ri.field = member(static_cast<P::RuleFieldContext*>(ctx)->member());
  }
  return ri;
}

ast::Decl Transformer::entityDecl(P::EntityDeclContext* ctx) {
  ast::Decl d{ast::DeclKind::Entity, map_.span(ctx), name(ctx->kind), name(ctx->id)};
  if (auto* s = ctx->STRING()) {
    d.title = map_.text(s->getSymbol());
    d.title_span = map_.span(s->getSymbol());
  }
  if (auto* b = ctx->block()) {
    d.has_block = true;
    d.members = block(b);
  }
  return d;
}

ast::Array<ast::Member> Transformer::block(P::BlockContext* ctx) {
  std::vector<ast::Member> out;
  auto ms = ctx->member();
  out.reserve(ms.size());
  for (auto* m : ms) out.push_back(member(m));
  return ast::Array<ast::Member>::adopt(out);
}

ast::Member Transformer::member(P::MemberContext* ctx) {
  ast::Member out;
  if (auto* f = dynamic_cast<P::FieldMemberContext*>(ctx)) {
    out.key = name(f->name());
    out.value = value(f->value());
  } else {
    auto* b = static_cast<P::BlockMemberContext*>(ctx);
    out.key = name(b->name());
    out.is_block = true;
    out.value.span = map_.span(b->block());
    out.members = block(b->block());
  }
  return out;
}

ast::Value Transformer::value(P::ValueContext* ctx) {
  if (auto* q = dynamic_cast<P::QuantityValueContext*>(ctx)) return quantity(q->quantity());
  if (dynamic_cast<P::StringValueContext*>(ctx)) return leaf(ast::ValueKind::String, ctx->getStart());
  if (dynamic_cast<P::BoolValueContext*>(ctx)) return leaf(ast::ValueKind::Bool, ctx->getStart());
  if (dynamic_cast<P::DateValueContext*>(ctx)) return leaf(ast::ValueKind::Date, ctx->getStart());
  if (dynamic_cast<P::QuarterValueContext*>(ctx)) return leaf(ast::ValueKind::Quarter, ctx->getStart());
  if (dynamic_cast<P::RefValueContext*>(ctx)) return leaf(ast::ValueKind::Ref, ctx->getStart());
  ast::Value out;
  out.span = map_.span(ctx);
  if (auto* h = dynamic_cast<P::HandoffValueContext*>(ctx)) {
    out.kind = ast::ValueKind::Handoff;
    out.aux = map_.text(h->name(0)->getStart());
    out.text = map_.text(h->name(1)->getStart());
  } else if (auto* c = dynamic_cast<P::ComparisonValueContext*>(ctx)) {
    out.kind = ast::ValueKind::Comparison;
    if (c->name()) out.aux = map_.text(c->name()->getStart());
    out.op = cmpOp(c->cmpOp());
    ast::Value target = scalar(c->scalar());
    out.items = ast::Array<ast::Value>::adopt(std::span(&target, 1));
  } else {
    auto* l = static_cast<P::ListValueContext*>(ctx);
    out.kind = ast::ValueKind::List;
    std::vector<ast::Value> items;
    for (auto* item : l->value()) items.push_back(value(item));
    out.items = ast::Array<ast::Value>::adopt(items);
  }
  return out;
}

ast::Value Transformer::scalar(P::ScalarContext* ctx) {
  if (auto* q = ctx->quantity()) return quantity(q);
  if (auto* n = ctx->name()) return leaf(ast::ValueKind::Ref, n->getStart());
  auto* t = ctx->getStart();
  switch (t->getType()) {
    case P::STRING: return leaf(ast::ValueKind::String, t);
    case P::DATE: return leaf(ast::ValueKind::Date, t);
    case P::QUARTER: return leaf(ast::ValueKind::Quarter, t);
    default: return leaf(ast::ValueKind::Bool, t);
  }
}

ast::Value Transformer::quantity(P::QuantityContext* ctx) {
  ast::Value v{ast::ValueKind::Quantity};
  v.span = map_.span(ctx);
  // The sign belongs to the number text; `-` and the digits may be apart.
  std::string_view num = map_.text(ctx->NUMBER()->getSymbol());
  if (ctx->MINUS()) {
    std::string_view minus = map_.text(ctx->MINUS()->getSymbol());
    v.text = std::string_view(minus.data(), static_cast<std::size_t>(num.data() + num.size() - minus.data()));
  } else {
    v.text = num;
  }
  if (auto* u = ctx->unit()) v.aux = unit(u);
  return v;
}

std::string_view Transformer::unit(P::UnitContext* ctx) { return map_.text(ctx->getStart()); }

ast::CmpOp Transformer::cmpOp(P::CmpOpContext* ctx) {
  switch (ctx->getStart()->getType()) {
    case P::EQ: return ast::CmpOp::Eq;
    case P::NE: return ast::CmpOp::Ne;
    case P::LT: return ast::CmpOp::Lt;
    case P::LE: return ast::CmpOp::Le;
    case P::GT: return ast::CmpOp::Gt;
    default: return ast::CmpOp::Ge;
  }
}

ast::ExprPtr Transformer::expr(P::ExprContext* ctx) {
  if (auto* p = dynamic_cast<P::PrimaryExprContext*>(ctx)) return primary(p->primary());
  if (auto* p = dynamic_cast<P::PathExprContext*>(ctx)) {
    auto e = make(ast::ExprKind::Path, ctx);
    e->text = map_.text(p->name()->getStart());
    e->var = name(p->name());
    e->kids.push_back(expr(p->expr()));
    return e;
  }
  if (auto* p = dynamic_cast<P::NegExprContext*>(ctx)) {
    auto e = make(ast::ExprKind::Neg, ctx);
    e->kids.push_back(expr(p->expr()));
    return e;
  }
  if (auto* p = dynamic_cast<P::NotExprContext*>(ctx)) {
    auto e = make(ast::ExprKind::Not, ctx);
    e->kids.push_back(expr(p->expr()));
    return e;
  }
  if (auto* p = dynamic_cast<P::MulExprContext*>(ctx))
    return binary(p->op->getType() == P::STAR ? ast::ExprKind::Mul : ast::ExprKind::Div, ctx, p->expr(0), p->expr(1));
  if (auto* p = dynamic_cast<P::AddExprContext*>(ctx))
    return binary(p->op->getType() == P::PLUS ? ast::ExprKind::Add : ast::ExprKind::Sub, ctx, p->expr(0), p->expr(1));
  if (auto* p = dynamic_cast<P::CmpExprContext*>(ctx)) {
    auto e = binary(ast::ExprKind::Cmp, ctx, p->expr(0), p->expr(1));
    e->op = cmpOp(p->cmpOp());
    return e;
  }
  if (auto* p = dynamic_cast<P::InExprContext*>(ctx)) {
    auto e = binary(ast::ExprKind::In, ctx, p->expr(0), p->expr(1));
    e->negated = p->NOT() != nullptr;
    return e;
  }
  if (auto* p = dynamic_cast<P::IsNoneExprContext*>(ctx)) {
    auto e = make(ast::ExprKind::IsNone, ctx);
    e->negated = p->NOT() != nullptr;
    e->kids.push_back(expr(p->expr()));
    return e;
  }
  if (auto* p = dynamic_cast<P::AndExprContext*>(ctx)) return binary(ast::ExprKind::And, ctx, p->expr(0), p->expr(1));
  if (auto* p = dynamic_cast<P::OrExprContext*>(ctx)) return binary(ast::ExprKind::Or, ctx, p->expr(0), p->expr(1));
  return quantifier(static_cast<P::QuantExprContext*>(ctx));
}

ast::ExprPtr Transformer::quantifier(P::QuantExprContext* ctx) {
  ast::ExprKind k = ctx->q->getType() == P::ALL   ? ast::ExprKind::All
                    : ctx->q->getType() == P::ANY ? ast::ExprKind::Any
                                                  : ast::ExprKind::No;
  auto e = binary(k, ctx, ctx->expr(0), ctx->expr(1));
  e->var = name(ctx->name());
  return e;
}

ast::ExprPtr Transformer::primary(P::PrimaryContext* ctx) {
  if (auto* n = dynamic_cast<P::NumberPrimaryContext*>(ctx)) {
    auto e = make(ast::ExprKind::Number, ctx);
    ast::Value q = quantity(n->quantity());
    e->text = q.text;
    e->unit = q.unit();
    return e;
  }
  auto leaf_of = [&](ast::ExprKind k) {
    auto e = make(k, ctx);
    e->text = map_.text(ctx->getStart());
    return e;
  };
  if (dynamic_cast<P::StringPrimaryContext*>(ctx)) return leaf_of(ast::ExprKind::String);
  if (dynamic_cast<P::BoolPrimaryContext*>(ctx)) {
    auto e = leaf_of(ast::ExprKind::Bool);
    e->boolean = ctx->getStart()->getType() == P::TRUE;
    return e;
  }
  if (dynamic_cast<P::NonePrimaryContext*>(ctx)) return leaf_of(ast::ExprKind::None);
  if (dynamic_cast<P::DatePrimaryContext*>(ctx)) return leaf_of(ast::ExprKind::Date);
  if (dynamic_cast<P::QuarterPrimaryContext*>(ctx)) return leaf_of(ast::ExprKind::Quarter);
  if (dynamic_cast<P::NamePrimaryContext*>(ctx)) return leaf_of(ast::ExprKind::Name);
  if (auto* c = dynamic_cast<P::CallPrimaryContext*>(ctx)) {
    auto e = make(ast::ExprKind::Call, ctx);
    e->var = exprName(c->exprName());
    e->text = e->var.text;
    e->kids.push_back(expr(c->expr()));
    return e;
  }
  if (auto* f = dynamic_cast<P::FilterPrimaryContext*>(ctx)) {
    auto e = make(ast::ExprKind::Filter, ctx);
    e->var = name(f->name());
    e->kids.push_back(expr(f->expr(0)));
    e->kids.push_back(expr(f->expr(1)));
    return e;
  }
  if (auto* l = dynamic_cast<P::ListPrimaryContext*>(ctx)) {
    auto e = make(ast::ExprKind::List, ctx);
    for (auto* item : l->expr()) e->kids.push_back(expr(item));
    return e;
  }
  auto e = make(ast::ExprKind::Paren, ctx);
  e->kids.push_back(expr(static_cast<P::ParenPrimaryContext*>(ctx)->expr()));
  return e;
}

ast::Name Transformer::exprName(P::ExprNameContext* ctx) {
  return {map_.text(ctx->getStart()), map_.span(ctx->getStart())};
}

ast::Name Transformer::name(P::NameContext* ctx) { return {map_.text(ctx->getStart()), map_.span(ctx->getStart())}; }

ast::Value Transformer::leaf(ast::ValueKind k, antlr4::Token* t) {
  ast::Value v{k};
  v.span = map_.span(t);
  v.text = map_.text(t);
  if (k == ast::ValueKind::Bool) v.boolean = t->getType() == P::TRUE;
  return v;
}

ast::ExprPtr Transformer::make(ast::ExprKind k, antlr4::ParserRuleContext* ctx) {
  auto e = std::make_unique<ast::Expr>();
  e->kind = k;
  e->span = map_.span(ctx);
  return e;
}

ast::ExprPtr Transformer::binary(ast::ExprKind k, antlr4::ParserRuleContext* ctx, P::ExprContext* a,
                                 P::ExprContext* b) {
  auto e = make(k, ctx);
  e->kids.push_back(expr(a));
  e->kids.push_back(expr(b));
  return e;
}

}  // namespace kubus::syntax
