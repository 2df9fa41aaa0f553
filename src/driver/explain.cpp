#include "driver/explain.h"

#include <algorithm>

#include "support/text.h"

namespace kubus::driver {
namespace {

// The source text a span covers, on one line (a multi-line rule is joined).
std::string span_text(const SourceManager& sm, Span s) {
  if (!s.valid()) return {};
  const SourceFile& f = sm.file(s.file);
  std::string out;
  for (std::uint32_t line = s.line; line <= s.end_line && line <= f.line_starts.size(); ++line) {
    std::string_view text = f.line(line);
    std::size_t from = 0, to = text.size();
    if (line == s.line) from = utf8_offset(text, s.col - 1);
    if (line == s.end_line) to = utf8_offset(text, s.end_col - 1);
    if (!out.empty()) out += ' ';
    std::string_view piece = text.substr(from, to > from ? to - from : 0);
    auto first = piece.find_first_not_of(" \t");
    out += first == std::string_view::npos ? std::string() : std::string(piece.substr(first));
  }
  return out;
}

bool about(const Run& r, const eval::Instance& in, const std::string& entity) {
  if (entity.empty()) return true;
  if (in.subject.kind == eval::Subject::Kind::Handoff) {
    const model::Handoff& h = r.model.handoffs[in.subject.index];
    return r.model.entities[h.from].id == entity || r.model.entities[h.to].id == entity;
  }
  return eval::subject_id(r.model, in.subject) == entity;
}

struct Explainer {
  const Run& r;
  Locator where;
  const std::string& entity;
  std::vector<WaiverRow> waiver_rows = waivers(r);

  ExplainedInstance instance(const rules::CheckedRule& rule, const eval::Instance& in) {
    ExplainedInstance out{
        in.outcome,
        eval::subject_id(r.model, in.subject),
        where(in.outcome == eval::Outcome::Error ? in.span : eval::model_spans(r.model, in.subject, in.span).front()),
        in.message,
        {},
        {}};
    if (in.outcome == eval::Outcome::Error) return out;
    if (in.outcome == eval::Outcome::Waived)
      for (auto& w : waiver_rows)
        if (w.id == r.model.entities[in.waiver].id) out.waiver = w;
    for (auto& operand : eval::explain(r.model, rule, in.subject))
      if (std::find(out.operands.begin(), out.operands.end(), operand) == out.operands.end())
        out.operands.push_back(std::move(operand));
    return out;
  }

  std::vector<ExplainedInstance> instances(const rules::CheckedRule& rule, const eval::RuleResult& res,
                                           bool failing_only) {
    std::vector<ExplainedInstance> out;
    for (const eval::Instance& in : res.instances)
      if (about(r, in, entity) && !(failing_only && in.outcome == eval::Outcome::Pass))
        out.push_back(instance(rule, in));
    return out;
  }

  RuleExplanation rule(const SourceManager& sm, const rules::CheckedRule& rule) {
    const model::Entity& e = r.model.entities[rule.entity];
    const eval::RuleResult& res = *r.result(e.id);
    return RuleExplanation{std::string(e.id),
                           std::string(r.model.display(e, r.lang)),
                           res.severity,
                           where(e.span),
                           span_text(sm, rule.expect.span),
                           res.total(),
                           res.passed,
                           res.failed,
                           res.errors,
                           res.waived,
                           instances(rule, res, false)};
  }

  DimensionExplanation dimension(const score::DimensionScore& d) {
    DimensionExplanation out{&d, {}, {}, {}};
    out.title = d.dimension->title.in(r.lang);
    out.level_name = r.matrix.level_name(d.level, r.lang);
    for (const auto& c : d.criteria) {
      CriterionExplanation ce{&c, {}, {}, {}, {}, {}};
      const config::Criterion& cr = *c.criterion;
      if (cr.kind == config::CriterionKind::Rule) {
        if (const rules::CheckedRule* rule = r.rule(cr.ref)) ce.failing = instances(*rule, *r.result(cr.ref), true);
      } else if (cr.kind == config::CriterionKind::Gap) {
        gaps(cr, ce);
      } else {
        observations(cr, ce);
      }
      out.criteria.push_back(std::move(ce));
    }
    return out;
  }

  // The gaps of a gap criterion's kind (about `entity` when given), each with its waiver.
  void gaps(const config::Criterion& cr, CriterionExplanation& ce) {
    for (const auto& g : r.silo.gaps.gaps) {
      if (g.kind != cr.gap) continue;
      if (!entity.empty() && std::find(g.members.begin(), g.members.end(), entity) == g.members.end()) continue;
      ce.gaps.emplace_back(g.id, where(g.span));
      ce.gap_waivers.emplace_back(g.waived() ? r.model.entities[g.waiver].id : std::string_view());
    }
  }

  // The observations behind an `observed:` criterion (the one `entity` names, when given).
  void observations(const config::Criterion& cr, CriterionExplanation& ce) {
    for (auto& o : observations_of(r, cr.ref))
      if (entity.empty() || o.id == entity || o.practice == entity) {
        ce.observation_locations.push_back(where(o.span));
        ce.observations.push_back(std::move(o));
      }
  }
};

// Whether some declared entity has this ID, and if not the closest one.
bool known_entity(const model::Model& m, const std::string& id, std::optional<std::string>& suggestion) {
  std::vector<std::string> ids;
  ids.reserve(m.entities.size());
  for (const model::Entity& e : m.entities) {
    if (e.id == id) return true;
    ids.emplace_back(e.id);
  }
  suggestion = closest(id, ids);
  return false;
}

}  // namespace

Explanation explain(const Run& r, const SourceManager& sm, const std::string& target, const std::string& entity) {
  Explanation out;
  out.lang = r.lang;
  if (!entity.empty() && !known_entity(r.model, entity, out.entity_suggestion)) {
    out.unknown_entity = true;
    return out;
  }
  Explainer x{r, Locator(r, sm), entity};
  if (const rules::CheckedRule* rule = r.rule(target)) {
    out.rule = x.rule(sm, *rule);
    return out;
  }
  for (const auto& d : r.scores.dimensions)
    if (d.dimension->id == target) {
      out.dimension = x.dimension(d);
      return out;
    }
  std::vector<std::string> names;
  for (const auto& d : r.scores.dimensions) names.push_back(d.dimension->id);
  for (const auto& rule : r.rules) names.emplace_back(r.model.entities[rule.entity].id);
  out.suggestion = closest(target, names);
  return out;
}

std::string Explanation::error(const std::string& target, const std::string& entity) const {
  if (unknown_entity)
    return "no entity '" + entity + "' in the model" +
           (entity_suggestion ? " (did you mean '" + *entity_suggestion + "'?)" : std::string());
  if (rule || dimension) return {};
  return "no rule or dimension named '" + target + "'" +
         (suggestion ? " (did you mean '" + *suggestion + "'?)" : std::string());
}

}  // namespace kubus::driver
