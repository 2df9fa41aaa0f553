#include <algorithm>
#include <filesystem>

#include "driver/evidence.h"
#include "driver/run.h"
#include "score/measure.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::driver {

const eval::RuleResult* Run::result(std::string_view rule_id) const {
  auto it = by_rule_.find(rule_id);
  return it == by_rule_.end() ? nullptr : &results[it->second];
}

const rules::CheckedRule* Run::rule(std::string_view rule_id) const {
  auto it = by_rule_.find(rule_id);
  return it == by_rule_.end() ? nullptr : &rules[it->second];
}

score::Measure Run::measure(const config::Criterion& c) const {
  switch (c.kind) {
    case config::CriterionKind::Rule: return score::measure_rule(result(c.ref));
    case config::CriterionKind::Gap: return score::measure_gap(silo.gaps, c.gap);
    case config::CriterionKind::Observed: return score::measure_observed(model, c);
  }
  return {};
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

std::vector<std::string> catalogue_paths(const config::Assessment& a, const config::Matrix& matrix,
                                         const std::vector<std::string>& library_path) {
  std::vector<std::string> paths;
  for (const auto& name : matrix.uses) {
    auto lib = model::find_library(name, library_path);
    if (!lib || !lib->directory) continue;
    fs::path catalogue = fs::path(lib->path) / "initiatives.yaml";
    std::error_code ec;
    if (fs::is_regular_file(catalogue, ec) &&
        std::find(paths.begin(), paths.end(), catalogue.generic_string()) == paths.end())
      paths.push_back(catalogue.generic_string());
  }
  paths.insert(paths.end(), a.initiatives.begin(), a.initiatives.end());
  return paths;
}

std::unique_ptr<Run> prepare(Session& s, const std::string& assessment, bool with_catalogue) {
  auto a = config::load_assessment(assessment, s.sm, s.diags, s.unreadable);
  if (!a) return nullptr;
  auto r = std::make_unique<Run>();
  r->assessment = std::move(*a);
  auto matrix_path = config::find_matrix(r->assessment.matrix, s.load.library_path);
  if (!matrix_path) {
    auto guess = closest(r->assessment.matrix, config::matrix_ids(s.load.library_path));
    s.diags.add(Code::UseNotFound, r->assessment.matrix_span, "no matrix '" + r->assessment.matrix + "'",
                guess ? "did you mean '" + *guess + "'?"
                      : "give a path to a .yaml file, or the ID of a library that has a matrix.yaml "
                        "(on KUBUS_PATH or bundled)");
    return nullptr;
  }
  auto matrix = config::load_matrix(*matrix_path, s.sm, s.diags, s.unreadable);
  if (!matrix) return nullptr;
  r->matrix = std::move(*matrix);

  model::LoadOptions with_uses = s.load;
  with_uses.extra_libraries.insert(with_uses.extra_libraries.end(), r->matrix.uses.begin(), r->matrix.uses.end());
  auto loaded = model::load(r->assessment.model, with_uses, s.sm, s.diags);
  if (loaded.unreadable) s.unreadable = true;
  r->model = std::move(loaded.model);
  config::check_references(r->matrix, r->model, s.diags);
  config::check_targets(r->assessment, r->matrix, s.diags);
  r->rules = rules::check_rules(r->model, s.diags, &r->waivers);
  r->active = model::active(r->waivers, r->assessment.date);
  warn_expired(*r, s.diags);
  if (with_catalogue) {
    // Without any catalogue there is nothing to warn about per criterion: the
    // roadmap itself says that no initiative fixes what fails.
    r->catalogue_files = catalogue_paths(r->assessment, r->matrix, s.load.library_path);
    r->catalogue = r->catalogue_files.empty()
                       ? plan::Catalogue{}
                       : plan::load_catalogues(r->catalogue_files, &r->matrix, s.sm, s.diags, s.unreadable);
    if (r->catalogue) {
      plan::check_catalogue(*r->catalogue, r->model, r->assessment.currency, r->assessment.budget_span, s.diags);
      plan::check_progress(r->assessment, *r->catalogue, s.diags);
    }
  }
  return r;
}

namespace {

// The command line's what-if replaces the assessment's capacity and budget; a
// budget in another currency than the assessment's cannot be compared with
// the initiatives' costs (exit 2).
bool apply_overrides(Session& s, const RunOptions& o, config::Assessment& a) {
  if (o.budget_per_year && o.budget_per_year->currency != a.currency) {
    s.diags.add(Code::OverrideCurrency, a.capacity_span,
                "--budget-per-year is in " + o.budget_per_year->currency + ", this assessment budgets in " + a.currency,
                "give --budget-per-year in " + a.currency + ", as the initiatives' costs are");
    s.usage = true;
    return false;
  }
  if (o.budget_per_year) a.budget_per_year = o.budget_per_year->value;
  if (o.capacity_per_quarter) a.capacity_pm = o.capacity_per_quarter->value;
  return true;
}

// The roadmap and the plans of the scenarios, planned together so that more
// budget and capacity never reach fewer targets.
void plan_all(Run& r, const score::MeasureFn& measure) {
  std::vector<config::Assessment> variants;
  variants.reserve(r.assessment.scenarios.size());
  for (const auto& sc : r.assessment.scenarios) variants.push_back(r.assessment.with(sc));
  std::vector<plan::Input> inputs{{&r.matrix, &r.assessment, measure, &r.model}};
  for (const auto& v : variants) inputs.push_back({&r.matrix, &v, measure, &r.model});
  auto plans = plan::plan_variants(inputs, *r.catalogue);
  r.roadmap = std::move(plans.front());
  for (std::size_t i = 0; i < variants.size(); ++i)
    r.scenarios.push_back({r.assessment.scenarios[i].name, variants[i].budget_per_year, variants[i].capacity_pm,
                           variants[i].years, std::move(plans[i + 1])});
}

}  // namespace

std::unique_ptr<Run> assess(Session& s, const std::string& assessment, const RunOptions& options) {
  auto r = prepare(s, assessment, options.plan);
  if (!r || s.exit() != Exit::Ok || (options.plan && !r->catalogue)) return nullptr;
  if (!apply_overrides(s, options, r->assessment)) return nullptr;
  r->lang = options.lang.value_or(r->assessment.language.value_or(kDefaultLang));  // --lang, language:, English

  eval::Options eval_options;
  eval_options.keep_passing = options.keep_passing;
  eval_options.lang = r->lang;
  eval_options.waivers = &r->active;
  r->results = eval::evaluate(r->model, r->rules, eval_options);
  for (const auto& result : r->results) eval::report_too_much_work(r->model, result, eval_options, s.diags);
  if (s.exit() != Exit::Ok) return nullptr;
  for (std::size_t i = 0; i < r->rules.size(); ++i) r->by_rule_.emplace(r->model.entities[r->rules[i].entity].id, i);
  r->silo = graph::analyse(r->model, r->active);
  const Run* self = r.get();
  score::MeasureFn measure = [self](const config::Dimension&, const config::Criterion& c) { return self->measure(c); };
  r->scores = score::compute(r->matrix, measure, r->assessment.targets);
  if (options.plan)
    plan::check_coverage(r->scores, *r->catalogue, r->catalogue_files, r->matrix, r->assessment.matrix_span, s.diags);
  if (options.plan) plan_all(*r, measure);
  return r;
}

}  // namespace kubus::driver
