#include "report/pipeline.h"

#include <algorithm>
#include <filesystem>

#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::report {

const eval::RuleResult* Run::result(std::string_view rule_id) const {
  auto it = by_rule_.find(rule_id);
  return it == by_rule_.end() ? nullptr : &results[it->second];
}

const rules::CheckedRule* Run::rule(std::string_view rule_id) const {
  auto it = by_rule_.find(rule_id);
  return it == by_rule_.end() ? nullptr : &rules[it->second];
}

score::Measure Run::measure(const config::Criterion& c) const {
  score::Measure m;
  switch (c.kind) {
    case config::CriterionKind::Rule: {
      const eval::RuleResult* r = result(c.ref);
      if (!r) return m;  // the rule failed to check: not evaluated
      if (r->total() == 0) {
        m.status = score::Status::NotApplicable;
        return m;
      }
      m.status = score::Status::Evaluated;
      m.passed = static_cast<double>(r->passed);
      m.total = static_cast<double>(r->total());
      m.value = m.passed / m.total;
      m.failures = r->failed + r->errors;
      return m;
    }
    case config::CriterionKind::Gap: {
      auto it = gaps.sites.find(c.gap);
      std::size_t sites = it == gaps.sites.end() ? 0 : it->second;
      sites -= std::min(sites, gaps.waived(c.gap));  // a waived gap drops out of the sites too
      if (sites == 0) {
        m.status = score::Status::NotApplicable;
        return m;
      }
      std::size_t found = gaps.count(c.gap);
      m.status = score::Status::Evaluated;
      m.total = static_cast<double>(sites);
      m.passed = static_cast<double>(sites - std::min(found, sites));
      m.value = m.passed / m.total;
      m.failures = found;
      return m;
    }
    case config::CriterionKind::Observed: {
      double sum = 0, weights = 0;
      for (model::Index i : model.of_kind("observation")) {
        const model::Entity& o = model.entities[i];
        const model::Val& practice = model.field(o, "practice");
        if (practice.index == model::kNone || model.entities[practice.index].id != c.ref) continue;
        double w = score::confidence_weight(model.field(o, "confidence").text);
        sum += w * model.field(o, "level").number;
        weights += w;
      }
      if (weights == 0) {
        m.status = score::Status::NotApplicable;
        return m;
      }
      m.status = score::Status::Evaluated;
      m.passed = sum / weights;
      m.total = c.min;
      m.value = m.passed >= c.min ? 1.0 : m.passed / c.min;
      m.failures = m.passed >= c.min ? 0 : 1;
      return m;
    }
  }
  return m;
}

std::optional<double> Run::progress(std::string_view dimension) const {
  if (!previous) return std::nullopt;
  if (dimension.empty()) return scores.overall - previous->overall;
  for (const auto& d : scores.dimensions)
    if (d.dimension->id == dimension)
      for (const auto& [id, before] : previous->dimensions)
        if (id == dimension) return d.score - before;
  return std::nullopt;  // a dimension the previous run's matrix did not have
}

std::vector<std::string> catalogue_paths(const config::Assessment& a, const std::string& matrix_path) {
  std::vector<std::string> paths;
  fs::path beside = fs::path(matrix_path).parent_path() / "initiatives.yaml";
  std::error_code ec;
  if (fs::is_regular_file(beside, ec)) paths.push_back(beside.generic_string());
  paths.insert(paths.end(), a.initiatives.begin(), a.initiatives.end());
  return paths;
}

std::unique_ptr<Run> prepare(const std::string& assessment, const model::LoadOptions& load, bool with_catalogue,
                             SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  auto a = config::load_assessment(assessment, sm, diags, unreadable);
  if (!a) return nullptr;
  auto r = std::make_unique<Run>();
  r->assessment = std::move(*a);
  auto matrix_path = config::find_matrix(r->assessment.matrix, load.library_path);
  if (!matrix_path) {
    auto guess = closest(r->assessment.matrix, config::matrix_ids(load.library_path));
    diags.add(Code::UseNotFound, r->assessment.matrix_span, "no matrix '" + r->assessment.matrix + "'",
              guess ? "did you mean '" + *guess + "'?"
                    : "give a path to a .yaml file, or the ID of a library that has a matrix.yaml "
                      "(on KUBUS_PATH or bundled)");
    return nullptr;
  }
  auto matrix = config::load_matrix(*matrix_path, sm, diags, unreadable);
  if (!matrix) return nullptr;
  r->matrix = std::move(*matrix);

  model::LoadOptions with_uses = load;
  with_uses.extra_libraries.insert(with_uses.extra_libraries.end(), r->matrix.uses.begin(), r->matrix.uses.end());
  auto loaded = model::load(r->assessment.model, with_uses, sm, diags);
  if (loaded.unreadable) unreadable = true;
  r->model = std::move(loaded.model);
  config::check_references(r->matrix, r->model, diags);
  config::check_targets(r->assessment, r->matrix, diags);
  r->rules = rules::check_rules(r->model, diags, &r->waivers);
  r->active = model::active(r->waivers, r->assessment.date);
  if (with_catalogue) {
    // Without any catalogue there is nothing to warn about per criterion: the
    // roadmap itself says that no initiative fixes what fails.
    auto paths = catalogue_paths(r->assessment, *matrix_path);
    r->catalogue = paths.empty() ? plan::Catalogue{}
                                 : plan::load_catalogues(paths, &r->matrix, sm, diags, unreadable);
  }
  return r;
}

std::unique_ptr<Run> run(const std::string& assessment, const model::LoadOptions& load, const RunOptions& options,
                         SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  auto r = prepare(assessment, load, options.plan, sm, diags, unreadable);
  if (!r || diags.has_errors() || unreadable || (options.plan && !r->catalogue)) return nullptr;

  eval::Options eval_options;
  eval_options.keep_passing = options.keep_passing;
  eval_options.waivers = &r->active;
  r->results = eval::evaluate(r->model, r->rules, eval_options);
  for (std::size_t i = 0; i < r->rules.size(); ++i) r->by_rule_.emplace(r->model.entities[r->rules[i].entity].id, i);
  r->gaps = graph::find_gaps(r->model);
  graph::waive(r->gaps, r->active);
  const Run* self = r.get();
  score::MeasureFn measure = [self](const config::Dimension&, const config::Criterion& c) { return self->measure(c); };
  r->scores = score::compute(r->matrix, measure, r->assessment.targets);
  if (options.plan) r->roadmap = plan::plan(plan::Input{&r->matrix, &r->assessment, measure}, *r->catalogue);
  return r;
}

}  // namespace kubus::report
