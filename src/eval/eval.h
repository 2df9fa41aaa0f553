// Rule evaluation (LANGUAGE.md, Rules): one instance per `for` binding, each
// passing, failing (a finding) or in error (a finding-level error with its
// location, e.g. a division by zero at run time). Walks the compiled nodes of
// rules::check_rules; never looks a name up again. The `none` semantics, also
// of aggregates over empty lists, are in docs/rules.md.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/model.h"
#include "support/severity.h"
#include "model/waiver.h"
#include "rules/check.h"
#include "support/language.h"

namespace kubus::eval {

// Waived: the instance fails, but a waiver takes it out; it neither passes nor
// fails, like an element the `where` leaves out (docs/language.md, "Waivers").
enum class Outcome : std::uint8_t { Pass, Fail, Error, Waived };

// What an instance's `for` variable was bound to.
struct Subject {
  enum class Kind : std::uint8_t { None, Entity, Handoff, Nested } kind = Kind::None;
  model::Index index = model::kNone;  // into Model::entities, ::handoffs or ::nested
};

struct Instance {
  Subject subject;
  Outcome outcome = Outcome::Pass;
  bool none_in_message = false;  // a `{...}` of the message was none (printed as "none"): the rule's message needs a default
  std::string message;  // Fail, Waived: the interpolated message; Error: what went wrong
  Span span;            // Fail, Waived: the subject's declaration; Error: the expression that failed
  model::Index waiver = model::kNone;  // Waived: the waiver declaration
};

// The work one rule may do (docs/rules.md, "Work limit"): steps, each a node
// evaluated or a list item visited; about 200 million a second on one core.
// The bundled library on a generated 100,000-touchpoint model needs at most
// 48 million (line-department-has-sla, departments times SLAs); a rule that
// nests quantifiers over large collections needs billions and more, and is
// stopped after a few seconds instead of running for hours.
inline constexpr std::uint64_t kWorkLimit = 1'000'000'000;

struct RuleResult {
  model::Index rule = model::kNone;  // the rule entity
  Severity severity = Severity::Warning;  // the rule's `severity` field
  std::vector<Instance> instances;   // Fail, Error and Waived always; Pass only with Options::keep_passing
  std::size_t passed = 0, failed = 0, errors = 0, waived = 0;
  std::uint64_t work = 0;            // steps taken, collection and instances (at most the limit)
  // The rule went past the work limit: it was stopped, and has no instances.
  bool too_much_work = false;
  std::size_t total() const { return passed + failed + errors; }  // waived instances do not count
};

struct Options {
  bool keep_passing = false;  // `kubus explain` lists passing instances too
  // Threads for `evaluate`: 0 chooses (the cores, up to 4; one for a small
  // model), 1 evaluates on the calling thread, N on up to N. The result is the
  // same whatever the number.
  unsigned threads = 0;
  // The waivers that apply (model::active): a failing instance one of them
  // names is Waived. Null: none.
  std::uint64_t work_limit = kWorkLimit;  // per rule
  const std::vector<model::Waiver>* waivers = nullptr;
  // The language of the findings' messages: a rule's language block for it
  // (rules::CheckedRule::message_in), entities by their titles in it.
  Lang lang = kDefaultLang;
};

// Evaluates every checked rule, in the order given (model order, by rule ID),
// on several threads when the model is large enough (Options::threads).
std::vector<RuleResult> evaluate(const model::Model& m, const std::vector<rules::CheckedRule>& rules,
                                 const Options& options = {});

// Evaluates one checked rule, on the calling thread.
RuleResult evaluate_rule(const model::Model& m, const rules::CheckedRule& rule, const Options& options = {});

// A rule that went past the work limit, as an error at the rule (E0406).
void report_too_much_work(const model::Model& m, const RuleResult& result, const Options& options, Diagnostics& diags);

// The subject as users name it: the entity ID, or "from -> to" for a handoff.
std::string subject_id(const model::Model& m, const Subject& s);
// The subject's source location (its declaration, or the `next` item of a handoff).
Span subject_span(const model::Model& m, const Subject& s);

// Where a finding about `s` shows in the model the user wrote. The subject's
// declaration, unless a library declares it (a practice, a capability): then
// the model's declarations that name it through the kind's inverse relations
// (a practice's observations, a capability's components), sorted by place;
// the organisation's declaration when the model names it nowhere. A finding
// without a subject (a rule about the whole model) is at `declared`, the
// rule's declaration, unless a library declares the rule: then at the
// organisation's declaration. The library declaration when the model has no
// organisation either.
std::vector<Span> model_spans(const model::Model& m, const Subject& s, const Span& declared = {});

// A model value as messages render it: a target as `response-time <= 48 h`, a
// quantity in the unit it was written in, an entity as its title.
std::string value_text(const model::Model& m, const model::Val& v);

// Why one instance came out as it did, for `kubus explain`: each operand of the
// `expect` condition (and of its top-level and/or parts) with its value, e.g.
// {"t.owner", "none"}, {"t.department.kind", "staff"}.
std::vector<std::pair<std::string, std::string>> explain(const model::Model& m, const rules::CheckedRule& rule,
                                                         const Subject& s);

}  // namespace kubus::eval
