// Display texts in two languages (docs/design.md, "Text in the library and the
// model"): Text and its fallback, YAML variants, .kubus language blocks, a
// message in a language block checked and rendered in the run's language.
#include <catch2/catch.hpp>

#include "config/matrix.h"
#include "eval/eval.h"
#include "test_util.h"

using namespace kubus;

TEST_CASE("a text falls back to its base text, then to any variant", "[langtext]") {
  Text plain("Defined");
  CHECK(plain.in(Lang::Nl) == "Defined");
  CHECK_FALSE(plain.has(Lang::Nl));
  Text both("Gedefinieerd", Lang::Nl);
  both.set(Lang::En, "Defined");
  CHECK(both.in(Lang::En) == "Defined");
  CHECK(both.in(Lang::Nl) == "Gedefinieerd");
  CHECK(both.base() == "Gedefinieerd");
  Text only_dutch({}, Lang::En);  // a map that leaves out the base language
  only_dutch.set(Lang::Nl, "Reactief");
  CHECK(only_dutch.in(Lang::En) == "Reactief");
  CHECK(Text().empty());
}

namespace {

struct Yaml {
  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  std::filesystem::path dir = test::temp_dir();
  std::optional<config::Matrix> matrix(const std::string& text) {
    test::write_file(dir / "matrix.yaml", text);
    auto m = config::load_matrix((dir / "matrix.yaml").string(), sm, diags, unreadable);
    diags.sort(sm);
    return m;
  }
};

constexpr const char* kLevels = "levels:\n  - {level: 1, name: {en: Ad hoc, nl: Ad hoc}}\n  - {level: 2, name: Gedefinieerd}\n";
constexpr const char* kDimension =
    "dimensions:\n  - id: g\n    title:\n      en: Governance\n      nl: Sturing\n    criteria: {2: [{gap: ping-pong}]}\n";

}  // namespace

TEST_CASE("YAML texts are plain strings in the file's language or maps of variants", "[langtext][config]") {
  Yaml y;
  auto m = y.matrix(std::string("kubus-matrix: 1\nid: t\nlanguage: nl\ntitle: Matrix\n") + kLevels + kDimension);
  REQUIRE(m);
  CHECK_FALSE(y.diags.has_errors());
  CHECK(m->level_name(2, Lang::Nl) == "Gedefinieerd");
  CHECK(m->level_name(2, Lang::En) == "Gedefinieerd");  // no English variant: the base text
  CHECK(m->levels[1].name.base_language() == Lang::Nl);
  CHECK(m->dimensions[0].title.in(Lang::Nl) == "Sturing");
  CHECK(m->dimensions[0].title.in(Lang::En) == "Governance");
  CHECK(m->level_name(7, Lang::En).empty());
}

TEST_CASE("a variant key that is no language, or a bad language:, is an error at its place", "[langtext][config]") {
  Yaml y;
  CHECK_FALSE(y.matrix(std::string("kubus-matrix: 1\nid: t\nlanguage: fr\n") + kLevels + kDimension));
  CHECK_FALSE(y.matrix(std::string("kubus-matrix: 1\nid: t\ntitle: {en: M, dutch: M}\n") + kLevels + kDimension));
  std::vector<std::string> found;
  for (const auto& d : y.diags.all())
    found.push_back(std::to_string(d.span.line) + ":" + std::to_string(d.span.col) + " " + info(d.code).code);
  CHECK(found == std::vector<std::string>{"3:11 E0513", "3:16 E0502"});
  CHECK(y.diags.all()[1].help.find("en, nl") != std::string::npos);
}

namespace {

constexpr const char* kModel = R"(
department claims "Claims" {
  kind: line
  nl { title: "Schadeafhandeling" }
}
role handler "Claims handler" { department: claims }
touchpoint form "Claim form" {
  phase: deliver
  purpose: "The customer reports a claim."
  nl { title: "Schadeformulier" }
}
rule form-owned "Every touchpoint has an owner" {
  rationale: "Ownership."
  message: "{t} in {t.phase} has no owner"
  nl {
    title: "Elk klantcontactmoment heeft een eigenaar"
    message: "{t} in fase {t.phase} heeft geen eigenaar"
  }
  for t in touchpoints
  expect t.owner is not none
}
)";

}  // namespace

TEST_CASE("language blocks give a declaration's texts, falling back to the base text", "[langtext][model]") {
  auto l = test::load_text(kModel);
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();
  const model::Entity& form = m.entities[m.find("touchpoint", "form")];
  CHECK(m.display(form, Lang::Nl) == "Schadeformulier");
  CHECK(m.display(form, Lang::En) == "Claim form");
  CHECK(m.text(form, "purpose", Lang::Nl) == "The customer reports a claim.");  // no Dutch purpose: the base
  const model::Entity& rule = m.entities[m.find("rule", "form-owned")];
  CHECK(m.text(rule, "rationale", Lang::Nl) == "Ownership.");
  CHECK(m.text(rule, model::kTitleField, Lang::Nl) == "Elk klantcontactmoment heeft een eigenaar");
  CHECK(m.variants.size() == 4);
}

TEST_CASE("rule messages are rendered in the run's language, once", "[langtext][eval]") {
  auto c = test::compile_text(kModel);
  REQUIRE_FALSE(c.loaded->diags.has_errors());
  REQUIRE(c.rules.size() == 1);
  CHECK(c.rules[0].translations.size() == 1);
  eval::Options nl;
  nl.lang = Lang::Nl;
  auto dutch = eval::evaluate(c.loaded->model(), c.rules, nl);
  REQUIRE(dutch[0].instances.size() == 1);
  CHECK(dutch[0].instances[0].message == "Schadeformulier in fase deliver heeft geen eigenaar");
  auto english = eval::evaluate(c.loaded->model(), c.rules);
  CHECK(english[0].instances[0].message == "Claim form in deliver has no owner");
}

TEST_CASE("a message in a language block is type-checked like the base message", "[langtext][rules]") {
  std::string text = kModel;
  text.replace(text.find("heeft geen eigenaar\""), 20, "heeft geen {t.ower}\"");
  auto c = test::compile_text(text);
  CHECK(c.loaded->has(Code::UnknownPathField));
  CHECK(c.rules.empty());  // a rule with an error is left out
}

TEST_CASE("unknown language blocks and texts that cannot be translated are errors", "[langtext][model]") {
  auto l = test::load_text(R"(
department claims "Claims" {
  kind: line
  de { title: "Schaden" }
  nl { kind: staff }
}
)");
  CHECK(l->has(Code::UnknownBlock));
  CHECK(l->has(Code::NotTranslatable));
  CHECK(l->model().variants.empty());
}
