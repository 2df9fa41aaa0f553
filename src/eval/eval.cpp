#include "eval/eval.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
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

// Whether a rule went past the limit follows from its whole work, which does
// not depend on the threads: a piece stopped early only because the rule's
// work, on all threads together, had already passed the limit. So the result is
// the same for any number of threads.
void settle_work(RuleResult& r, const Options& options) {
  if (!r.too_much_work && r.work <= options.work_limit) return;
  r.instances.clear();
  r.instances.shrink_to_fit();
  r.passed = r.failed = r.errors = 0;
  r.work = options.work_limit;
  r.too_much_work = true;
}

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
  // The collections are evaluated here, once each: their work counts once.
  std::vector<Piece> pieces;
  std::size_t elements = 0;
  std::vector<RuleResult> results(rules.size());
  {
    Runner sizes(m, nullptr, options);
    for (std::size_t r = 0; r < rules.size(); ++r) {
      std::uint32_t n = sizes.elements(rules[r]);
      results[r].work = sizes.collection_work();
      results[r].too_much_work = sizes.collection_stopped();
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
  all.reserve(rules.size());
  for (const auto& rule : rules) all.push_back(&rule);
  // Built before the rules' threads start; from then on nothing shared is written
  // but each rule's count of work, which every thread evaluating it adds to.
  Columns columns(m, all, threads);
  std::vector<std::unique_ptr<Runner>> runners;
  for (unsigned t = 0; t < threads; ++t) runners.push_back(std::make_unique<Runner>(m, &columns, options));
  std::vector<std::atomic<std::uint64_t>> work(rules.size());
  for (std::size_t r = 0; r < rules.size(); ++r) work[r] = results[r].work;
  // Each piece has its own slot, so the result does not depend on which thread ran it.
  std::vector<RuleResult> parts(pieces.size());
  parallel_for(pieces.size(), threads, [&](unsigned worker, std::size_t i) {
    const Piece& p = pieces[i];
    if (!results[p.rule].too_much_work) runners[worker]->run(rules[p.rule], p.begin, p.end, parts[i], &work[p.rule]);
  });

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
    out.work += part.work;
    out.too_much_work = out.too_much_work || part.too_much_work;
  }
  for (std::size_t r = 0; r < rules.size(); ++r) {
    results[r].rule = rules[r].entity;
    results[r].severity = rule_severity(m, rules[r]);
    settle_work(results[r], options);
  }
  return results;
}

RuleResult evaluate_rule(const model::Model& m, const rules::CheckedRule& rule, const Options& options) {
  Runner runner(m, nullptr, options);
  RuleResult rr;
  rr.rule = rule.entity;
  rr.severity = rule_severity(m, rule);
  std::uint32_t n = runner.elements(rule);
  rr.work = runner.collection_work();
  rr.too_much_work = runner.collection_stopped();
  if (!rr.too_much_work) runner.run(rule, 0, n, rr);
  settle_work(rr, options);
  return rr;
}

void report_too_much_work(const model::Model& m, const RuleResult& result, const Options& options,
                          Diagnostics& diags) {
  if (!result.too_much_work) return;
  const model::Entity& rule = m.entities[result.rule];
  diags.add(Code::TooMuchWork, rule.id_span,
            fmt::format("rule '{}' does too much work: it was stopped after {} steps", rule.id, options.work_limit),
            "its work grows with the product of the collections its quantifiers and filters nest over; "
            "nest fewer of them, or narrow them with `where` first");
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
