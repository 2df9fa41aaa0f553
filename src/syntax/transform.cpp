#include "syntax/transform.h"

namespace kubus::syntax {
namespace {

using P = kubus_antlr::KubusParser;

class Transformer {
 public:
  explicit Transformer(const TokenMap& map) : map_(map) {}

  ast::Decl decl(P::StatementContext* s) {
    if (auto* u = s->useStmt()) return use(u);
    if (auto* r = s->ruleDecl()) return rule(r);
    return entity(s->entityDecl());
  }

 private:
  ast::Name name(P::NameContext* n) { return {map_.text(n->getStart()), map_.span(n->getStart())}; }
  ast::Name name(P::ExprNameContext* n) { return {map_.text(n->getStart()), map_.span(n->getStart())}; }

  ast::Decl use(P::UseStmtContext* u) {
    ast::Decl d{ast::DeclKind::Use, map_.span(u), {map_.text(u->USE()->getSymbol()), map_.span(u->USE()->getSymbol())}};
    if (u->name()) d.id = name(u->name());
    if (auto* s = u->STRING()) {
      d.title = map_.text(s->getSymbol());
      d.title_span = map_.span(s->getSymbol());
    }
    return d;
  }

  ast::Decl entity(P::EntityDeclContext* e) {
    ast::Decl d{ast::DeclKind::Entity, map_.span(e), name(e->kind), name(e->id)};
    if (auto* s = e->STRING()) {
      d.title = map_.text(s->getSymbol());
      d.title_span = map_.span(s->getSymbol());
    }
    if (auto* b = e->block()) {
      d.has_block = true;
      d.members = members(b);
    }
    return d;
  }

  ast::Decl rule(P::RuleDeclContext* r) {
    ast::Decl d{ast::DeclKind::Rule, map_.span(r), {map_.text(r->RULE()->getSymbol()), map_.span(r->RULE()->getSymbol())},
                name(r->name())};
    if (auto* s = r->STRING()) {
      d.title = map_.text(s->getSymbol());
      d.title_span = map_.span(s->getSymbol());
    }
    d.has_block = true;
    for (auto* item : r->ruleItem()) {
      ast::RuleItem ri{ast::RuleItemKind::Field, map_.span(item)};
      if (auto* f = dynamic_cast<P::ForClauseContext*>(item)) {
        ri.kind = ast::RuleItemKind::For;
        ri.var = name(f->name());
        ri.coll = expr(f->expr(0));
        if (f->WHERE()) ri.where = expr(f->expr(1));
      } else if (auto* x = dynamic_cast<P::ExpectClauseContext*>(item)) {
        ri.kind = ast::RuleItemKind::Expect;
        ri.coll = expr(x->expr());
      } else {
        ri.field = member(static_cast<P::RuleFieldContext*>(item)->member());
      }
      d.items.push_back(std::move(ri));
    }
    return d;
  }

  std::vector<ast::Member> members(P::BlockContext* b) {
    std::vector<ast::Member> out;
    auto ms = b->member();
    out.reserve(ms.size());
    for (auto* m : ms) out.push_back(member(m));
    return out;
  }

  ast::Member member(P::MemberContext* m) {
    ast::Member out;
    out.span = map_.span(m);
    if (auto* f = dynamic_cast<P::FieldMemberContext*>(m)) {
      out.key = name(f->name());
      out.value = value(f->value());
    } else {
      auto* b = static_cast<P::BlockMemberContext*>(m);
      out.key = name(b->name());
      out.is_block = true;
      out.members = members(b->block());
    }
    return out;
  }

  ast::Value quantity(P::QuantityContext* q) {
    ast::Value v{ast::ValueKind::Quantity};
    v.span = map_.span(q);
    // The sign belongs to the number text; `-` and the digits may be apart.
    std::string_view num = map_.text(q->NUMBER()->getSymbol());
    if (q->MINUS()) {
      std::string_view minus = map_.text(q->MINUS()->getSymbol());
      v.text = std::string_view(minus.data(), static_cast<std::size_t>(num.data() + num.size() - minus.data()));
    } else {
      v.text = num;
    }
    if (auto* u = q->unit()) v.unit = map_.text(u->getStart());
    return v;
  }

  ast::Value leaf(ast::ValueKind k, antlr4::Token* t) {
    ast::Value v{k};
    v.span = map_.span(t);
    v.text = map_.text(t);
    if (k == ast::ValueKind::Bool) v.boolean = t->getType() == P::TRUE;
    return v;
  }

