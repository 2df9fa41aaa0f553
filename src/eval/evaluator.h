// Internal to the eval module: walks compiled rule nodes for one instance at a
// time. Frames and list buffers are reused between instances.
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "eval/columns.h"
#include "eval/value.h"
#include "rules/compiled.h"

namespace kubus::eval {

class Evaluator {
 public:
  // With `columns`, fields they hold are read from them instead of the model.
  explicit Evaluator(const model::Model& m, const Columns* columns = nullptr);

  // Starts an instance: clears the error and the pooled buffers above `keep`.
  void begin(std::uint16_t slots, std::size_t keep = 0);
  void bind(std::uint16_t slot, const Value& v) { frame_[slot] = v; }
  // Binds item k of `list`. An entity is written straight into the slot: the
  // Value item() builds on the stack, copied, would wait for the stores that
  // built it (a failed store-to-load forwarding, a dozen cycles or more).
  const Value& bind_item(std::uint16_t slot, const Value& list, std::uint32_t k) {
    model::Index e = entity_item(list, k);
    return frame_[slot] = e != model::kNone ? Value::entity(e) : item(list, k);
  }

  Value eval(const rules::Node& n);
  // A condition: true only for the value true (none counts as false).
  bool test(const rules::Node& n) { return truthy(eval(n)); }
  static bool truthy(const Value& v) { return v.tag == Value::Tag::Bool && v.boolean; }

  // Work (docs/rules.md, "Work limit"): every node evaluated and every list
  // item visited is a step. Past `limit` steps, counting those reported to
  // `shared` by other threads evaluating the same rule, evaluation stops: every
  // eval() returns none at once, loops end, and stopped() is true.
  void start_work(std::uint64_t limit, std::atomic<std::uint64_t>* shared = nullptr);
  // Reports the steps not yet reported to `shared`; the count is kept.
  void flush_work();
  std::uint64_t steps() const { return steps_; }
  bool stopped() const { return stopped_; }

  // A run-time error in this instance: the first one, with its expression.
  bool failed() const { return failed_; }
  const std::string& error() const { return error_; }
  Span error_span() const { return error_span_; }

  std::size_t pool_mark() const { return used_; }
  const model::Model& model() const { return m_; }

 private:
  Value path(const rules::Node& n);
  Value mapped(const rules::Node& n, const Value& base);
  Value member(const rules::Node& n, const Value& base);
  static Value derived(const rules::Node& n, const model::Relation& r, model::Index element);
  Value call(const rules::Node& n);
  Value aggregate(const rules::Node& n, const Value& l, std::uint32_t size);
  Value binder(const rules::Node& n);
  Value arith(const rules::Node& n);
  bool compare(const rules::Node& n);
  Value list(const rules::Node& n);
  std::vector<Value>& acquire();
  Value owned(const std::vector<Value>& items) const;
  void fail(Span span, std::string message);
  bool checkpoint();  // every kCheckEvery steps: false once the limit is passed

  const model::Model& m_;
  const Columns* columns_;
  std::uint16_t handoff_kind_;
  std::vector<Value> frame_;
  std::deque<std::vector<Value>> pool_;  // a deque: buffers keep their address as it grows
  std::size_t used_ = 0;
  bool failed_ = false;
  std::string error_;
  Span error_span_;
  std::uint64_t steps_ = 0, reported_ = 0, next_check_ = 0, limit_ = 0;
  std::atomic<std::uint64_t>* shared_ = nullptr;
  bool stopped_ = false;
};

}  // namespace kubus::eval
