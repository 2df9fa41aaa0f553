#include "eval/eval.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <thread>

#include "eval/parallel.h"
#include "eval/runner.h"

namespace kubus::eval {
namespace {

// Elements of one rule's collection evaluated as one work item: small enough
// that two threads end close together, large enough that handing items out
// and joining their results costs nothing measurable.
constexpr std::uint32_t kPieceElements = 512;
// Below this many elements in all, starting a thread costs more than it saves.
constexpr std::size_t kParallelElements = 16384;
// Each thread costs a start-up and an evaluator's buffers; evaluation, bound by
// memory access, gains little from more than a few.
constexpr unsigned kMaxThreads = 4;

struct Piece {
  std::size_t rule;
  std::uint32_t begin, end;
};

unsigned thread_count(const Options& options, std::size_t elements, std::size_t pieces) {
  unsigned n = options.threads;
  if (n == 0) {
    if (elements < kParallelElements) return 1;
    n = std::clamp(std::thread::hardware_concurrency(), 1u, kMaxThreads);
  }
  return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(pieces, 1)));
}

// The rule's `severity` (its default is in the schema, so it is always present).
Severity rule_severity(const model::Model& m, const rules::CheckedRule& rule) {
  return parse_rule_severity(m.field(m.entities[rule.entity], "severity").text).value_or(Severity::Warning);
}

}  // namespace

std::vector<RuleResult> evaluate(const model::Model& m, const std::vector<rules::CheckedRule>& rules,
                                 const Options& options) {
  // Every rule has at least one piece, so each gets its result even when empty.
  std::vector<Piece> pieces;
  std::size_t elements = 0;
  {
    Runner sizes(m, nullptr, options);
    for (std::size_t r = 0; r < rules.size(); ++r) {
      std::uint32_t n = sizes.elements(rules[r]);
      elements += n;
      std::uint32_t begin = 0;
      do {
        std::uint32_t end = n - begin > kPieceElements ? begin + kPieceElements : n;
        pieces.push_back({r, begin, end});
        begin = end;
      } while (begin < n);
    }
  }
  unsigned threads = thread_count(options, elements, pieces.size());

  std::vector<const rules::CheckedRule*> all;
  for (const auto& rule : rules) all.push_back(&rule);
  // Built before the rules' threads start; from then on nothing shared is written.
  Columns columns(m, all, threads);
  std::vector<std::unique_ptr<Runner>> runners;
  for (unsigned t = 0; t < threads; ++t) runners.push_back(std::make_unique<Runner>(m, &columns, options));
  // Each piece has its own slot, so the result does not depend on which thread ran it.
  std::vector<RuleResult> parts(pieces.size());
  parallel_for(pieces.size(), threads, [&](unsigned worker, std::size_t i) {
    const Piece& p = pieces[i];
    runners[worker]->run(rules[p.rule], p.begin, p.end, parts[i]);
  });

  std::vector<RuleResult> results(rules.size());
  // Each rule's instances are moved once, into a buffer of their final size.
  std::vector<std::size_t> kept(rules.size(), 0);
  for (std::size_t i = 0; i < pieces.size(); ++i) kept[pieces[i].rule] += parts[i].instances.size();
  for (std::size_t r = 0; r < rules.size(); ++r) results[r].instances.reserve(kept[r]);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    RuleResult& out = results[pieces[i].rule];
    RuleResult& part = parts[i];
    std::move(part.instances.begin(), part.instances.end(), std::back_inserter(out.instances));
    out.passed += part.passed;
    out.failed += part.failed;
    out.errors += part.errors;
    out.waived += part.waived;
  }
  for (std::size_t r = 0; r < rules.size(); ++r) {
    results[r].rule = rules[r].entity;
    results[r].severity = rule_severity(m, rules[r]);
  }
  return results;
}

RuleResult evaluate_rule(const model::Model& m, const rules::CheckedRule& rule, const Options& options) {
  Runner runner(m, nullptr, options);
  RuleResult rr;
  rr.rule = rule.entity;
  rr.severity = rule_severity(m, rule);
  runner.run(rule, 0, runner.elements(rule), rr);
  return rr;
}

std::string subject_id(const model::Model& m, const Subject& s) {
  switch (s.kind) {
    case Subject::Kind::Entity: return std::string(m.entities[s.index].id);
    case Subject::Kind::Nested: return std::string(m.nested[s.index].id);
    case Subject::Kind::Handoff: {
      const model::Handoff& h = m.handoffs[s.index];
      return std::string(m.entities[h.from].id) + " -> " + std::string(m.entities[h.to].id);
    }
    case Subject::Kind::None: break;
  }
  return {};
}

Span subject_span(const model::Model& m, const Subject& s) {
  switch (s.kind) {
    case Subject::Kind::Entity: return m.entities[s.index].span;
    case Subject::Kind::Nested: return m.nested[s.index].span;
    case Subject::Kind::Handoff: return m.handoffs[s.index].span;
    case Subject::Kind::None: break;
  }
  return {};
}

}  // namespace kubus::eval
