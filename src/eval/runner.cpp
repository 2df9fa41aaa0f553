#include "eval/runner.h"

#include "eval/ahead.h"
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

}  // namespace

Runner::Runner(const model::Model& m, const Columns* columns, const Options& options)
    : ev_(m, columns), options_(options), columns_(columns && !columns->empty() ? columns : nullptr) {}

std::string Runner::message(const rules::CheckedRule& rule, bool& none) {
  const model::Model& m = ev_.model();
  const std::vector<rules::MessagePart>& parts = rule.message_in(options_.lang);
  if (parts.empty()) {  // the same text for every finding of the rule: worked out once
    if (plain_for_ != &rule) {
      const model::Entity& r = m.entities[rule.entity];
      plain_ = r.title.empty() ? "rule '" + std::string(r.id) + "' does not hold" : std::string(m.display(r, options_.lang));
      plain_for_ = &rule;
    }
    return plain_;
  }
  // Rendered into a reused buffer, then copied at its exact size: one
  // allocation per finding, and no more memory than its text needs.
  scratch_.clear();
  for (const auto& part : parts) {
    if (!part.expr) {
      scratch_ += part.text;
      continue;
    }
    Value v = ev_.eval(*part.expr);
    if (part.has_default && (v.none() || (v.list() && v.size == 0))) {
      scratch_ += part.text;
      continue;
    }
    none = none || v.none();
    render(m, v, scratch_, options_.lang);
  }
  return scratch_;
}

model::Index Runner::waiver(const rules::CheckedRule& rule, const Subject& s) const {
  if (!options_.waivers) return model::kNone;
  for (const auto& w : *options_.waivers) {
    if (w.rule != rule.entity) continue;
    if (w.every || (s.kind == Subject::Kind::Entity && w.names_entity(s.index)) ||
        (s.kind == Subject::Kind::Handoff && w.names_handoff(s.index)))
      return w.entity;
  }
  return model::kNone;
}

// Runs one instance whose subject (if any) is bound in slot 0; an element that
// fails the `where` condition is no instance and is not counted.
void Runner::instance(const rules::CheckedRule& rule, const Subject& s, Span rule_span, RuleResult& out) {
  if (rule.where && !ev_.test(*rule.where) && !ev_.failed()) return;
  const bool holds = !ev_.failed() && ev_.test(rule.expect);
  if (holds && !ev_.failed() && !options_.keep_passing) {  // only counted: no record to fill
    ++out.passed;
    return;
  }
  Instance inst;
  inst.subject = s;
  if (!ev_.failed()) judge(rule, s, rule_span, holds, inst);
  if (ev_.failed()) {
    inst.outcome = Outcome::Error;
    inst.message = ev_.error();
    inst.span = ev_.error_span();
  }
  switch (inst.outcome) {
    case Outcome::Pass: ++out.passed; break;
    case Outcome::Fail: ++out.failed; break;
    case Outcome::Error: ++out.errors; break;
    case Outcome::Waived: ++out.waived; break;
  }
  if (inst.outcome != Outcome::Pass || options_.keep_passing) out.instances.push_back(std::move(inst));
}

void Runner::judge(const rules::CheckedRule& rule, const Subject& s, Span rule_span, bool holds, Instance& inst) {
  inst.outcome = holds ? Outcome::Pass : Outcome::Fail;
  if (!holds) {
    inst.message = message(rule, inst.none_in_message);
    inst.waiver = waiver(rule, s);
    if (inst.waiver != model::kNone) inst.outcome = Outcome::Waived;
  }
  if (ev_.stopped()) return;  // the values are not to be trusted: the rule's result is discarded
  // Only for a kept instance: the subject's declaration is a cache miss on a large model.
  if (!holds || options_.keep_passing) inst.span = s.kind == Subject::Kind::None ? rule_span : subject_span(ev_.model(), s);
}

// The collection is evaluated once per rule and runner; its buffers stay below
// every instance's.
void Runner::collect(const rules::CheckedRule& rule) {
  if (collected_ == &rule) return;
  ev_.begin(rule.slots);
  ev_.start_work(options_.work_limit);
  coll_ = ev_.eval(*rule.collection);
  collection_work_ = ev_.steps();
  collection_stopped_ = ev_.stopped();
  keep_ = ev_.pool_mark();
  collected_ = &rule;
}

std::uint32_t Runner::elements(const rules::CheckedRule& rule) {
  collection_work_ = 0;
  collection_stopped_ = false;
  if (!rule.collection) return 1;
  collected_ = nullptr;  // evaluated afresh, so its work is counted
  collect(rule);
  return coll_.list() && !collection_stopped_ ? coll_.size : 0;
}

// The collection's work is counted once, by elements(): every runner that
// evaluates it again does the same work, within the limit.
void Runner::run(const rules::CheckedRule& rule, std::uint32_t begin, std::uint32_t end, RuleResult& out,
                 std::atomic<std::uint64_t>* shared) {
  Span rule_span = ev_.model().entities[rule.entity].span;
  if (!rule.collection) {
    collected_ = nullptr;  // the instance reuses the pool from the bottom
    ev_.begin(rule.slots);
    ev_.start_work(options_.work_limit, shared);
    if (begin == 0 && end > 0) instance(rule, {}, rule_span, out);
  } else {
    collect(rule);
    ev_.start_work(options_.work_limit, shared);
    std::uint32_t size = coll_.list() ? coll_.size : 0;
    // Read from the model, the subjects' fields are fetched ahead; columns are read in order anyway.
    const Ahead ahead(rule);
    const bool fetch = !columns_ && !ahead.empty();
    for (std::uint32_t k = begin; k < end && k < size && !ev_.stopped(); ++k) {
      if (fetch) ahead.fetch(ev_.model(), coll_, k);
      ev_.begin(rule.slots, keep_);
      instance(rule, subject_of(ev_.bind_item(0, coll_, k)), rule_span, out);
    }
  }
  ev_.flush_work();
  out.work += ev_.steps();
  out.too_much_work = out.too_much_work || ev_.stopped();
}

}  // namespace kubus::eval
