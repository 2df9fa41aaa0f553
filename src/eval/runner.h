// Internal to the eval module: evaluates a rule's instances, all of them or a
// range of its collection's elements, on one thread's evaluator. A range's
// result does not depend on which runner evaluated it or what it evaluated
// before, so ranges of one rule can go to different threads.
#pragma once
#include <atomic>
#include <cstdint>
#include <string>

#include "eval/eval.h"
#include "eval/evaluator.h"

namespace kubus::eval {

class Runner {
 public:
  Runner(const model::Model& m, const Columns* columns, const Options& options);

  // How many elements the rule's collection has; 1 for a rule without `for`.
  // The work of evaluating the collection is collection_work(); the
  // collection went past the work limit when collection_stopped().
  std::uint32_t elements(const rules::CheckedRule& rule);
  std::uint64_t collection_work() const { return collection_work_; }
  bool collection_stopped() const { return collection_stopped_; }
  // Adds the instances of elements [begin, end) to `out` (instances, counts
  // and work), in element order. `shared` counts the rule's work on every
  // thread: once past the limit, this stops too, with out.too_much_work set.
  void run(const rules::CheckedRule& rule, std::uint32_t begin, std::uint32_t end, RuleResult& out,
           std::atomic<std::uint64_t>* shared = nullptr);

 private:
  void instance(const rules::CheckedRule& rule, const Subject& s, Span rule_span, RuleResult& out);
  // The outcome of `expect` on the bound subject, which evaluated to `holds`
  // without an error: Pass, or Fail with its message (Waived when a waiver takes it out).
  void judge(const rules::CheckedRule& rule, const Subject& s, Span rule_span, bool holds, Instance& inst);
  // The message of a failing instance; `none` says whether a `{...}` was none.
  std::string message(const rules::CheckedRule& rule, bool& none);
  // The waiver that takes this failing instance out, or kNone.
  model::Index waiver(const rules::CheckedRule& rule, const Subject& s) const;
  // Evaluates the rule's collection unless it is the last one evaluated.
  void collect(const rules::CheckedRule& rule);

  Evaluator ev_;
  Options options_;
  const Columns* columns_;  // null: fields are read from the model
  const rules::CheckedRule* collected_ = nullptr;  // whose collection is in coll_, below pool mark keep_
  Value coll_;
  std::size_t keep_ = 0;
  std::uint64_t collection_work_ = 0;
  bool collection_stopped_ = false;
  std::string scratch_;  // message(): the text being rendered
  const rules::CheckedRule* plain_for_ = nullptr;  // whose message without a template is in plain_
  std::string plain_;
};

}  // namespace kubus::eval
