#include "driver/texts.h"

namespace kubus::driver {
namespace {

// The entity of `kind` named `id`, or null (a criterion whose rule failed to load).
const model::Entity* find(const Run& r, std::string_view kind, std::string_view id) {
  model::Index i = r.model.find(kind, id);
  return i == model::kNone ? nullptr : &r.model.entities[i];
}

}  // namespace

std::string rule_title(const Run& r, std::string_view rule_id, Lang lang) {
  const model::Entity* e = find(r, "rule", rule_id);
  return e ? std::string(r.model.display(*e, lang)) : std::string(rule_id);
}

std::string rule_rationale(const Run& r, std::string_view rule_id, Lang lang) {
  const model::Entity* e = find(r, "rule", rule_id);
  return e ? std::string(r.model.text(*e, "rationale", lang)) : std::string();
}

std::string criterion_title(const Run& r, const config::Criterion& c, Lang lang) {
  switch (c.kind) {
    case config::CriterionKind::Rule: return rule_title(r, c.ref, lang);
    case config::CriterionKind::Observed: {
      const model::Entity* e = find(r, "practice", c.ref);
      return e ? std::string(r.model.display(*e, lang)) : c.ref;
    }
    case config::CriterionKind::Gap: break;
  }
  return std::string(schema::name_of(c.gap));
}

}  // namespace kubus::driver
