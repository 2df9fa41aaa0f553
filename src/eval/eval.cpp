#include "eval/eval.h"

#include "eval/evaluator.h"
#include "eval/render.h"

namespace kubus::eval {
namespace {

Subject subject_of(const Value& v) {
  switch (v.tag) {
    case Value::Tag::Entity: return {Subject::Kind::Entity, v.index};
    case Value::Tag::Handoff: return {Subject::Kind::Handoff, v.index};
    case Value::Tag::Block: return {Subject::Kind::Nested, v.index};
    default: return {};
  }
}

std::string message(Evaluator& ev, const rules::CheckedRule& rule) {
  const model::Model& m = ev.model();
  if (rule.message.empty()) {
    const model::Entity& r = m.entities[rule.entity];
    return r.title.empty() ? "rule '" + std::string(r.id) + "' does not hold" : std::string(m.display(r));
  }
  std::string out;
  out.reserve(128);  // one allocation for a typical finding's text
  for (const auto& part : rule.message) {
    if (part.expr) render(m, ev.eval(*part.expr), out);
    else out += part.text;
  }
  return out;
}

// Runs one instance whose subject (if any) is bound in slot 0; an element that
// fails the `where` condition is no instance and is not counted.
void instance(Evaluator& ev, const rules::CheckedRule& rule, const Subject& s, Span rule_span,
              const Options& options, RuleResult& out) {
  if (rule.where && !ev.test(*rule.where) && !ev.failed()) return;
  Instance inst;
  inst.subject = s;
  if (!ev.failed()) {
    bool holds = ev.test(rule.expect);
    if (!ev.failed()) {
      inst.outcome = holds ? Outcome::Pass : Outcome::Fail;
      inst.span = s.kind == Subject::Kind::None ? rule_span : subject_span(ev.model(), s);
      if (!holds) inst.message = message(ev, rule);
    }
  }
  if (ev.failed()) {
    inst.outcome = Outcome::Error;
    inst.message = ev.error();
    inst.span = ev.error_span();
  }
  switch (inst.outcome) {
    case Outcome::Pass: ++out.passed; break;
    case Outcome::Fail: ++out.failed; break;
    case Outcome::Error: ++out.errors; break;
  }
  if (inst.outcome != Outcome::Pass || options.keep_passing) out.instances.push_back(std::move(inst));
}

RuleResult evaluate_one(Evaluator& ev, const rules::CheckedRule& rule, const Options& options) {
  const model::Model& m = ev.model();
  const model::Entity& r = m.entities[rule.entity];
  RuleResult rr;
  rr.rule = rule.entity;
  rr.severity = m.field(r, "severity").text;
  ev.begin(rule.slots);
  if (!rule.collection) {
    instance(ev, rule, {}, r.span, options, rr);
    return rr;
  }
  // The collection is evaluated once; its buffers stay below every instance's.
  Value coll = ev.eval(*rule.collection);
  std::size_t keep = ev.pool_mark();
  std::uint32_t size = coll.list() ? coll.size : 0;
  for (std::uint32_t k = 0; k < size; ++k) {
    Value x = item(coll, k);
    ev.begin(rule.slots, keep);
    ev.bind(0, x);
    instance(ev, rule, subject_of(x), r.span, options, rr);
  }
  return rr;
}

}  // namespace

std::vector<RuleResult> evaluate(const model::Model& m, const std::vector<rules::CheckedRule>& rules,
                                 const Options& options) {
  std::vector<RuleResult> results;
  results.reserve(rules.size());
  std::vector<const rules::CheckedRule*> all;
  for (const auto& rule : rules) all.push_back(&rule);
  Columns columns(m, all);
  Evaluator ev(m, &columns);
  for (const auto& rule : rules) results.push_back(evaluate_one(ev, rule, options));
  return results;
}

RuleResult evaluate_rule(const model::Model& m, const rules::CheckedRule& rule, const Options& options) {
  Evaluator ev(m);
  return evaluate_one(ev, rule, options);
}

std::string subject_id(const model::Model& m, const Subject& s) {
  switch (s.kind) {
    case Subject::Kind::Entity: return std::string(m.entities[s.index].id);
    case Subject::Kind::Nested: return std::string(m.nested[s.index].id);
    case Subject::Kind::Handoff: {
      const model::Handoff& h = m.handoffs[s.index];
      return std::string(m.entities[h.from].id) + " -> " + std::string(m.entities[h.to].id);
    }
    case Subject::Kind::None: break;
  }
  return {};
}

Span subject_span(const model::Model& m, const Subject& s) {
  switch (s.kind) {
    case Subject::Kind::Entity: return m.entities[s.index].span;
    case Subject::Kind::Nested: return m.nested[s.index].span;
    case Subject::Kind::Handoff: return m.handoffs[s.index].span;
    case Subject::Kind::None: break;
  }
  return {};
}

}  // namespace kubus::eval