  ast::Value scalar(P::ScalarContext* s) {
    if (auto* q = s->quantity()) return quantity(q);
    if (auto* n = s->name()) return leaf(ast::ValueKind::Ref, n->getStart());
    auto* t = s->getStart();
    switch (t->getType()) {
      case P::STRING: return leaf(ast::ValueKind::String, t);
      case P::DATE: return leaf(ast::ValueKind::Date, t);
      case P::QUARTER: return leaf(ast::ValueKind::Quarter, t);
      default: return leaf(ast::ValueKind::Bool, t);
    }
  }

  static ast::CmpOp cmp(P::CmpOpContext* c) {
    switch (c->getStart()->getType()) {
      case P::EQ: return ast::CmpOp::Eq;
      case P::NE: return ast::CmpOp::Ne;
      case P::LT: return ast::CmpOp::Lt;
      case P::LE: return ast::CmpOp::Le;
      case P::GT: return ast::CmpOp::Gt;
      default: return ast::CmpOp::Ge;
    }
  }

  ast::Value value(P::ValueContext* v) {
    if (auto* q = dynamic_cast<P::QuantityValueContext*>(v)) return quantity(q->quantity());
    if (dynamic_cast<P::StringValueContext*>(v)) return leaf(ast::ValueKind::String, v->getStart());
    if (dynamic_cast<P::BoolValueContext*>(v)) return leaf(ast::ValueKind::Bool, v->getStart());
    if (dynamic_cast<P::DateValueContext*>(v)) return leaf(ast::ValueKind::Date, v->getStart());
    if (dynamic_cast<P::QuarterValueContext*>(v)) return leaf(ast::ValueKind::Quarter, v->getStart());
    if (dynamic_cast<P::RefValueContext*>(v)) return leaf(ast::ValueKind::Ref, v->getStart());
    ast::Value out;
    out.span = map_.span(v);
    if (auto* h = dynamic_cast<P::HandoffValueContext*>(v)) {
      out.kind = ast::ValueKind::Handoff;
      out.left = name(h->name(0));
      out.text = map_.text(h->name(1)->getStart());
    } else if (auto* c = dynamic_cast<P::ComparisonValueContext*>(v)) {
      out.kind = ast::ValueKind::Comparison;
      if (c->name()) out.left = name(c->name());
      out.op = cmp(c->cmpOp());
      out.items.push_back(scalar(c->scalar()));
    } else {
      auto* l = static_cast<P::ListValueContext*>(v);
      out.kind = ast::ValueKind::List;
      auto vs = l->value();
      out.items.reserve(vs.size());
      for (auto* item : vs) out.items.push_back(value(item));
    }
    return out;
  }

  ast::ExprPtr make(ast::ExprKind k, antlr4::ParserRuleContext* ctx) {
    auto e = std::make_unique<ast::Expr>();
    e->kind = k;
    e->span = map_.span(ctx);
    return e;
  }

  ast::ExprPtr binary(ast::ExprKind k, antlr4::ParserRuleContext* ctx, P::ExprContext* a, P::ExprContext* b) {
    auto e = make(k, ctx);
    e->kids.push_back(expr(a));
    e->kids.push_back(expr(b));
    return e;
  }

