#include "eval/ruletest.h"

#include <algorithm>
#include <set>

#include "eval/eval.h"
#include "support/text.h"

namespace kubus::eval {
namespace {

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

// The IDs a rule's instances can have: the entities of its `for` collection's kinds.
std::vector<std::string> subject_ids(const model::Model& m, const rules::CheckedRule& rule) {
  std::vector<std::string> out;
  const rules::Type& t = rule.collection->type;
  if (t.base == rules::Base::Block) {
    for (const auto& n : m.nested) out.emplace_back(n.id);
  } else {
    const auto& ks = schema::kinds();
    for (std::size_t k = 0; k < ks.size(); ++k)
      if (t.base != rules::Base::Entity || (t.kinds & rules::kind_bit(static_cast<int>(k))))
        for (model::Index i = m.kind_range[k].first; i < m.kind_range[k].second; ++i) out.emplace_back(m.entities[i].id);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::vector<std::string> handoff_ids(const model::Model& m) {
  std::vector<std::string> out;
  for (model::Index h = 0; h < m.handoffs.size(); ++h) out.push_back(subject_id(m, {Subject::Kind::Handoff, h}));
  std::sort(out.begin(), out.end());
  return out;
}

class TestRun {
 public:
  TestRun(const model::Model& m, const std::vector<model::Waiver>& waivers, Diagnostics& diags)
      : m_(m), waivers_(waivers), diags_(diags) {}

  TestResult run(model::Index ti, const std::vector<rules::CheckedRule>& rules) {
    const model::Entity& t = m_.entities[ti];
    TestResult r;
    r.test = ti;
    r.id = t.id;
    r.span = t.span;
    const model::Val& rule_ref = m_.field(t, "rule");
    if (!rule_ref.present()) {
      r.problem = "the test names no rule (see the diagnostics)";
      return r;
    }
    r.rule = m_.entities[rule_ref.index].id;
    auto it = std::find_if(rules.begin(), rules.end(), [&](const rules::CheckedRule& c) { return c.entity == rule_ref.index; });
    if (it == rules.end()) {
      r.problem = "rule " + q(r.rule) + " has errors (see the diagnostics)";
      return r;
    }
    const rules::CheckedRule& rule = *it;
    std::set<std::string> expected, expected_waived;
    bool want_pass = false;
    if (!expectations(t, rule, expected, want_pass) || !waived_expectation(t, rule, expected_waived)) {
      r.problem = "the test is invalid (see the diagnostics)";
      return r;
    }

    std::vector<model::Waiver> active = model::active(waivers_, m_.field(t, "date").text);
    Options options;
    options.waivers = &active;
    RuleResult result = evaluate_rule(m_, rule, options);
    if (result.too_much_work) {
      report_too_much_work(m_, result, options, diags_);
      r.problem = "the rule does too much work (see the diagnostics)";
      return r;
    }
    std::set<std::string> flagged, waived;
    message_none(rule, result);
    if (!outcomes(result, r.rule, flagged, waived)) {
      r.problem = "the rule failed at run time (see the diagnostics)";
      return r;
    }
    if (m_.field(t, "waived").present()) r.problem = waived_mismatch(waived, expected_waived);
    bool waivers_ok = r.problem.empty();
    if (!rule.collection) {
      bool held = result.failed == 0;
      if (held != want_pass) r.problem = std::string("expected the rule to ") + (want_pass ? "hold" : "fail") +
                                         ", but it " + (held ? "holds" : "fails");
      r.passed = held == want_pass && waivers_ok;
      return r;
    }
    std::set_difference(flagged.begin(), flagged.end(), expected.begin(), expected.end(), std::back_inserter(r.unexpected));
    std::set_difference(expected.begin(), expected.end(), flagged.begin(), flagged.end(), std::back_inserter(r.missing));
    r.passed = r.unexpected.empty() && r.missing.empty() && waivers_ok;
    return r;
  }

 private:
  // Sorts the instances into the subjects flagged and waived (the one instance
  // of a rule without `for` is named by the rule's ID); an instance that failed
  // at run time is a diagnostic, and then false.
  bool outcomes(const RuleResult& result, const std::string& rule_id, std::set<std::string>& flagged,
                std::set<std::string>& waived) {
    bool ok = true;
    for (const auto& inst : result.instances) {
      if (inst.outcome == Outcome::Fail) flagged.insert(subject_id(m_, inst.subject));
      if (inst.outcome == Outcome::Waived)
        waived.insert(inst.subject.kind == Subject::Kind::None ? rule_id : subject_id(m_, inst.subject));
      if (inst.outcome != Outcome::Error) continue;
      std::string who = inst.subject.kind == Subject::Kind::None ? "" : " for " + q(subject_id(m_, inst.subject));
      diags_.add(Code::RuleRunError, inst.span, "rule " + q(rule_id) + " failed at run time" + who + ": " + inst.message,
                 "guard the expression, e.g. `count(x) > 0 and ... / count(x) ...`");
      ok = false;
    }
    return ok;
  }

  // A mismatch in `waived`, told in words; empty when the subjects agree.
  static std::string waived_mismatch(const std::set<std::string>& waived, const std::set<std::string>& expected) {
    std::vector<std::string> extra, absent;
    std::set_difference(waived.begin(), waived.end(), expected.begin(), expected.end(), std::back_inserter(extra));
    std::set_difference(expected.begin(), expected.end(), waived.begin(), waived.end(), std::back_inserter(absent));
    std::string out;
    if (!extra.empty()) out = "waived, but not in the test: " + joined(extra);
    if (!absent.empty()) out += (out.empty() ? "" : "; ") + ("in the test, but not waived: " + joined(absent));
    return out;
  }

  // Validates the test's expectation fields and collects what it expects.
  bool expectations(const model::Entity& t, const rules::CheckedRule& rule, std::set<std::string>& expected,
                    bool& want_pass) {
    const model::Val& flags = m_.field(t, "flags");
    const model::Val& hand = m_.field(t, "flags-handoffs");
    const model::Val& passes = m_.field(t, "passes");
    if (!flags.present() && !hand.present() && !passes.present()) {
      diags_.add(Code::TestExpectation, t.id_span, "test " + q(t.id) + " states no expectation",
                 rule.collection ? "add `flags: [...]` with the IDs the rule must flag (`flags: []` for none)"
                                 : "add `passes: true` or `passes: false`");
      return false;
    }
    if (passes.present() && (flags.present() || hand.present())) {
      diags_.add(Code::TestExpectation, passes.span, "test " + q(t.id) + " states both `passes` and the subjects it flags",
                 "keep `passes` for a rule without `for`, or `flags` for a rule with one");
      return false;
    }
    std::string rule_id(m_.entities[rule.entity].id);
    if (!rule.collection) {
      if (passes.present()) {
        want_pass = passes.boolean;
        return true;
      }
      const model::Val& v = flags.present() ? flags : hand;
      diags_.add(Code::TestRuleMismatch, v.span, "rule " + q(rule_id) + " has no `for`: it has one instance and flags no subjects",
                 "write `passes: true` or `passes: false`");
      return false;
    }
    if (passes.present()) {
      diags_.add(Code::TestRuleMismatch, passes.span, "rule " + q(rule_id) + " has one instance per item of its `for`",
                 "say which it flags: `flags: [...]` (`flags: []` for none)");
      return false;
    }
    bool handoff_rule = rule.collection->type.base == rules::Base::Handoff;
    const model::Val& wrong = handoff_rule ? flags : hand;
    if (wrong.present() && !wrong.items.empty()) {
      diags_.add(Code::TestRuleMismatch, wrong.span,
                 "rule " + q(rule_id) + " iterates over " + (handoff_rule ? "handoffs" : "entities") + ", not " +
                     (handoff_rule ? "entities" : "handoffs"),
                 handoff_rule ? "name its subjects as `flags-handoffs: [a -> b]`" : "name its subjects by ID in `flags: [...]`");
      return false;
    }
    bool ok = true;
    if (!handoff_rule && flags.present()) {
      std::vector<std::string> ids = subject_ids(m_, rule);
      for (const auto& v : flags.items) {
        std::string id(v.text);
        ok = known(t, id, v.span, ids) && ok;
        expected.insert(std::move(id));
      }
    }
    if (handoff_rule && hand.present()) {
      std::vector<std::string> ids = handoff_ids(m_);
      for (const auto& v : hand.items) {
        std::string_view from = v.items[0].text, to = v.items[1].text;
        std::string id = std::string(from) + " -> " + std::string(to);
        std::string reverse = std::string(to) + " -> " + std::string(from);
        ok = known(t, id, v.span, ids, std::binary_search(ids.begin(), ids.end(), reverse) ? reverse : "") && ok;
        expected.insert(std::move(id));
      }
    }
    return ok;
  }

  // A message that prints "none" for an absent value reads badly in a report:
  // told once per rule and fixture, at the message.
  void message_none(const rules::CheckedRule& rule, const RuleResult& result) {
    auto it = std::find_if(result.instances.begin(), result.instances.end(),
                           [](const Instance& i) { return i.none_in_message; });
    if (it == result.instances.end() || !told_.insert(rule.entity).second) return;
    const model::Entity& r = m_.entities[rule.entity];
    const model::Val& message = m_.field(r, "message");
    diags_.add(Code::MessageNone, message.present() ? message.span : r.id_span,
               "the message of rule " + q(r.id) + " prints none for " + q(subject_id(m_, it->subject)) + ": \"" +
                   it->message + "\"",
               "give the value that may be absent a default after a bar, e.g. {t.owner|no owner}");
  }

  // `waived: [...]`: subjects as `flags` names them (IDs, or handoffs a -> b).
  bool waived_expectation(const model::Entity& t, const rules::CheckedRule& rule, std::set<std::string>& expected) {
    const model::Val& waived = m_.field(t, "waived");
    if (!waived.present()) return true;
    if (!rule.collection) {
      std::string rule_id(m_.entities[rule.entity].id);
      for (const auto& v : waived.items) {
        if (v.text == rule_id) {
          expected.insert(rule_id);
          continue;
        }
        diags_.add(Code::TestRuleMismatch, v.span, "rule " + q(rule_id) + " has no `for`: its one instance has no subject",
                   "write `waived: [" + rule_id + "]` when the rule's one instance is waived");
        return false;
      }
      return true;
    }
    bool handoff_rule = rule.collection->type.base == rules::Base::Handoff;
    std::vector<std::string> ids = handoff_rule ? handoff_ids(m_) : subject_ids(m_, rule);
    bool ok = true;
    for (const auto& v : waived.items) {
      std::string id = v.tag == model::Val::Tag::Handoff ? std::string(v.items[0].text) + " -> " + std::string(v.items[1].text)
                                                        : std::string(v.text);
      ok = known(t, id, v.span, ids) && ok;
      expected.insert(std::move(id));
    }
    return ok;
  }

  // `reverse`: the handoff the other way round, when that one exists.
  bool known(const model::Entity& t, const std::string& id, Span span, const std::vector<std::string>& ids,
             const std::string& reverse = {}) {
    if (std::binary_search(ids.begin(), ids.end(), id)) return true;
    std::string help = "name subjects the rule iterates over, as declared in this fixture";
    if (!reverse.empty()) help = "the handoff runs the other way: did you mean " + q(reverse) + "?";
    else if (auto g = closest(id, ids)) help = "did you mean " + q(*g) + "?";
    diags_.add(Code::UnknownTestSubject, span, "test " + q(t.id) + " names " + q(id) + ", which is no subject of its rule",
               help);
    return false;
  }

  const model::Model& m_;
  const std::vector<model::Waiver>& waivers_;
  Diagnostics& diags_;
  std::set<model::Index> told_;  // rules whose message_none was reported
};

}  // namespace

std::vector<TestResult> run_tests(const model::Model& m, const std::vector<rules::CheckedRule>& rules,
                                  const std::vector<model::Waiver>& waivers, FileId file, Diagnostics& diags) {
  std::vector<TestResult> out;
  int kind = schema::kind_index("test");
  if (kind < 0) return out;
  TestRun run(m, waivers, diags);
  auto [begin, end] = m.kind_range[static_cast<std::size_t>(kind)];
  for (model::Index t = begin; t < end; ++t)
    if (m.entities[t].span.file == file) out.push_back(run.run(t, rules));
  return out;
}

}  // namespace kubus::eval
