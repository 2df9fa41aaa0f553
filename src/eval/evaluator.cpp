// The expression forms of LANGUAGE.md, Rules, with its `none` semantics: a
// path through none is none, a comparison with none is false (`!=` true),
// none counts as an empty list and, where a condition is expected, as false.
#include "eval/evaluator.h"

#include <algorithm>
#include <cmath>

#include "eval/eval.h"

namespace kubus::eval {

using rules::Node;
using rules::Op;
using T = Value::Tag;

namespace {

// Steps between two looks at the limit and at what other threads have done:
// often enough to stop within a millisecond, rarely enough to cost nothing.
constexpr std::uint64_t kCheckEvery = 4096;

}  // namespace

Evaluator::Evaluator(const model::Model& m, const Columns* columns)
    : m_(m),
      columns_(columns && !columns->empty() ? columns : nullptr),
      handoff_kind_(static_cast<std::uint16_t>(schema::kind_index("handoff"))) {
  start_work(kWorkLimit);
}

void Evaluator::start_work(std::uint64_t limit, std::atomic<std::uint64_t>* shared) {
  steps_ = reported_ = 0;
  limit_ = limit;
  shared_ = shared;
  stopped_ = shared && shared->load(std::memory_order_relaxed) > limit;
  next_check_ = stopped_ ? 0 : std::min(kCheckEvery, limit + 1);
}

void Evaluator::flush_work() {
  if (shared_) shared_->fetch_add(steps_ - reported_, std::memory_order_relaxed);
  reported_ = steps_;
}

bool Evaluator::checkpoint() {
  if (stopped_) return false;
  std::uint64_t total = steps_;
  if (shared_) {
    std::uint64_t fresh = steps_ - reported_;
    total = shared_->fetch_add(fresh, std::memory_order_relaxed) + fresh;
    reported_ = steps_;
  }
  if (total > limit_) {  // total counts this thread's steps too
    stopped_ = true;
    return false;
  }
  next_check_ = steps_ + std::min(kCheckEvery, limit_ - total + 1);
  return true;
}

void Evaluator::begin(std::uint16_t slots, std::size_t keep) {
  if (frame_.size() < slots) frame_.resize(slots);
  used_ = keep;
  failed_ = false;
}

void Evaluator::fail(Span span, std::string message) {
  if (failed_) return;
  failed_ = true;
  error_ = std::move(message);
  error_span_ = span;
}

std::vector<Value>& Evaluator::acquire() {
  if (used_ == pool_.size()) pool_.emplace_back();
  std::vector<Value>& buffer = pool_[used_++];
  buffer.clear();
  return buffer;
}

Value Evaluator::owned(const std::vector<Value>& items) const {
  Value v;
  v.tag = T::List;
  v.src = Value::Src::Owned;
  v.owned = &items;
  v.size = static_cast<std::uint32_t>(items.size());
  return v;
}

Value Evaluator::eval(const Node& n) {
  if (++steps_ >= next_check_ && !checkpoint()) return {};
  switch (n.op) {
    case Op::Const: return from_val(n.value);
    case Op::Var: return frame_[n.slot];
    case Op::Collection: {
      Value v;
      v.tag = T::List;
      if (n.kind == handoff_kind_) {
        v.src = Value::Src::HandoffRange;
        v.index = 0;
        v.size = static_cast<std::uint32_t>(m_.handoffs.size());
      } else {
        auto [begin, end] = m_.kind_range[n.kind];
        v.src = Value::Src::EntityRange;
        v.index = begin;
        v.size = end - begin;
      }
      return v;
    }
    case Op::Path: return path(n);
    case Op::List: return list(n);
    case Op::Call: return call(n);
    case Op::Filter: case Op::All: case Op::Any: case Op::No: return binder(n);
    case Op::Neg: {
      Value v = eval(n.kids[0]);
      if (!v.none()) v.number = -v.number;
      return v;
    }
    case Op::Not: return Value::of_bool(!test(n.kids[0]));
    case Op::And: return Value::of_bool(test(n.kids[0]) && test(n.kids[1]));
    case Op::Or: return Value::of_bool(test(n.kids[0]) || test(n.kids[1]));
    case Op::Add: case Op::Sub: case Op::Mul: case Op::Div: return arith(n);
    case Op::Cmp: return Value::of_bool(compare(n));
    case Op::In: {
      std::size_t mark = used_;
      Value x = eval(n.kids[0]);
      Value l = eval(n.kids[1]);
      bool found = false;
      if (!x.none() && l.list()) {
        steps_ += l.size;
        for (std::uint32_t k = 0; k < l.size && !found; ++k) found = equal(item(l, k), x);
      }
      used_ = mark;
      return Value::of_bool(found != n.negated);
    }
    case Op::IsNone: {
      std::size_t mark = used_;
      bool none = eval(n.kids[0]).none();
      used_ = mark;
      return Value::of_bool(none != n.negated);
    }
  }
  return {};
}

Value Evaluator::member(const Node& n, const Value& base) {
  std::uint16_t kind;
  switch (base.tag) {
    case T::Entity: kind = columns_ ? columns_->kind(base.index) : m_.entities[base.index].kind; break;
    case T::Block: kind = m_.nested[base.index].kind; break;
    case T::Handoff: kind = handoff_kind_; break;
    default: return {};
  }
  const rules::Access a = n.access[kind];
  switch (a.how) {
    case rules::AccessKind::Absent: return {};
    case rules::AccessKind::Field:
      if (base.tag == T::Block) return from_val(m_.nested[base.index].fields[a.index]);
      if (columns_)
        if (const Value* v = columns_->find(kind, a.index, base.index)) return *v;
      return from_val(m_.entities[base.index].fields[a.index]);
    case rules::AccessKind::Derived: return derived(n, m_.relations[a.index], base.index);
  }
  return {};
}

// A derived relation's value for one element; a relation to handoffs gives handoffs.
Value Evaluator::derived(const Node& n, const model::Relation& r, model::Index element) {
  const bool handoffs = n.type.base == rules::Base::Handoff;
  const model::Index e = element - r.first;
  switch (r.shape) {
    case model::Relation::Shape::List: {
      Value v;
      v.tag = T::List;
      v.src = handoffs ? Value::Src::HandoffIndices : Value::Src::EntityIndices;
      v.indices = r.values.data() + r.offsets[e];
      v.size = r.offsets[e + 1] - r.offsets[e];
      return v;
    }
    case model::Relation::Shape::Single: {
      model::Index x = r.values[e];
      if (x == model::kNone) return {};
      return handoffs ? Value::handoff(x) : Value::entity(x);
    }
    case model::Relation::Shape::Flag:
      if (r.values[e] == model::kNone) return {};  // kpi.met without an actual
      return Value::of_bool(r.values[e] != 0);
    case model::Relation::Shape::Number:
      if (std::isnan(r.numbers[e])) return {};
      return Value::of_number(r.numbers[e]);
    case model::Relation::Shape::Quantity:
      return from_val(r.quantities[e]);  // Absent: none
  }
  return {};
}

// A member of a variable reads the variable in its slot, with the step its
// evaluation counts: a copy of a slot just written field by field would wait
// for those stores (a failed store-to-load forwarding).
Value Evaluator::path(const Node& n) {
  const Node& base = n.kids[0];
  if (base.op != Op::Var) return mapped(n, eval(base));
  if (++steps_ >= next_check_ && !checkpoint()) return {};
  return mapped(n, frame_[base.slot]);
}

// A path over a list maps over it and flattens; none members are left out.
Value Evaluator::mapped(const Node& n, const Value& base) {
  if (!base.list()) return member(n, base);
  std::vector<Value>& out = acquire();
  steps_ += base.size;
  for (std::uint32_t k = 0; k < base.size; ++k) {
    Value v = member(n, item(base, k));
    if (v.list())
      for (std::uint32_t j = 0; j < v.size; ++j) out.push_back(item(v, j));
    else if (!v.none())
      out.push_back(v);
  }
  return owned(out);
}

Value Evaluator::list(const Node& n) {
  std::vector<Value>& out = acquire();
  for (const auto& kid : n.kids) {
    Value v = eval(kid);
    if (!v.none()) out.push_back(v);
  }
  return owned(out);
}

Value Evaluator::binder(const Node& n) {
  Value coll = eval(n.kids[0]);
  std::uint32_t size = coll.list() ? coll.size : 0;  // none: no items
  if (n.op == Op::Filter) {
    std::vector<Value>& out = acquire();
    for (std::uint32_t k = 0; k < size && !stopped_; ++k) {
      const Value& x = bind_item(n.slot, coll, k);
      std::size_t mark = used_;
      if (test(n.kids[1])) out.push_back(x);
      used_ = mark;
    }
    return owned(out);
  }
  // all: no item fails; any: some item holds; no: no item holds.
  bool want = n.op != Op::All;
  for (std::uint32_t k = 0; k < size && !stopped_; ++k) {
    bind_item(n.slot, coll, k);
    std::size_t mark = used_;
    bool holds = test(n.kids[1]);
    used_ = mark;
    if (holds == want) return Value::of_bool(n.op == Op::Any);
  }
  return Value::of_bool(n.op != Op::Any);
}

// sum, avg, min or max of the numbers of list `l` of `size` items, none items
// left out; avg, min and max of nothing are none, a sum of nothing is 0.
Value Evaluator::aggregate(const Node& n, const Value& l, std::uint32_t size) {
  Value out;
  double sum = 0, lo = 0, hi = 0;
  std::uint32_t count = 0;
  steps_ += size;
  for (std::uint32_t k = 0; k < size; ++k) {
    Value v = item(l, k);
    if (v.none()) continue;
    if (count == 0) {
      lo = hi = v.number;
      out = v;  // the first item's unit and currency
    }
    sum += v.number;
    lo = std::min(lo, v.number);
    hi = std::max(hi, v.number);
    ++count;
  }
  if (count == 0 && n.fn != rules::Fn::Sum) return {};
  if (count == 0) {
    out.tag = n.type.base == rules::Base::Quantity ? T::Quantity : T::Number;
    out.dim = n.type.dim;
  }
  out.number = n.fn == rules::Fn::Sum ? sum : n.fn == rules::Fn::Avg ? sum / count : n.fn == rules::Fn::Min ? lo : hi;
  return out;
}

Value Evaluator::call(const Node& n) {
  std::size_t mark = used_;
  Value l = eval(n.kids[0]);
  std::uint32_t size = l.list() ? l.size : 0;
  Value out = n.fn == rules::Fn::Count ? Value::of_number(size) : aggregate(n, l, size);
  used_ = mark;
  return out;
}

Value Evaluator::arith(const Node& n) {
  Value a = eval(n.kids[0]);
  Value b = eval(n.kids[1]);
  if (a.none() || b.none()) return {};
  if (n.op == Op::Div && b.number == 0) {
    fail(n.kids[1].span, "division by zero: the divisor is 0 for this instance");
    return {};
  }
  // The result carries the unit of its quantity operand (a divisor is always plain).
  Value out = a;
  if (n.op != Op::Div && b.tag == T::Quantity &&
      (a.tag != T::Quantity || (a.dim == schema::Dim::None && b.dim != schema::Dim::None)))
    out = b;
  switch (n.op) {
    case Op::Add: out.number = a.number + b.number; break;
    case Op::Sub: out.number = a.number - b.number; break;
    case Op::Mul: out.number = a.number * b.number; break;
    default: out.number = a.number / b.number; break;
  }
  return out;
}

bool Evaluator::compare(const Node& n) {
  std::size_t mark = used_;
  Value a = eval(n.kids[0]);
  Value b = eval(n.kids[1]);
  bool result;
  if (n.cmp == ast::CmpOp::Eq) {
    result = equal(a, b);
  } else if (n.cmp == ast::CmpOp::Ne) {
    result = !equal(a, b);
  } else if (a.none() || b.none()) {
    result = false;
  } else {
    // Numbers and quantities in base units; dates and quarters sort as written.
    int c;
    if (a.tag == T::Date || a.tag == T::Quarter) c = a.val->text.compare(b.val->text);
    else c = a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    switch (n.cmp) {
      case ast::CmpOp::Lt: result = c < 0; break;
      case ast::CmpOp::Le: result = c <= 0; break;
      case ast::CmpOp::Gt: result = c > 0; break;
      default: result = c >= 0; break;
    }
  }
  used_ = mark;
  return result;
}

}  // namespace kubus::eval
