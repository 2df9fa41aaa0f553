// Waivers (docs/language.md, "Waivers"): the loader has checked each field on
// its own; here each `entities` item is resolved against what the waiver
// takes out: the subjects of its rule's `for`, or the members of its gap kind.
#include <algorithm>

#include "rules/check.h"
#include "rules/checker.h"
#include "support/text.h"

namespace kubus::rules {
namespace {

using schema::GapKind;

// The kind a gap kind's members are (ENGINE.md §2), and whether a gap of it
// is one handoff (its members are the handoff's ends).
struct Members {
  std::string_view kind;
  bool handoff;
};

Members members_of(GapKind k) {
  switch (k) {
    case GapKind::UncoveredHandoff: case GapKind::ContextBreak: return {"touchpoint", true};
    case GapKind::PingPong: return {"touchpoint", false};
    case GapKind::IslandImplementation: case GapKind::BottleneckComponent: return {"component", false};
    case GapKind::IsolatedDepartment: return {"department", false};
  }
  return {"touchpoint", false};
}

class WaiverCheck {
 public:
  WaiverCheck(const model::Model& m, Diagnostics& diags) : m_(m), diags_(diags) {}

  std::optional<model::Waiver> run(model::Index wi, const std::vector<CheckedRule>& rules) {
    const model::Entity& w = m_.entities[wi];
    model::Waiver out;
    out.entity = wi;
    out.expires = m_.field(w, "expires").text;
    const model::Val& rule = m_.field(w, "rule");
    const model::Val& gap = m_.field(w, "gap");
    const model::Val& entities = m_.field(w, "entities");
    if (rule.present() == gap.present()) return std::nullopt;  // the loader said which is wrong
    out.every = !entities.present();
    std::size_t errors = diags_.error_count();
    if (rule.present()) {
      out.rule = rule.index;
      auto it = std::find_if(rules.begin(), rules.end(), [&](const CheckedRule& c) { return c.entity == rule.index; });
      if (it == rules.end()) return std::nullopt;  // the rule has errors of its own
      if (entities.present()) rule_subjects(w, *it, entities, out);
    } else {
      out.gap = schema::parse_gap_kind(gap.text);
      if (!out.gap) return std::nullopt;
      if (entities.present()) gap_members(w, *out.gap, entities, out);
    }
    if (diags_.error_count() != errors) return std::nullopt;
    std::sort(out.entities.begin(), out.entities.end());
    std::sort(out.handoffs.begin(), out.handoffs.end());
    return out;
  }

 private:
  void rule_subjects(const model::Entity& w, const CheckedRule& rule, const model::Val& entities, model::Waiver& out) {
    std::string context = "rule " + quoted(m_.entities[rule.entity].id) + " checks";
    if (!rule.collection) {
      diags_.add(Code::UnknownWaiverSubject, entities.span,
                 "rule " + quoted(m_.entities[rule.entity].id) + " has no `for`: its one instance has no subjects to name",
                 "leave out `entities` to waive the rule's one instance");
      return;
    }
    const Type& t = rule.collection->type;
    if (t.base != Base::Handoff && t.base != Base::Entity) {
      diags_.add(Code::UnknownWaiverSubject, entities.span,
                 context + " " + describe(t) + ", which a waiver cannot name one by one",
                 "leave out `entities` to waive every instance of the rule");
      return;
    }
    for (const auto& item : entities.items) {
      if (t.base == Base::Handoff) handoff(w, item, context + " handoffs", out);
      else entity(w, item, t.kinds, context, out);
    }
  }

  void gap_members(const model::Entity& w, GapKind kind, const model::Val& entities, model::Waiver& out) {
    Members mk = members_of(kind);
    std::string name(schema::name_of(kind));
    for (const auto& item : entities.items) {
      if (mk.handoff) handoff(w, item, "a gap of " + name + " is a handoff", out);
      else entity(w, item, kind_bit(schema::kind_index(mk.kind)), name + " gaps are made of", out);
    }
  }

