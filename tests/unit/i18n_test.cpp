// The report languages: Kubus's Dutch catalogue as the build compiled it, the
// lookups on a catalogue of the tests' own, the formats per language, and the
// language a run writes in (--lang, else `language:`, else English).
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "driver/run.h"
#include "i18n/i18n.h"
#include "test_util.h"

namespace fs = std::filesystem;
using kubus::Lang;
namespace i18n = kubus::i18n;

TEST_CASE("Kubus's Dutch catalogue is built and found beside the program", "[i18n]") {
  // A build that lost kubus.mo, or a lookup that no longer finds it, gives English here.
  CHECK(i18n::effort(Lang::Nl, 6) == "6 mensmaanden");
  CHECK(i18n::effort(Lang::Nl, 1) == "1 mensmaand");
  CHECK(i18n::effort(Lang::Nl, 1.5) == "1,5 mensmaanden");
  CHECK(i18n::effort(Lang::En, 1) == "1 person-month");
  CHECK(i18n::effort(Lang::En, 2.25) == "2.3 person-months");
  CHECK(i18n::effort(Lang::En, 1200) == "1,200 person-months");
}

TEST_CASE("a msgid without an entry is English in every language", "[i18n]") {
  CHECK(i18n::tr(Lang::Nl, "A sentence no catalogue holds") == "A sentence no catalogue holds");
  CHECK(i18n::trc(Lang::Nl, "phase", "A word no catalogue holds") == "A word no catalogue holds");
  CHECK(i18n::trn(Lang::Nl, "{n} thing", "{n} things", 1) == "{n} thing");
  CHECK(i18n::trn(Lang::Nl, "{n} thing", "{n} things", 4) == "{n} things");
}

TEST_CASE("tr, trc and trn look up a catalogue's entries by language, context and plural rule", "[i18n]") {
  const i18n::Catalogues c({KUBUS_TEST_LOCALE_DIR}, "kubus-test");
  CHECK(c.tr(Lang::Nl, "Roadmap") == "Routekaart");
  CHECK(c.tr(Lang::En, "Roadmap") == "Roadmap");
  CHECK(c.trc(Lang::Nl, "phase", "Use") == "Gebruik");
  CHECK(c.tr(Lang::Nl, "Use") == "Gebruiken");
  CHECK(c.trc(Lang::En, "phase", "Use") == "Use");
  const char* one = "{n} handoff without an SLA";
  const char* many = "{n} handoffs without an SLA";
  CHECK(c.trn(Lang::Nl, one, many, 1) == "{n} overdracht zonder SLA");
  CHECK(c.trn(Lang::Nl, one, many, 0) == "{n} overdrachten zonder SLA");
  CHECK(c.trn(Lang::Nl, one, many, 3) == "{n} overdrachten zonder SLA");
  CHECK(c.trn(Lang::En, one, many, 1) == one);
  CHECK(c.trn(Lang::En, one, many, 3) == many);
  CHECK(fmt::format(fmt::runtime(c.trn(Lang::Nl, one, many, 3)), fmt::arg("n", 3)) == "3 overdrachten zonder SLA");
  // msgfmt leaves fuzzy entries out: an unchecked translation is never shown.
  CHECK(c.tr(Lang::Nl, "Findings") == "Findings");
  // A catalogue that is not there gives English, not a crash.
  const i18n::Catalogues none({"/nonexistent"}, "kubus-test");
  CHECK(none.tr(Lang::Nl, "Roadmap") == "Roadmap");
}

TEST_CASE("numbers, money, percents and dates per language", "[i18n]") {
  CHECK(i18n::money(Lang::Nl, 628300, "EUR") == "€ 628.300");
  CHECK(i18n::money(Lang::En, 628300, "EUR") == "EUR 628,300");
  CHECK(i18n::money(Lang::Nl, 1500, "USD") == "USD 1.500");
  CHECK(i18n::number(Lang::Nl, 1234567.891, 2) == "1.234.567,89");
  CHECK(i18n::number(Lang::En, 1234567.891, 2) == "1,234,567.89");
  CHECK(i18n::number(Lang::En, -0.4) == "0");
  CHECK(i18n::number(Lang::Nl, -2500) == "-2.500");
  CHECK(i18n::percent(Lang::Nl, 0.564) == "56%");
  CHECK(i18n::date(Lang::Nl, "2026-11-02") == "2 november 2026");
  CHECK(i18n::date(Lang::En, "2026-11-02") == "2 November 2026");
  CHECK(i18n::date(Lang::Nl, "2027-03-31") == "31 maart 2027");
  // Not a real date: the text as it is, never a date the assessment did not give.
  CHECK(i18n::date(Lang::Nl, "2026-02-30") == "2026-02-30");
  CHECK(i18n::date(Lang::Nl, "2026-1-02") == "2026-1-02");
  CHECK(i18n::date(Lang::En, "soon") == "soon");
}

namespace {

// A copy of a bundled assessment with `extra` appended to its assessment.yaml, run with `options`.
std::unique_ptr<kubus::driver::Run> run_with(const std::string& extra, const kubus::driver::RunOptions& options,
                                              kubus::driver::Session& s) {
  auto dir = kubus::test::temp_dir();
  fs::copy(std::string(KUBUS_SOURCE_DIR) + "/assessments/zorgverzekeraar", dir, fs::copy_options::recursive);
  std::ofstream(dir / "assessment.yaml", std::ios::app) << extra;
  return kubus::driver::assess(s, (dir / "assessment.yaml").string(), options);
}

kubus::model::LoadOptions bundled() {
  kubus::model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  return load;
}

}  // namespace

TEST_CASE("a run writes in --lang, else the assessment's language:, else English", "[i18n]") {
  kubus::driver::Session s(bundled());
  kubus::driver::RunOptions options;
  auto dutch = run_with("language: nl\n", options, s);
  REQUIRE(dutch);
  CHECK(dutch->assessment.language == Lang::Nl);
  CHECK(dutch->lang == Lang::Nl);
  options.lang = Lang::En;
  auto overridden = run_with("language: nl\n", options, s);
  REQUIRE(overridden);
  CHECK(overridden->lang == Lang::En);
  auto plain = run_with("", kubus::driver::RunOptions{}, s);
  REQUIRE(plain);
  CHECK(plain->lang == Lang::En);
  options.lang = Lang::Nl;
  auto asked = run_with("", options, s);
  REQUIRE(asked);
  CHECK(asked->lang == Lang::Nl);
}
