// The derived relations whose value is a quantity: a target's value, and the
// yearly cost of contact per touchpoint (cost x volume) and per channel (its
// touchpoints' yearly costs, each split evenly over the touchpoint's channels).
#include <vector>

#include "model/loader.h"

namespace kubus::model {
namespace {

Val derived_quantity(double number, schema::Dim dim, std::string_view unit) {
  Val v;
  v.tag = Val::Tag::Quantity;
  v.dim = dim;
  v.number = number;
  v.text = unit;
  return v;
}

// A quantity as a number: a rate written without a unit is a plain number per year.
bool numeric(const Val& v) { return v.tag == Val::Tag::Quantity || v.tag == Val::Tag::Number; }

}  // namespace

// The quantity member `mem` of element i holds: a field, or a quantity relation; null for none.
const Val* Loader::quantity_of(const schema::Member& mem, Index i) const {
  const Val& v = mem.derived ? m_.relations[mem.index].quantity(i) : m_.entities[i].fields[mem.index];
  return numeric(v) ? &v : nullptr;
}

// cost x volume: money per contact times contacts per year is money per year,
// in the cost's currency; none when either is missing.
void Loader::product(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  out.quantities.assign(end - first, Val{});
  for (Index i = first; i < end; ++i) {
    const Val* a = quantity_of(d.via_member, i);
    const Val* b = quantity_of(d.then_member, i);
    if (a && b) out.quantities[i - first] = derived_quantity(a->number * b->number, d.dim, a->text);
  }
}

// The sum over the source elements that list this element, each one's quantity
// divided by the length of its list. Money is never converted between
// currencies: an element whose shares come in two currencies has none.
void Loader::split(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  std::vector<double> sum(end - first, 0.0);
  std::vector<std::string_view> unit(end - first);
  std::vector<char> state(end - first, 0);  // 0 no share, 1 shares in one unit, 2 mixed currencies
  auto [sb, se] = m_.elements(static_cast<std::size_t>(d.source_kind));
  for (Index s = sb; s < se; ++s) {
    const Val* q = quantity_of(d.then_member, s);
    if (!q) continue;
    const Vals& targets = m_.entities[s].fields[d.via_member.index].items;
    for (const Val& t : targets) {
      if (t.tag != Val::Tag::Ref || t.index < first || t.index >= end) continue;
      Index e = t.index - first;
      if (state[e] == 1 && unit[e] != q->text) state[e] = 2;
      if (state[e] == 0) {
        state[e] = 1;
        unit[e] = q->text;
      }
      sum[e] += q->number / static_cast<double>(targets.size());
    }
  }
  out.quantities.assign(end - first, Val{});
  for (Index e = 0; e < end - first; ++e)
    if (state[e] == 1) out.quantities[e] = derived_quantity(sum[e], d.dim, unit[e]);
}

// The target's value as written, in base units (`<= 2 days`: 172800 s).
void Loader::target_value(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  out.quantities.assign(end - first, Val{});
  for (Index i = first; i < end; ++i) {
    const Val& target = m_.entities[i].fields[d.via_member.index];
    if (target.tag != Val::Tag::Comparison || target.items.empty()) continue;
    const Val& t = target.items[0];
    if (numeric(t)) out.quantities[i - first] = derived_quantity(t.number, t.dim, t.text);
  }
}

}  // namespace kubus::model
