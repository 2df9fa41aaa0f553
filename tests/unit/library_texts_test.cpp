// Every display text of the bundled library ships in English and in Dutch
// (docs/rule-library.md, "Languages"): the title, rationale and message of every
// rule, every practice's and capability's texts (a practice's interview
// questions and levels among them), the matrix's titles and level
// names, every initiative's title. A Dutch message uses the same placeholders
// as the English one, and a Dutch run prints no "none" either.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "config/matrix.h"
#include "driver/run.h"
#include "driver/texts.h"
#include "eval/eval.h"
#include "plan/plan.h"
#include "test_util.h"

using namespace kubus;
namespace fs = std::filesystem;

namespace {

const std::string kLibrary = std::string(KUBUS_SOURCE_DIR) + "/rules/ccm";

void need(std::vector<std::string>& missing, const Text& t, const std::string& what) {
  for (const auto& l : kLanguages)
    if (!t.has(l.lang)) missing.push_back(what + " (" + std::string(l.code) + ")");
}

// The `{...}` placeholders of a message, without their `|default` texts.
std::multiset<std::string> placeholders(std::string_view message) {
  std::multiset<std::string> out;
  static const std::regex expr(R"(\{([^{}|]*)(\|[^{}]*)?\})");
  std::string text(message);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), expr); it != std::sregex_iterator(); ++it)
    out.insert((*it)[1].str());
  return out;
}

std::unique_ptr<test::Loaded> library() { return test::load_files({{"empty.kubus", ""}}, {"ccm"}); }

}  // namespace

TEST_CASE("every display text of the bundled library has an English and a Dutch variant", "[library][langtext]") {
  std::vector<std::string> missing;
  auto l = library();
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();
  std::size_t texts = 0;
  for (model::Index i = 0; i < m.entities.size(); ++i) {
    const model::Entity& e = m.entities[i];
    const auto& spec = m.spec(e);
    std::string who = std::string(spec.name) + " " + std::string(e.id);
    // The .kubus files' base text is English; the Dutch comes from their nl blocks.
    if (e.title.empty()) missing.push_back(who + " title (en)");
    if (!m.variant(i, model::kTitleField, Lang::Nl)) missing.push_back(who + " title (nl)");
    ++texts;
    if (spec.name == "practice")  // the questionnaire asks every practice's questions (docs/intake.md)
      for (std::string_view field : {"questions", "levels"})
        if (!m.field(e, field).present()) missing.push_back(who + " " + std::string(field) + " (en)");
    for (std::size_t f = 0; f < spec.fields.size(); ++f) {
      if (!spec.fields[f].translatable || !e.fields[f].present()) continue;
      ++texts;
      const model::Variant* nl = m.variant(i, static_cast<std::int32_t>(f), Lang::Nl);
      if (!nl) missing.push_back(who + " " + std::string(spec.fields[f].name) + " (nl)");
      else if (spec.fields[f].name == "message" && placeholders(nl->text) != placeholders(e.fields[f].text))
        missing.push_back(who + " message (nl): other placeholders than the English");
    }
  }
  CHECK(texts > 150);  // the library was read: 47 rules, 16 practices, 15 capabilities
  CHECK(m.find("practice", "linking-processes") != model::kNone);
  CHECK(m.find("practice", "persuasive-experience") != model::kNone);

  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  auto matrix = config::load_matrix(kLibrary + "/matrix.yaml", sm, diags, unreadable);
  REQUIRE(matrix);
  need(missing, matrix->title, "matrix title");
  for (const auto& level : matrix->levels) need(missing, level.name, "level " + std::to_string(level.level));
  for (const auto& d : matrix->dimensions) {
    need(missing, d.title, "dimension " + d.id + " title");
    need(missing, d.description, "dimension " + d.id + " description");
  }
  auto catalogue = plan::load_catalogues({kLibrary + "/initiatives.yaml"}, &*matrix, sm, diags, unreadable);
  REQUIRE(catalogue);
  CHECK(catalogue->initiatives.size() >= 20);
  for (const auto& i : catalogue->initiatives) need(missing, i.title, "initiative " + i.id + " title");
  CHECK(missing == std::vector<std::string>{});
}

TEST_CASE("no bundled Dutch message prints none, and the findings are in Dutch", "[library][langtext]") {
  fs::path model = fs::path(KUBUS_SOURCE_DIR) / "assessments/energieleverancier/model";
  auto loaded = std::make_unique<test::Loaded>();
  model::LoadOptions options;
  options.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  options.extra_libraries = {"ccm"};
  loaded->result = model::load({model.string()}, options, loaded->sm, loaded->diags);
  REQUIRE_FALSE(loaded->diags.has_errors());
  auto rules = rules::check_rules(loaded->model(), loaded->diags);
  eval::Options nl;
  nl.lang = Lang::Nl;
  std::size_t failed = 0;
  std::vector<std::string> none;
  for (const auto& r : eval::evaluate(loaded->model(), rules, nl))
    for (const auto& i : r.instances) {
      ++failed;
      if (i.none_in_message) none.push_back(std::string(loaded->model().entities[r.rule].id) + ": " + i.message);
    }
  CHECK(failed > 10);
  CHECK(none == std::vector<std::string>{});
}

TEST_CASE("a Dutch run of a bundled assessment gives Dutch findings and texts", "[library][langtext][driver]") {
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  driver::Session s(load);
  driver::RunOptions options;
  options.lang = Lang::Nl;
  auto run = driver::assess(s, std::string(KUBUS_SOURCE_DIR) + "/assessments/energieleverancier", options);
  REQUIRE(run);
  CHECK(run->lang == Lang::Nl);
  const auto& findings = driver::findings(*run);
  REQUIRE_FALSE(findings.empty());
  std::size_t dutch = 0;
  for (const auto& f : findings)
    dutch += f.message.find(" heeft ") != std::string::npos || f.message.find(" is onontkoombaar") != std::string::npos ||
             f.message.find(" gebruikt ") != std::string::npos || f.message.find(" loopt ") != std::string::npos ||
             f.message.find(" maar ") != std::string::npos || f.message.find(" bewaart ") != std::string::npos ||
             f.message.find(" sluit ") != std::string::npos || f.message.find(" laat ") != std::string::npos;
  CHECK(dutch * 2 > findings.size());  // most messages read as Dutch sentences
  CHECK(driver::rule_title(*run, "touchpoint-has-owner", Lang::Nl) ==
        "Elk klantcontactmoment heeft een eigenaar die erop aanspreekbaar is");
  CHECK(driver::rule_title(*run, "touchpoint-has-owner", Lang::En) == "Every touchpoint has an accountable owner");
  CHECK(driver::rule_rationale(*run, "sla-measured", Lang::Nl).rfind("Interne SLA's", 0) == 0);
  CHECK(run->matrix.level_name(5, Lang::Nl) == "Klantgestuurd");
  const config::Dimension* culture = run->matrix.find("culture");
  REQUIRE(culture);
  CHECK(culture->title.in(Lang::Nl) == "Marktgedreven cultuur en leiderschap");
  config::Criterion observed;
  observed.kind = config::CriterionKind::Observed;
  observed.ref = "closed-loop";
  CHECK(driver::criterion_title(*run, observed, Lang::Nl) == "De cirkel sluiten (stap 4)");
  CHECK(driver::criterion_title(*run, observed, Lang::En) == "Close the loop (step 4)");
}
