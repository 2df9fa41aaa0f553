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

}  // namespace

std::vector<CheckedRule> check_rules(const model::Model& m, Diagnostics& diags, std::vector<model::Waiver>* waivers) {
  std::vector<CheckedRule> out;
  int rule_kind = schema::kind_index("rule");
  if (rule_kind < 0 || static_cast<std::size_t>(rule_kind) >= m.kind_range.size()) return out;
  auto texts = std::make_shared<std::deque<std::string>>();  // the text of message expressions
  Checker checker(m, diags);
  auto [begin, end] = m.kind_range[static_cast<std::size_t>(rule_kind)];
  for (model::Index r = begin; r < end; ++r) {
    const model::Entity& rule = m.entities[r];
    if (!rule.decl) continue;
    std::size_t errors_before = diags.error_count();
    checker.reset();

    const ast::RuleItem* for_clause = nullptr;
    const ast::RuleItem* expect_clause = nullptr;
    for (const auto& item : rule.decl->items) {
      const ast::RuleItem** seen = item.kind == ast::RuleItemKind::For      ? &for_clause
                                   : item.kind == ast::RuleItemKind::Expect ? &expect_clause
                                                                            : nullptr;
      if (!seen) continue;
      if (*seen) {
        bool is_for = item.kind == ast::RuleItemKind::For;
        diags
            .add(Code::DuplicateClause, item.span,
                 std::string("rule ") + quoted(rule.id) + " has a second `" + (is_for ? "for" : "expect") + "` clause",
                 is_for ? "a rule iterates over one collection; filter it with `where`, or write a second rule"
                        : "join the conditions with `and`, or write a second rule")
            .related.push_back({(*seen)->span, "the first is here"});
        continue;
      }
      *seen = &item;
    }
    if (!expect_clause)
      diags.add(Code::MissingExpect, rule.id_span, "rule " + quoted(rule.id) + " has no `expect` clause",
                "add `expect CONDITION`: what must hold for every instance");

    CheckedRule cr;
    cr.entity = r;
    cr.keep = texts;
    if (for_clause) {
      cr.var = for_clause->var.text;
      cr.collection = checker.collection(*for_clause->coll, "`for`");
      Type item = cr.collection->type.lenient() ? Type::of(Base::Error) : cr.collection->type.element();
      checker.bind(for_clause->var, item);
      if (for_clause->where) cr.where = checker.condition(*for_clause->where, "the `where` condition");
    }
    if (expect_clause) cr.expect = checker.condition(*expect_clause->coll, "the `expect` condition");
    if (const ast::Value* msg = message_of(*rule.decl)) cr.message = check_message(checker, *msg, *texts);
    cr.slots = checker.slots();
    if (diags.error_count() == errors_before) out.push_back(std::move(cr));
  }
  auto checked = check_waivers(m, out, diags);
  if (waivers) *waivers = std::move(checked);
  return out;
}

}  // namespace kubus::rules