  ast::ExprPtr expr(P::ExprContext* x) {
    if (auto* p = dynamic_cast<P::PrimaryExprContext*>(x)) return primary(p->primary());
    if (auto* p = dynamic_cast<P::PathExprContext*>(x)) {
      auto e = make(ast::ExprKind::Path, x);
      e->text = map_.text(p->name()->getStart());
      e->var = name(p->name());
      e->kids.push_back(expr(p->expr()));
      return e;
    }
    if (auto* p = dynamic_cast<P::NegExprContext*>(x)) {
      auto e = make(ast::ExprKind::Neg, x);
      e->kids.push_back(expr(p->expr()));
      return e;
    }
    if (auto* p = dynamic_cast<P::NotExprContext*>(x)) {
      auto e = make(ast::ExprKind::Not, x);
      e->kids.push_back(expr(p->expr()));
      return e;
    }
    if (auto* p = dynamic_cast<P::MulExprContext*>(x))
      return binary(p->op->getType() == P::STAR ? ast::ExprKind::Mul : ast::ExprKind::Div, x, p->expr(0), p->expr(1));
    if (auto* p = dynamic_cast<P::AddExprContext*>(x))
      return binary(p->op->getType() == P::PLUS ? ast::ExprKind::Add : ast::ExprKind::Sub, x, p->expr(0), p->expr(1));
    if (auto* p = dynamic_cast<P::CmpExprContext*>(x)) {
      auto e = binary(ast::ExprKind::Cmp, x, p->expr(0), p->expr(1));
      e->op = cmp(p->cmpOp());
      return e;
    }
    if (auto* p = dynamic_cast<P::InExprContext*>(x)) {
      auto e = binary(ast::ExprKind::In, x, p->expr(0), p->expr(1));
      e->negated = p->NOT() != nullptr;
      return e;
    }
    if (auto* p = dynamic_cast<P::IsNoneExprContext*>(x)) {
      auto e = make(ast::ExprKind::IsNone, x);
      e->negated = p->NOT() != nullptr;
      e->kids.push_back(expr(p->expr()));
      return e;
    }
    if (auto* p = dynamic_cast<P::AndExprContext*>(x)) return binary(ast::ExprKind::And, x, p->expr(0), p->expr(1));
    if (auto* p = dynamic_cast<P::OrExprContext*>(x)) return binary(ast::ExprKind::Or, x, p->expr(0), p->expr(1));
    auto* q = static_cast<P::QuantExprContext*>(x);
    ast::ExprKind k = q->q->getType() == P::ALL ? ast::ExprKind::All
                      : q->q->getType() == P::ANY ? ast::ExprKind::Any
                                                  : ast::ExprKind::No;
    auto e = binary(k, x, q->expr(0), q->expr(1));
    e->var = name(q->name());
    return e;
  }

  ast::ExprPtr primary(P::PrimaryContext* p) {
    if (auto* n = dynamic_cast<P::NumberPrimaryContext*>(p)) {
      auto e = make(ast::ExprKind::Number, p);
      ast::Value q = quantity(n->quantity());
      e->text = q.text;
      e->unit = q.unit;
      return e;
    }
    auto leaf = [&](ast::ExprKind k) {
      auto e = make(k, p);
      e->text = map_.text(p->getStart());
      return e;
    };
    if (dynamic_cast<P::StringPrimaryContext*>(p)) return leaf(ast::ExprKind::String);
    if (dynamic_cast<P::BoolPrimaryContext*>(p)) {
      auto e = leaf(ast::ExprKind::Bool);
      e->boolean = p->getStart()->getType() == P::TRUE;
      return e;
    }
    if (dynamic_cast<P::NonePrimaryContext*>(p)) return leaf(ast::ExprKind::None);
    if (dynamic_cast<P::DatePrimaryContext*>(p)) return leaf(ast::ExprKind::Date);
    if (dynamic_cast<P::QuarterPrimaryContext*>(p)) return leaf(ast::ExprKind::Quarter);
    if (dynamic_cast<P::NamePrimaryContext*>(p)) return leaf(ast::ExprKind::Name);
    if (auto* c = dynamic_cast<P::CallPrimaryContext*>(p)) {
      auto e = make(ast::ExprKind::Call, p);
      e->text = map_.text(c->exprName()->getStart());
      e->var = name(c->exprName());
      e->kids.push_back(expr(c->expr()));
      return e;
    }
    if (auto* f = dynamic_cast<P::FilterPrimaryContext*>(p)) {
      auto e = make(ast::ExprKind::Filter, p);
      e->var = name(f->name());
      e->kids.push_back(expr(f->expr(0)));
      e->kids.push_back(expr(f->expr(1)));
      return e;
    }
    if (auto* l = dynamic_cast<P::ListPrimaryContext*>(p)) {
      auto e = make(ast::ExprKind::List, p);
      for (auto* item : l->expr()) e->kids.push_back(expr(item));
      return e;
    }
    auto* paren = static_cast<P::ParenPrimaryContext*>(p);
    auto e = make(ast::ExprKind::Paren, p);
    e->kids.push_back(expr(paren->expr()));
    return e;
  }

  const TokenMap& map_;
};

}  // namespace

void transform_file(kubus_antlr::KubusParser::FileContext* ctx, const TokenMap& map, std::vector<ast::Decl>& out) {
  Transformer t(map);
  for (auto* s : ctx->statement()) out.push_back(t.decl(s));
}

}  // namespace kubus::syntax
