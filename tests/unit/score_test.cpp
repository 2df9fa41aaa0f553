// Scoring (ENGINE.md §1) on matrices built in code, with hand-computed numbers.
#include <catch2/catch.hpp>

#include <map>

#include "score/score.h"

using namespace kubus;
using score::Status;

namespace {

struct C {
  std::string ref;
  int level;
  double threshold = 1.0, weight = 1.0;
};

config::Matrix matrix(const std::vector<std::pair<std::string, std::vector<C>>>& dims,
                      std::vector<double> weights = {}) {
  config::Matrix m;
  for (int l = 1; l <= 5; ++l) m.levels.push_back({l, Text("L" + std::to_string(l))});
  for (std::size_t i = 0; i < dims.size(); ++i) {
    config::Dimension d;
    d.id = dims[i].first;
    d.weight = i < weights.size() ? weights[i] : 1.0;
    for (const auto& c : dims[i].second) {
      config::Criterion crit;
      crit.ref = c.ref;
      crit.level = c.level;
      crit.threshold = c.threshold;
      crit.weight = c.weight;
      d.criteria.push_back(crit);
    }
    m.dimensions.push_back(d);
  }
  return m;
}

score::Measure eval(double s) { return {Status::Evaluated, s, s * 10, 10, 0}; }
score::Measure na() { return {Status::NotApplicable, 0, 0, 0, 0}; }
score::Measure not_evaluated() { return {Status::NotEvaluated, 0, 0, 0, 0}; }

score::Scores run(const config::Matrix& m, const std::map<std::string, score::Measure>& measures,
                  const std::map<std::string, int>& targets = {}) {
  std::map<std::string, config::Target> t;
  for (const auto& [d, l] : targets) t[d].level = l;
  return score::compute(
      m, [&](const config::Dimension&, const config::Criterion& c) { return measures.at(c.ref); }, t);
}

}  // namespace

TEST_CASE("levels are gated: a holding level-4 criterion gives nothing while level 3 fails", "[score]") {
  auto m = matrix({{"gov", {{"a", 2}, {"b", 3}, {"c", 4}}}});
  auto s = run(m, {{"a", eval(1)}, {"b", eval(0.5)}, {"c", eval(1)}});
  const auto& d = s.dimensions[0];
  CHECK(d.level == 2);
  CHECK(d.progress == Approx(0.5));
  CHECK(d.score == Approx(2.5));
  CHECK(d.criteria[0].holds);
  CHECK_FALSE(d.criteria[1].holds);
  CHECK(d.criteria[2].holds);
}

TEST_CASE("a criterion holds when its score reaches the threshold", "[score]") {
  auto m = matrix({{"gov", {{"a", 2, 0.9}, {"b", 3, 0.9}}}});
  auto s = run(m, {{"a", eval(0.9)}, {"b", eval(0.89)}});
  CHECK(s.dimensions[0].criteria[0].holds);
  CHECK_FALSE(s.dimensions[0].criteria[1].holds);
  CHECK(s.dimensions[0].level == 2);
  CHECK(s.dimensions[0].score == Approx(2.89));
}

TEST_CASE("not applicable criteria neither hold nor fail, a level without applicable criteria holds", "[score]") {
  auto m = matrix({{"gov", {{"a", 2}, {"b", 3}, {"c", 4}, {"d", 4}}}});
  auto s = run(m, {{"a", na()}, {"b", eval(1)}, {"c", na()}, {"d", eval(0.4)}});
  const auto& d = s.dimensions[0];
  CHECK_FALSE(d.criteria[0].holds);
  CHECK(d.level == 3);
  CHECK(d.progress == Approx(0.4));  // c is left out of the mean
  CHECK(d.score == Approx(3.4));
}

TEST_CASE("a criterion not evaluated never holds and counts as 0 in progress", "[score]") {
  auto m = matrix({{"gov", {{"a", 2}, {"b", 2}}}});
  auto s = run(m, {{"a", not_evaluated()}, {"b", eval(1)}});
  CHECK_FALSE(s.dimensions[0].criteria[0].holds);
  CHECK(s.dimensions[0].level == 1);
  CHECK(s.dimensions[0].score == Approx(1.5));
}

TEST_CASE("progress is the weighted mean of the next level's criteria", "[score]") {
  auto m = matrix({{"gov", {{"a", 2, 1.0, 1.0}, {"b", 2, 1.0, 3.0}}}});
  auto s = run(m, {{"a", eval(0.2)}, {"b", eval(0.6)}});
  CHECK(s.dimensions[0].progress == Approx(0.5));  // (1*0.2 + 3*0.6) / 4
}

TEST_CASE("the top level has no progress, nor has a level whose next level has no applicable criteria", "[score]") {
  auto m = matrix({{"top", {{"a", 2}, {"b", 3}, {"c", 4}, {"d", 5}}}, {"half", {{"e", 2}, {"f", 3}}}});
  auto s = run(m, {{"a", eval(1)}, {"b", eval(1)}, {"c", eval(1)}, {"d", eval(1)}, {"e", eval(1)}, {"f", na()}});
  CHECK(s.dimensions[0].level == 5);
  CHECK(s.dimensions[0].progress == 0);
  CHECK(s.dimensions[0].score == 5);
  // Levels 3 to 5 of `half` have no applicable criteria: they hold vacuously.
  CHECK(s.dimensions[1].level == 5);
  CHECK(s.dimensions[1].score == 5);
}

TEST_CASE("overall is the weight-weighted mean, its level is the floor", "[score]") {
  auto m = matrix({{"a", {{"x", 2}, {"y", 3}}}, {"b", {{"z", 2}, {"w", 5}}}}, {2, 1});
  auto s = run(m, {{"x", eval(1)}, {"y", eval(0.5)}, {"z", eval(1)}, {"w", eval(0.25)}});
  CHECK(s.dimensions[0].score == Approx(2.5));
  CHECK(s.dimensions[1].score == Approx(4.25));  // levels 3 and 4 hold vacuously
  CHECK(s.overall == Approx((2 * 2.5 + 4.25) / 3));
  CHECK(s.overall_level == 3);
}

TEST_CASE("gap and percent to target", "[score]") {
  auto m = matrix({{"a", {{"x", 2}, {"y", 3}}}, {"b", {{"z", 2}}}, {"c", {{"u", 2}}}});
  auto measures = std::map<std::string, score::Measure>{
      {"x", eval(1)}, {"y", eval(0.5)}, {"z", eval(1)}, {"u", eval(0)}};
  auto s = run(m, measures, {{"a", 4}, {"b", 3}});
  CHECK(s.dimensions[0].gap == Approx(1.5));
  CHECK(s.dimensions[1].gap == 0);  // b is at 5, above its target
  CHECK_FALSE(s.dimensions[2].target);
  CHECK(s.gap == Approx(1.5));
  CHECK(s.percent_to_target == Approx(1 - 1.5 / (3 + 2)));

  auto none = run(m, measures);
  CHECK(none.gap == 0);
  CHECK(none.percent_to_target == 1);
}

TEST_CASE("an empty matrix scores 1", "[score]") {
  auto s = run(matrix({}), {});
  CHECK(s.overall == 1);
  CHECK(s.overall_level == 1);
}

TEST_CASE("confidence weights", "[score]") {
  CHECK(score::confidence_weight("low") == 1);
  CHECK(score::confidence_weight("medium") == 2);
  CHECK(score::confidence_weight("high") == 3);
  CHECK(score::confidence_weight("") == 2);  // the language's default is medium
}
