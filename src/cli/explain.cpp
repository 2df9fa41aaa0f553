// `kubus explain RULE|DIMENSION`: why it scored as it did, down to each
// instance and its file:line.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/assess.h"
#include "report/report.h"
#include "report/text.h"
#include "support/text.h"

namespace kubus::cli {
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

bool matches(const report::Run& r, const eval::Instance& in, const std::string& entity) {
  if (entity.empty()) return true;
  if (in.subject.kind == eval::Subject::Kind::Handoff) {
    const model::Handoff& h = r.model.handoffs[in.subject.index];
    return r.model.entities[h.from].id == entity || r.model.entities[h.to].id == entity;
  }
  return eval::subject_id(r.model, in.subject) == entity;
}

void explain_instances(const report::Run& r, const SourceManager& sm, const rules::CheckedRule& rule,
                       const eval::RuleResult& res, const std::string& entity, const std::string& indent) {
  for (const eval::Instance& in : res.instances) {
    if (!matches(r, in, entity)) continue;
    const char* word = in.outcome == eval::Outcome::Pass ? "PASS" : in.outcome == eval::Outcome::Fail ? "FAIL" : "ERROR";
    std::cout << fmt::format("{}{:<5} {}  {}", indent, word, eval::subject_id(r.model, in.subject),
                             report::location(r, sm, in.outcome == eval::Outcome::Error ? in.span
                                                                                       : eval::subject_span(r.model, in.subject)));
    if (!in.message.empty()) std::cout << "  " << in.message;
    std::cout << "\n";
    if (in.outcome == eval::Outcome::Error) continue;
    std::vector<std::pair<std::string, std::string>> shown;  // an operand used twice is shown once
    for (const auto& operand : eval::explain(r.model, rule, in.subject)) {
      if (std::find(shown.begin(), shown.end(), operand) != shown.end()) continue;
      shown.push_back(operand);
      std::cout << fmt::format("{}      {} = {}\n", indent, operand.first, operand.second);
    }
  }
}

int explain_rule(const report::Run& r, const SourceManager& sm, const rules::CheckedRule& rule,
                 const std::string& entity) {
  const model::Entity& e = r.model.entities[rule.entity];
  const eval::RuleResult& res = *r.result(e.id);
  std::cout << fmt::format("rule {} \"{}\" ({})\n  defined at {}\n  expect {}\n", e.id, r.model.display(e),
                           rule_severity_name(res.severity), report::location(r, sm, e.span),
                           span_text(sm, rule.expect.span));
  std::cout << fmt::format("  {} instance(s): {} pass, {} fail, {} error(s)\n", res.total(), res.passed, res.failed,
                           res.errors);
  explain_instances(r, sm, rule, res, entity, "  ");
  return kExitOk;
}

int explain_dimension(const report::Run& r, const SourceManager& sm, const score::DimensionScore& d,
                      const std::string& entity) {
  std::cout << fmt::format("dimension {} \"{}\": level {} ({}), score {}", d.dimension->id, d.dimension->title, d.level,
                           report::level_name(r.matrix, d.level), report::fixed(d.score, 2));
  if (d.target) std::cout << fmt::format(", target {}", *d.target);
  std::cout << "\n";
  for (const auto& c : d.criteria) {
    const config::Criterion& cr = *c.criterion;
    int decimals = cr.kind == config::CriterionKind::Observed ? 1 : 0;  // counts are whole; observed levels a mean
    std::string score = c.measure.status == score::Status::Evaluated
                            ? fmt::format("{}% ({}/{})", report::fixed(c.measure.value * 100, 0),
                                          report::fixed(c.measure.passed, decimals),
                                          report::fixed(c.measure.total, decimals))
                            : "-";
    std::cout << fmt::format("  level {}  {}  {}  {}  threshold {}\n", cr.level, cr.key(), report::status_name(c), score,
                             report::fixed(cr.threshold, 2));
    if (cr.kind == config::CriterionKind::Rule) {
      if (const rules::CheckedRule* rule = r.rule(cr.ref)) {
        eval::RuleResult failing = *r.result(cr.ref);
        std::erase_if(failing.instances, [](const eval::Instance& in) { return in.outcome == eval::Outcome::Pass; });
        explain_instances(r, sm, *rule, failing, entity, "      ");
      }
    } else if (cr.kind == config::CriterionKind::Gap) {
      for (const auto& g : r.gaps.gaps)
        if (g.kind == cr.gap) std::cout << fmt::format("      GAP   {}  {}\n", g.id, report::location(r, sm, g.span));
    }
  }
  return kExitOk;
}

}  // namespace

int run_explain(const std::string& target, const std::string& entity, const std::string& assessment, const Common& c) {
  SourceManager sm;
  int exit_code = kExitOk;
  auto run = open_run(assessment, report::RunOptions{true, false}, sm, c, exit_code);
  if (!run) return exit_code;
  if (const rules::CheckedRule* rule = run->rule(target)) return explain_rule(*run, sm, *rule, entity);
  for (const auto& d : run->scores.dimensions)
    if (d.dimension->id == target) return explain_dimension(*run, sm, d, entity);
  std::vector<std::string> names;
  for (const auto& d : run->scores.dimensions) names.push_back(d.dimension->id);
  for (const auto& rule : run->rules) names.emplace_back(run->model.entities[rule.entity].id);
  auto guess = closest(target, names);
  std::cerr << "kubus: error: no rule or dimension named '" << target << "'"
            << (guess ? " (did you mean '" + *guess + "'?)" : std::string()) << "\n";
  return kExitUsage;
}

}  // namespace kubus::cli
