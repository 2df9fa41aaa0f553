// A rule's clauses: at most one `for`, exactly one `expect`; the `for`
// variable is in scope for `where`, `expect` and the message.
#include "rules/check.h"
#include "rules/checker.h"
#include "rules/message.h"

namespace kubus::rules {
namespace {

// The first `message: "..."` of a rule, if it is a string (the loader reports the rest).
const ast::Value* message_of(const ast::Decl& d) {
  for (const auto& item : d.items)
    if (item.kind == ast::RuleItemKind::Field && item.field.key.text == "message" && !item.field.is_block)
      return item.field.value.kind == ast::ValueKind::String ? &item.field.value : nullptr;
  return nullptr;
}

// Quantifiers and filters nested inside each other multiply the sizes of
// their collections: at this depth even collections of ten items take longer
// than the work limit allows (eval::kWorkLimit), so the rule is refused when
// the model loads rather than stopped when it runs.
constexpr int kMaxBinderNesting = 8;

bool binder(const Node& n) { return n.op == Op::Filter || n.op == Op::All || n.op == Op::Any || n.op == Op::No; }

// The first quantifier or filter nested deeper than kMaxBinderNesting; `depth`
// binders enclose `n`. A binder's collection is evaluated once per evaluation
// of the binder, so only its condition is one level deeper.
const Node* nested_too_deep(const Node& n, int depth) {
  if (binder(n)) {
    if (const Node* d = nested_too_deep(n.kids[0], depth)) return d;
    if (depth + 1 > kMaxBinderNesting) return &n;
    return nested_too_deep(n.kids[1], depth + 1);
  }
  for (const Node& kid : n.kids)
    if (const Node* d = nested_too_deep(kid, depth)) return d;
  return nullptr;
}

void check_nesting(const CheckedRule& cr, std::string_view id, Diagnostics& diags) {
  std::vector<const Node*> roots = {&cr.expect};
  if (cr.where) roots.push_back(&*cr.where);
  for (const auto* message : cr.messages())
    for (const auto& part : *message)
      if (part.expr) roots.push_back(&*part.expr);
  for (const Node* root : roots)
    if (const Node* deep = nested_too_deep(*root, 0)) {
      diags.add(Code::NestedTooDeep, deep->span,
                "rule " + quoted(id) + " nests quantifiers and filters more than " +
                    std::to_string(kMaxBinderNesting) + " deep",
                "each level multiplies the work by the size of its collection; split the condition, or "
                "narrow a collection with `where` and test it once");
      return;
    }
}

}  // namespace

namespace {

// A rule's `for` and `expect` clauses; a second of either is reported at it.
struct Clauses {
  const ast::RuleItem* for_clause = nullptr;
  const ast::RuleItem* expect_clause = nullptr;
};

Clauses clauses_of(const model::Entity& rule, Diagnostics& diags) {
  Clauses c;
  for (const auto& item : rule.decl->items) {
    bool is_for = item.kind == ast::RuleItemKind::For;
    if (!is_for && item.kind != ast::RuleItemKind::Expect) continue;
    const ast::RuleItem*& seen = is_for ? c.for_clause : c.expect_clause;
    if (!seen) {
      seen = &item;
      continue;
    }
    diags
        .add(Code::DuplicateClause, item.span,
             std::string("rule ") + quoted(rule.id) + " has a second `" + (is_for ? "for" : "expect") + "` clause",
             is_for ? "a rule iterates over one collection; filter it with `where`, or write a second rule"
                    : "join the conditions with `and`, or write a second rule")
        .related.push_back({seen->span, "the first is here"});
  }
  if (!c.expect_clause)
    diags.add(Code::MissingExpect, rule.id_span, "rule " + quoted(rule.id) + " has no `expect` clause",
              "add `expect CONDITION`: what must hold for every instance");
  return c;
}

// What the compiled rules point into: the text of message expressions, and
// decoded string constants.
struct Kept {
  std::deque<std::string> texts;
  StringStore strings;
};

// The messages of the rule's language blocks, each checked like the base
// message: the same variables in scope, the same placeholders allowed.
void translate_message(Checker& checker, model::Index r, CheckedRule& cr, Kept& kept) {
  const model::Model& m = checker.model();
  const int field = schema::field_index(m.spec(m.entities[r]), "message");
  for (const auto& l : kLanguages)
    if (const model::Variant* v = m.variant(r, field, l.lang))
      cr.translations.emplace_back(l.lang, check_message(checker, *v->value, kept.texts));
}

// One rule compiled by `checker`: its `for` binding, `where`, `expect` and message.
CheckedRule compile(Checker& checker, model::Index r, const model::Entity& rule, const Clauses& c,
                    const std::shared_ptr<Kept>& kept) {
  CheckedRule cr;
  cr.entity = r;
  cr.keep = kept;
  if (c.for_clause) {
    cr.var = c.for_clause->var.text;
    cr.collection = checker.collection(*c.for_clause->coll, "`for`");
    Type item = cr.collection->type.lenient() ? Type::of(Base::Error) : cr.collection->type.element();
    checker.bind(c.for_clause->var, item);
    if (c.for_clause->where) cr.where = checker.condition(*c.for_clause->where, "the `where` condition");
  }
  if (c.expect_clause) cr.expect = checker.condition(*c.expect_clause->coll, "the `expect` condition");
  if (const ast::Value* msg = message_of(*rule.decl)) cr.message = check_message(checker, *msg, kept->texts);
  translate_message(checker, r, cr, *kept);
  cr.slots = checker.slots();
  return cr;
}

}  // namespace

const std::vector<MessagePart>& CheckedRule::message_in(Lang lang) const {
  for (const auto& [l, parts] : translations)
    if (l == lang) return parts;
  return message;
}

std::vector<const std::vector<MessagePart>*> CheckedRule::messages() const {
  std::vector<const std::vector<MessagePart>*> out{&message};
  for (const auto& t : translations) out.push_back(&t.second);
  return out;
}

std::vector<CheckedRule> check_rules(const model::Model& m, Diagnostics& diags, std::vector<model::Waiver>* waivers) {
  std::vector<CheckedRule> out;
  int rule_kind = schema::kind_index("rule");
  if (rule_kind < 0 || static_cast<std::size_t>(rule_kind) >= m.kind_range.size()) return out;
  auto kept = std::make_shared<Kept>();
  Checker checker(m, diags, kept->strings);
  auto [begin, end] = m.kind_range[static_cast<std::size_t>(rule_kind)];
  for (model::Index r = begin; r < end; ++r) {
    const model::Entity& rule = m.entities[r];
    if (!rule.decl) continue;
    std::size_t errors_before = diags.error_count();
    checker.reset();
    Clauses c = clauses_of(rule, diags);
    CheckedRule cr = compile(checker, r, rule, c, kept);
    if (diags.error_count() == errors_before) check_nesting(cr, rule.id, diags);
    if (diags.error_count() == errors_before) out.push_back(std::move(cr));
  }
  auto checked = check_waivers(m, out, diags);
  if (waivers) *waivers = std::move(checked);
  return out;
}

}  // namespace kubus::rules