  // An ID that must name an entity of the kinds in `mask`; `context` ends in a
  // verb the kinds follow ("rule 'x' checks", "... gaps are made of").
  void entity(const model::Entity& w, const model::Val& item, std::uint32_t mask, const std::string& context,
              model::Waiver& out) {
    std::string kinds = plural(mask);
    if (item.tag == model::Val::Tag::Handoff) {
      diags_.add(Code::UnknownWaiverSubject, item.span,
                 "waiver " + quoted(w.id) + " names a handoff, but " + context + " " + kinds,
                 "name the " + kinds + " by ID, e.g. entities: [" + std::string(item.items[0].text) + "]");
      return;
    }
    const auto& ks = schema::kinds();
    std::vector<std::string> ids;
    for (std::size_t k = 0; k < ks.size(); ++k) {
      if (!(mask & kind_bit(static_cast<int>(k)))) continue;
      if (model::Index i = m_.find(ks[k].name, item.text); i != model::kNone) {
        out.entities.push_back(i);
        return;
      }
      for (model::Index i = m_.kind_range[k].first; i < m_.kind_range[k].second; ++i) ids.emplace_back(m_.entities[i].id);
    }
    std::string help = "name one of the " + kinds + " by its ID";
    if (auto g = closest(item.text, ids)) help = "did you mean " + quoted(*g) + "?";
    else if (std::string other = other_kind(item.text); !other.empty()) help = quoted(item.text) + " is " + other + "; " + help;
    diags_.add(Code::UnknownWaiverSubject, item.span,
               "waiver " + quoted(w.id) + " names " + quoted(item.text) + ", which is none of the " + kinds + " " + context,
               help);
  }

  // A handoff `a -> b` that must exist; `why` says why it must be a handoff.
  void handoff(const model::Entity& w, const model::Val& item, const std::string& why, model::Waiver& out) {
    if (item.tag != model::Val::Tag::Handoff) {
      diags_.add(Code::UnknownWaiverSubject, item.span,
                 "waiver " + quoted(w.id) + " names " + quoted(item.text) + ", but " + why,
                 "name the handoff as from -> to, e.g. " + std::string(item.text) + " -> NEXT");
      return;
    }
    const model::Val& a = item.items[0];
    const model::Val& b = item.items[1];
    model::Index h = a.index == model::kNone || b.index == model::kNone ? model::kNone : m_.find_handoff(a.index, b.index);
    if (h != model::kNone) {
      out.handoffs.push_back(h);
      return;
    }
    std::string id = std::string(a.text) + " -> " + std::string(b.text);
    std::string help = "handoffs come from `next`; name one that exists";
    if (a.index != model::kNone && b.index != model::kNone && m_.find_handoff(b.index, a.index) != model::kNone)
      help = "the handoff runs the other way: did you mean " + quoted(std::string(b.text) + " -> " + std::string(a.text)) + "?";
    else if (auto g = closest(id, handoff_ids())) help = "did you mean " + quoted(*g) + "?";
    diags_.add(Code::UnknownWaiverSubject, item.span, "waiver " + quoted(w.id) + " names no handoff " + quoted(id), help);
  }

  // "touchpoints", "touchpoints, units or segments".
  static std::string plural(std::uint32_t mask) {
    std::vector<std::string> names;
    const auto& ks = schema::kinds();
    for (std::size_t k = 0; k < ks.size(); ++k)
      if (mask & kind_bit(static_cast<int>(k))) names.emplace_back(ks[k].plural);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? (i + 1 == names.size() ? " or " : ", ") : "") + names[i];
    return out;
  }

  std::vector<std::string> handoff_ids() const {
    std::vector<std::string> out;
    for (const auto& h : m_.handoffs)
      out.push_back(std::string(m_.entities[h.from].id) + " -> " + std::string(m_.entities[h.to].id));
    return out;
  }

  // "a touchpoint" when `id` is an entity of another kind than the waiver needs.
  std::string other_kind(std::string_view id) const {
    for (const auto& k : schema::kinds())
      if (m_.find(k.name, id) != model::kNone) return "a " + std::string(k.name);
    return {};
  }

  const model::Model& m_;
  Diagnostics& diags_;
};

}  // namespace

std::vector<model::Waiver> check_waivers(const model::Model& m, const std::vector<CheckedRule>& rules, Diagnostics& diags) {
  std::vector<model::Waiver> out;
  int kind = schema::kind_index("waiver");
  if (kind < 0 || static_cast<std::size_t>(kind) >= m.kind_range.size()) return out;
  WaiverCheck check(m, diags);
  auto [begin, end] = m.kind_range[static_cast<std::size_t>(kind)];
  for (model::Index w = begin; w < end; ++w)
    if (auto resolved = check.run(w, rules)) out.push_back(std::move(*resolved));
  return out;
}

}  // namespace kubus::rules
