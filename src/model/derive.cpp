// After all fields resolve: the handoffs `next` creates, the SLA `covers` items
// resolved to them, then every derived relation of the schema table, in the
// table's derivation order, each computed once by the step its row names.
#include <algorithm>
#include <cmath>
#include <map>

#include "model/loader.h"
#include "model/target.h"

namespace kubus::model {
namespace {

using schema::Compute;

// Gathers (element, value) pairs in any order and packs them as a list
// relation: each element's values sorted, without repeats.
class ListBuilder {
 public:
  explicit ListBuilder(std::size_t elements) : elements_(elements) {}
  void add(Index element, Index value) { pairs_.emplace_back(element, value); }

  void finish(Relation& r) {
    // A counting sort by element keeps each element's values in the order they came,
    // which is mostly index order already.
    r.offsets.assign(elements_ + 1, 0);
    for (const auto& p : pairs_) ++r.offsets[p.first + 1];
    for (std::size_t e = 0; e < elements_; ++e) r.offsets[e + 1] += r.offsets[e];
    r.values.resize(pairs_.size());
    std::vector<Index> at(r.offsets.begin(), r.offsets.end() - 1);
    for (const auto& p : pairs_) r.values[at[p.first]++] = p.second;
    Index write = 0, begin = 0;
    for (std::size_t e = 0; e < elements_; ++e) {
      Index end = r.offsets[e + 1];
      Index* b = r.values.data() + begin;
      Index* last = r.values.data() + end;
      if (!std::is_sorted(b, last)) std::sort(b, last);
      last = std::unique(b, last);
      r.offsets[e] = write;
      write = static_cast<Index>(std::copy(b, last, r.values.data() + write) - r.values.data());
      begin = end;
    }
    r.offsets[elements_] = write;
    r.values.resize(write);
  }

