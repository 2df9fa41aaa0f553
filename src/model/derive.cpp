// After all fields resolve: handoffs from `next`, SLA coverage, and the derived
// relations of LANGUAGE.md, each computed once.
#include <algorithm>
#include <map>

#include "model/loader.h"

namespace kubus::model {
namespace {

std::size_t rel_index(const schema::KindSpec& k, std::string_view name) {
  for (std::size_t i = 0; i < k.derived.size(); ++i)
    if (k.derived[i].name == name) return i;
  return k.derived.size();
}

}  // namespace

void Loader::derive() {
  build_handoffs();
  resolve_covers();
  relations();
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
      m_.handoffs.push_back(std::move(h));
    }
  }
  // Entities are sorted by ID, so index order is ID order.
  std::sort(m_.handoffs.begin(), m_.handoffs.end(),
            [](const Handoff& x, const Handoff& y) { return std::pair(x.from, x.to) < std::pair(y.from, y.to); });
  m_.handoffs.erase(std::unique(m_.handoffs.begin(), m_.handoffs.end(),
                                [](const Handoff& x, const Handoff& y) { return x.from == y.from && x.to == y.to; }),
                    m_.handoffs.end());
}

void Loader::resolve_covers() {
  auto [b, e] = m_.kind_range[static_cast<std::size_t>(schema::kind_index("sla"))];
  auto department = [&](Index t) {
    const Val& owner = m_.field(m_.entities[t], "owner");
    return owner.present() ? m_.field(m_.entities[owner.index], "department").index : kNone;
  };
  // Handoffs by the departments of their ends, for SLAs without `covers`.
  std::map<std::pair<Index, Index>, std::vector<Index>> by_departments;
  for (Index h = 0; h < m_.handoffs.size(); ++h) {
    Index df = department(m_.handoffs[h].from), dt = department(m_.handoffs[h].to);
    m_.handoffs[h].crosses = df != kNone && dt != kNone && df != dt;
    if (df != kNone && dt != kNone) by_departments[{df, dt}].push_back(h);
  }
  for (Index s = b; s < e; ++s) {
    Entity& sla = m_.entities[s];
    int fi = schema::field_index(m_.spec(sla), "covers");
    Val& covers = sla.fields[static_cast<std::size_t>(fi)];
    if (!covers.present()) {
      Index from = m_.field(sla, "from").index, to = m_.field(sla, "to").index;
      auto it = by_departments.find({from, to});
      if (it != by_departments.end())
        for (Index h : it->second) m_.handoffs[h].slas.push_back(s);
      continue;
    }
    // Match each converted item to its written handoff (same order, errors dropped).
    std::vector<const ast::Value*> written;
    for (const auto& m : sla.decl->members)
      if (m.key.text == "covers" && !m.is_block) {
        if (m.value.kind == ast::ValueKind::List)
          for (const auto& item : m.value.items) written.push_back(&item);
        else
          written.push_back(&m.value);
      }
    std::vector<Val> kept;
    for (Val& item : covers.items) {
      auto w = std::find_if(written.begin(), written.end(), [&](const ast::Value* v) { return v->span.line == item.span.line && v->span.col == item.span.col; });
      if (w == written.end()) continue;
      const ast::Value& v = **w;
      Index from = m_.find("touchpoint", v.left.text), to = m_.find("touchpoint", v.text);
      if (from == kNone || to == kNone) {
        const ast::Name bad = from == kNone ? v.left : ast::Name{v.text, v.span};
        if (!broken(bad.text))
          diags_.add(Code::UnknownReference, from == kNone ? v.left.span : v.span,
                     "unknown touchpoint '" + std::string(bad.text) + "'", "a handoff runs between two touchpoints");
        continue;
      }
      Index h = m_.find_handoff(from, to);
      if (h == kNone) {
        diags_.add(Code::UnknownHandoff, v.span,
                   "no handoff " + std::string(v.left.text) + " -> " + std::string(v.text),
                   "handoffs come from `next`: add " + std::string(v.text) + " to the next of " + std::string(v.left.text));
        continue;
      }
      item.index = h;
      m_.handoffs[h].slas.push_back(s);
      kept.push_back(std::move(item));
    }
    covers.items = std::move(kept);
  }
  for (auto& h : m_.handoffs) {
    std::sort(h.slas.begin(), h.slas.end());
    h.slas.erase(std::unique(h.slas.begin(), h.slas.end()), h.slas.end());
  }
}

void Loader::relations() {
  const auto& kinds = schema::kinds();
  auto range = [&](std::string_view k) { return m_.kind_range[static_cast<std::size_t>(schema::kind_index(k))]; };
  auto push = [&](Index target, std::string_view rel, Index value) {
    Entity& t = m_.entities[target];
    t.derived[rel_index(kinds[t.kind], rel)].push_back(value);
  };
  auto [tb, te] = range("touchpoint");
  for (Index t = tb; t < te; ++t) {
    Entity& tp = m_.entities[t];
    const Val& owner = m_.field(tp, "owner");
    if (owner.present()) {
      tp.single = m_.field(m_.entities[owner.index], "department").index;
      if (tp.single != kNone) push(tp.single, "touchpoints", t);
    }
    for (const Val& c : m_.field(tp, "uses").items) push(c.index, "users", t);
    if (const Val& u = m_.field(tp, "unit"); u.present()) push(u.index, "touchpoints", t);
    for (const Val& s : m_.field(tp, "segments").items) push(s.index, "touchpoints", t);
  }
  for (Index h = 0; h < m_.handoffs.size(); ++h) {
    push(m_.handoffs[h].from, "outgoing", h);
    push(m_.handoffs[h].to, "incoming", h);
  }
  auto [kb, ke] = range("kpi");
  for (Index k = kb; k < ke; ++k)
    if (const Val& of = m_.field(m_.entities[k], "of"); of.present() && m_.spec(m_.entities[of.index]).name == "touchpoint")
      push(of.index, "kpis", k);
  auto [rb, re] = range("role");
  for (Index r = rb; r < re; ++r)
    if (const Val& d = m_.field(m_.entities[r], "department"); d.present()) push(d.index, "roles", r);
  auto [cb, ce] = range("component");
  for (Index c = cb; c < ce; ++c) {
    if (const Val& d = m_.field(m_.entities[c], "department"); d.present()) push(d.index, "components", c);
    for (const Val& cap : m_.field(m_.entities[c], "capabilities").items) push(cap.index, "components", c);
  }
  auto [ob, oe] = range("observation");
  for (Index o = ob; o < oe; ++o)
    if (const Val& p = m_.field(m_.entities[o], "practice"); p.present()) push(p.index, "observations", o);
  // Lists were filled in index order, which is ID order; incoming needs sorting by handoff.
  for (auto& e : m_.entities)
    for (auto& list : e.derived) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
}

}  // namespace kubus::model
