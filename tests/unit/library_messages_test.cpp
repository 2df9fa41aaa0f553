// The messages of the bundled library read naturally: no `{...}` of a bundled
// rule renders an absent value as "none" (docs/rules.md, Messages). Checked on
// every model at hand: the bundled assessments, the rule-test fixtures and
// generated models of several sizes and seeds, which leave fields out at random.
#include <catch2/catch.hpp>

#include <filesystem>

#include "eval/eval.h"
#include "gen/generate.h"
#include "test_util.h"

using namespace kubus;
namespace fs = std::filesystem;

namespace {

// The findings of bundled rules whose message printed a none, as "rule subject: message".
std::vector<std::string> none_messages(test::Loaded& l) {
  auto rules = rules::check_rules(l.model(), l.diags);
  auto results = eval::evaluate(l.model(), rules);
  std::vector<std::string> out;
  std::string library = (fs::path(KUBUS_SOURCE_DIR) / "rules").generic_string();
  for (const auto& r : results) {
    const model::Entity& rule = l.model().entities[r.rule];
    if (l.sm.file(rule.span.file).path.find(library) != 0) continue;  // the fixture's own rules
    for (const auto& i : r.instances)
      if (i.none_in_message)
        out.push_back(std::string(rule.id) + " " + eval::subject_id(l.model(), i.subject) + ": " + i.message);
  }
  return out;
}

std::unique_ptr<test::Loaded> load_dir(const fs::path& dir) {
  auto out = std::make_unique<test::Loaded>();
  model::LoadOptions options;
  options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  options.extra_libraries = {"ccm"};
  out->result = model::load({dir.string()}, options, out->sm, out->diags);
  return out;
}

}  // namespace

TEST_CASE("no bundled message prints none for an absent value", "[library][messages]") {
  std::vector<std::unique_ptr<test::Loaded>> models;
  fs::path src(KUBUS_SOURCE_DIR);
  for (const char* a : {"assessments/zorgverzekeraar/model", "assessments/energieleverancier/model"})
    models.push_back(load_dir(src / a));
  for (const auto& f : fs::directory_iterator(src / "tests/rules/ccm")) models.push_back(load_dir(f.path()));
  for (std::uint64_t seed : {1, 2, 3, 4, 5})
    models.push_back(test::load_text(gen::generate_model({120, seed, true})));
  std::size_t findings = 0;
  for (const auto& l : models) {
    REQUIRE_FALSE(l->diags.has_errors());
    for (const auto& r : eval::evaluate(l->model(), rules::check_rules(l->model(), l->diags))) findings += r.failed;
    INFO("model of " << l->sm.file(0).path);
    CHECK(none_messages(*l) == std::vector<std::string>{});
  }
  CHECK(findings > 500);  // the models do exercise the messages
}