 private:
  std::size_t elements_;
  std::vector<std::pair<Index, Index>> pairs_;
};

}  // namespace

void Loader::derive() {
  build_handoffs();
  resolve_covers();
  m_.relations.assign(schema::kRelCount, {});
  for (schema::Rel r : schema::derivation_order()) compute(schema::derived(r));
}

void Loader::build_handoffs() {
  auto [b, e] = m_.kind_range[static_cast<std::size_t>(schema::kind_index("touchpoint"))];
  for (Index t = b; t < e; ++t) {
    const Val& next = m_.field(m_.entities[t], "next");
    for (const Val& to : next.items) {
      Handoff h;
      h.from = t;
      h.to = to.index;
      h.span = to.span;
      m_.handoffs.push_back(h);
    }
  }
  // Entities are sorted by ID, so index order is ID order.
  std::sort(m_.handoffs.begin(), m_.handoffs.end(),
            [](const Handoff& x, const Handoff& y) { return std::pair(x.from, x.to) < std::pair(y.from, y.to); });
  m_.handoffs.erase(std::unique(m_.handoffs.begin(), m_.handoffs.end(),
                                [](const Handoff& x, const Handoff& y) { return x.from == y.from && x.to == y.to; }),
                    m_.handoffs.end());
}

// Each `covers` item of an SLA becomes the index of the handoff it names; an
// item naming no handoff is reported and dropped.
void Loader::resolve_covers() {
  auto [b, e] = m_.kind_range[static_cast<std::size_t>(schema::kind_index("sla"))];
  for (Index s = b; s < e; ++s) {
    Entity& sla = m_.entities[s];
    int fi = schema::field_index(m_.spec(sla), "covers");
    Val& covers = sla.fields[static_cast<std::size_t>(fi)];
    if (!covers.present()) continue;
    std::uint32_t kept = 0;  // the items kept, moved to the front in place
    for (Val& item : covers.items) {
      const Val& from = item.items[0];
      const Val& to = item.items[1];
      if (from.index == kNone || to.index == kNone) {
        const Val& bad = from.index == kNone ? from : to;
        if (!broken(bad.text))
          diags_.add(Code::UnknownReference, bad.span, "unknown touchpoint '" + std::string(bad.text) + "'",
                     "a handoff runs between two touchpoints");
        continue;
      }
      Index h = m_.find_handoff(from.index, to.index);
      if (h == kNone) {
        diags_.add(Code::UnknownHandoff, item.span,
                   "no handoff " + std::string(from.text) + " -> " + std::string(to.text),
                   "handoffs come from `next`: add " + std::string(to.text) + " to the next of " + std::string(from.text));
        continue;
      }
      item.index = h;
      covers.items[kept++] = item;
    }
    covers.items.count = kept;
  }
}

// Calls f with each entity (or handoff) index that member `mem` of element i names.
template <class F>
void Loader::each_named(const schema::Member& mem, Index i, F&& f) const {
  if (mem.derived) {
    const Relation& r = m_.relations[mem.index];
    if (r.shape == Relation::Shape::List) {
      for (Index x : r.list(i)) f(x);
    } else if (r.shape == Relation::Shape::Single && r.single(i) != kNone) {
      f(r.single(i));
    }
    return;
  }
  const Val& v = m_.entities[i].fields[mem.index];
  if (v.tag == Val::Tag::Ref) f(v.index);
  for (const Val& item : v.items)
    if (item.tag == Val::Tag::Ref) f(item.index);
}

// The one entity a single-valued member of element i names, or kNone.
Index Loader::named(const schema::Member& mem, Index i) const {
  Index out = kNone;
  each_named(mem, i, [&](Index x) { out = x; });
  return out;
}

// The elements of d.kind that each element of d.source_kind names through d.via_member.
void Loader::inverse(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  ListBuilder list(end - first);
  auto [sb, se] = m_.elements(static_cast<std::size_t>(d.source_kind));
  for (Index s = sb; s < se; ++s)
    each_named(d.via_member, s, [&, first = first, end = end](Index t) {
      if (t >= first && t < end) list.add(t - first, s);  // a reference to another kind (kpi.of) is not ours
    });
  list.finish(out);
}

// via_member, then then_member of what it names; for Fallback the written
// field when it names an entity (touchpoint.unit: written, else the owner's
// department's).
void Loader::chain(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  out.values.resize(end - first);
  for (Index i = first; i < end; ++i) {
    if (d.compute == Compute::Fallback) {
      const Val& written = m_.entities[i].fields[static_cast<std::size_t>(d.field)];
      if (written.tag == Val::Tag::Ref) {
        out.values[i - first] = written.index;
        continue;
      }
    }
    Index via = named(d.via_member, i);
    out.values[i - first] = via == kNone ? kNone : named(d.then_member, via);
  }
}

void Loader::compute(const schema::DerivedSpec& d) {
  Relation& out = m_.relations[static_cast<std::size_t>(d.id)];
  // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
  const auto range = m_.elements(static_cast<std::size_t>(d.kind));
  const Index first = range.first;
  const Index end = range.second;
  out.first = first;
  out.shape = d.list                            ? Relation::Shape::List
              : d.type == schema::Type::Bool     ? Relation::Shape::Flag
              : d.type == schema::Type::Number   ? Relation::Shape::Number
              : d.type == schema::Type::Quantity ? Relation::Shape::Quantity
                                                 : Relation::Shape::Single;
  const std::size_t n = end - first;
  switch (d.compute) {
    case Compute::Inverse:
      inverse(d, out);
      break;
    case Compute::Chain:
    case Compute::Fallback:
      chain(d, out);
      break;
    case Compute::Met:
    case Compute::Shortfall:
      against_target(d, out);
      break;
    case Compute::Product:
      product(d, out);
      break;
    case Compute::Split:
      split(d, out);
      break;
    case Compute::TargetValue:
      target_value(d, out);
      break;
    case Compute::From:
    case Compute::To:
      out.values.resize(n);
      for (Index h = 0; h < n; ++h) out.values[h] = d.compute == Compute::From ? m_.handoffs[h].from : m_.handoffs[h].to;
      break;
    case Compute::Coverage:
      coverage(d, out);
      break;
    case Compute::NonEmpty: {
      const Relation& list = m_.relations[d.via_member.index];
      out.values.resize(n);
      for (Index i = first; i < end; ++i) out.values[i - first] = !list.list(i).empty();
      break;
    }
    case Compute::Crosses:
      out.values.resize(n);
      for (Index h = 0; h < n; ++h) {
        Index a = named(d.via_member, m_.handoffs[h].from), b = named(d.via_member, m_.handoffs[h].to);
        out.values[h] = a != kNone && b != kNone && a != b;
      }
      break;
  }
}

// Targets against actuals (model/target.h): none without an actual or a
// target; the loader has refused units that do not convert.
void Loader::against_target(const schema::DerivedSpec& d, Relation& out) {
  auto [first, end] = m_.elements(static_cast<std::size_t>(d.kind));
  const bool met = d.compute == Compute::Met;
  if (met) out.values.assign(end - first, kNone);
  else out.numbers.assign(end - first, std::nan(""));
  for (Index i = first; i < end; ++i) {
    const Entity& e = m_.entities[i];
    const Val& actual = e.fields[d.via_member.index];
    const Val& target = e.fields[d.then_member.index];
    if (actual.tag != Val::Tag::Quantity || target.tag != Val::Tag::Comparison) continue;
    const Val& t = target.items[0];
    if (met) {
      out.values[i - first] = meets(target.op, actual.number, t.number) ? 1 : 0;
    } else {
      auto unit = schema::find_unit(t.text);
      out.numbers[i - first] = shortfall(target.op, actual.number, t.number, unit ? unit->factor : 1.0);
    }
  }
}

// LANGUAGE.md §6: an SLA with `covers` covers exactly those handoffs; one
// without covers every handoff from a touchpoint of its `from` department to one
// of its `to` department (`d.via_member`: an end's department).
void Loader::coverage(const schema::DerivedSpec& d, Relation& out) {
  ListBuilder list(m_.handoffs.size());
  std::map<std::pair<Index, Index>, std::vector<Index>> by_departments;
  for (Index h = 0; h < m_.handoffs.size(); ++h) {
    Index df = named(d.via_member, m_.handoffs[h].from), dt = named(d.via_member, m_.handoffs[h].to);
    if (df != kNone && dt != kNone) by_departments[{df, dt}].push_back(h);
  }
  auto [b, e] = m_.kind_range[static_cast<std::size_t>(schema::kind_index("sla"))];
  for (Index s = b; s < e; ++s) {
    const Entity& sla = m_.entities[s];
    const Val& covers = m_.field(sla, "covers");
    if (covers.present()) {
      for (const Val& item : covers.items) list.add(item.index, s);
      continue;
    }
    auto it = by_departments.find({m_.field(sla, "from").index, m_.field(sla, "to").index});
    if (it != by_departments.end())
      for (Index h : it->second) list.add(h, s);
  }
  list.finish(out);
}

}  // namespace kubus::model
