// `kubus questionnaire`: the practices the matrix observes with the library's
// questions and levels, one row per question in practice-ID order, in the
// run's language; the CSV as RFC 4180 with a BOM and CRLF; the XLSX read back
// with the project's own reader (src/sheet) and unpacked to check that the
// drop-downs, the notes and the frozen header really are in the file.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "config/matrix.h"
#include "driver/questionnaire.h"
#include "report/questionnaire.h"
#include "sheet/archive.h"
#include "sheet/sheet.h"
#include "test_util.h"

using namespace kubus;

namespace {

const std::string kEnergy = std::string(KUBUS_SOURCE_DIR) + "/assessments/energieleverancier";

std::optional<driver::Questionnaire> of_energy(std::optional<Lang> lang, driver::Session& s) {
  return driver::questionnaire(s, kEnergy, lang);
}

model::LoadOptions bundled() {
  model::LoadOptions load;
  load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  return load;
}

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A questionnaire written by hand, with text that needs quoting.
driver::Questionnaire tricky(Lang lang) {
  driver::Questionnaire q;
  q.lang = lang;
  q.title = "Test";
  q.date = "2026-11-02";
  q.practices.push_back({"a-practice", "A practice", "", {"Who, and why?", "The \"one\" place; or not?", "=1+1"},
                         {"l1", "l2", "l3", "l4", "l5"}});
  q.practices.push_back({"b-practice", "B practice", "What B means.", {}, {}});
  return q;
}

}  // namespace

TEST_CASE("the questionnaire asks about every practice the matrix observes, by ID", "[questionnaire]") {
  driver::Session s(bundled());
  auto q = of_energy(std::nullopt, s);
  REQUIRE(q);
  CHECK(q->lang == Lang::En);  // the assessment gives no language:
  CHECK(q->date == "2026-11-02");

  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  auto matrix = config::load_matrix(std::string(KUBUS_SOURCE_DIR) + "/rules/ccm/matrix.yaml", sm, diags, unreadable);
  REQUIRE(matrix);
  std::set<std::string> observed;
  for (const auto& d : matrix->dimensions)
    for (const auto& c : d.criteria)
      if (c.kind == config::CriterionKind::Observed) observed.insert(c.ref);
  std::vector<std::string> ids;
  for (const auto& p : q->practices) ids.push_back(p.id);
  CHECK(ids == std::vector<std::string>(observed.begin(), observed.end()));
  CHECK(ids.size() == 16);
  for (const auto& p : q->practices) {
    INFO(p.id);
    CHECK(p.questions.size() >= 2);
    CHECK(p.levels.size() == 5);
    CHECK_FALSE(p.title.empty());
  }

  auto rows = report::question_rows(*q);
  REQUIRE(rows.size() > ids.size());
  CHECK(rows.front().practice->id == "channel-bonding");
  CHECK(rows.front().question == q->practices.front().questions.front());
  for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].practice->id <= rows[i].practice->id);
}

TEST_CASE("the questionnaire is in the language asked for, the headers stay the import's keys", "[questionnaire]") {
  driver::Session s(bundled());
  auto nl = of_energy(Lang::Nl, s);
  REQUIRE(nl);
  REQUIRE_FALSE(nl->practices.empty());
  const auto& closed = *std::find_if(nl->practices.begin(), nl->practices.end(),
                                     [](const auto& p) { return p.id == "closed-loop"; });
  CHECK(closed.title == "De cirkel sluiten (stap 4)");
  REQUIRE(closed.questions.size() == 2);
  CHECK(closed.questions[0].rfind("Als een klant contact opneemt", 0) == 0);
  CHECK(closed.levels[0].rfind("De klanthistorie is verspreid", 0) == 0);

  std::string csv = report::questionnaire_csv(*nl);
  CHECK(csv.rfind("\xEF\xBB\xBFpractice;question;level;confidence;evidence;source;date;interviewee;notes\r\n", 0) == 0);
  CHECK(csv.find("closed-loop;Als een klant contact opneemt") != std::string::npos);
  CHECK(report::questionnaire_written(*nl, "x.xlsx").rfind("43 vragen over 16 onderwerpen geschreven naar x.xlsx", 0) == 0);
}

TEST_CASE("the questionnaire's CSV is RFC 4180 with a BOM and CRLF, quoted where needed", "[questionnaire][csv]") {
  std::string en = report::questionnaire_csv(tricky(Lang::En));
  CHECK(en == "\xEF\xBB\xBFpractice,question,level,confidence,evidence,source,date,interviewee,notes\r\n"
              "a-practice,\"Who, and why?\",,,,,,,\r\n"
              "a-practice,\"The \"\"one\"\" place; or not?\",,,,,,,\r\n"
              "a-practice,\"'=1+1\",,,,,,,\r\n"
              "b-practice,B practice: how far has the organisation come with this? Give an example that shows it.,,,,,,,\r\n");
  std::string nl = report::questionnaire_csv(tricky(Lang::Nl));
  CHECK(nl.find("\r\na-practice;Who, and why?;;;;;;;\r\n") != std::string::npos);  // ';' separates, ',' needs no quotes
  CHECK(nl.find("\r\na-practice;\"The \"\"one\"\" place; or not?\";;;;;;;\r\n") != std::string::npos);
  CHECK(nl.find("b-practice;B practice: hoe ver is de organisatie hiermee?") != std::string::npos);
}

TEST_CASE("the questionnaire's CSV reads back with the sheet reader", "[questionnaire][csv]") {
  for (Lang lang : {Lang::En, Lang::Nl}) {
    auto dir = test::temp_dir();
    std::string path = (dir / "q.csv").string(), error;
    REQUIRE(report::write_questionnaire(tricky(lang), path, error));
    SourceManager sm;
    Diagnostics diags;
    auto read = sheet::read(path, sm, diags);
    REQUIRE(read.sheet);
    const auto& rows = read.sheet->rows;
    REQUIRE(rows.size() == 5);
    for (std::uint32_t c = 1; c <= 9; ++c) CHECK(rows[0].at(c)->text == driver::kQuestionnaireColumns[c - 1]);
    CHECK(rows[2].at(2)->text == "The \"one\" place; or not?");
    CHECK(rows[3].at(2)->text == "'=1+1");
  }
}

TEST_CASE("the questionnaire's XLSX has the columns, drop-downs, notes, a frozen header and the levels sheet",
          "[questionnaire][xlsx]") {
  driver::Session s(bundled());
  auto q = of_energy(Lang::Nl, s);
  REQUIRE(q);
  auto dir = test::temp_dir();
  std::string path = (dir / "interviews.xlsx").string(), error;
  REQUIRE(report::write_questionnaire(*q, path, error));
  CHECK(error.empty());

  SourceManager sm;
  Diagnostics diags;
  auto read = sheet::read(path, sm, diags);
  REQUIRE(read.sheet);
  CHECK(read.sheet->label == path + "[vragen]");
  const auto& rows = read.sheet->rows;
  auto expected = report::question_rows(*q);
  REQUIRE(rows.size() == expected.size() + 1);
  for (std::uint32_t c = 1; c <= 9; ++c) CHECK(rows[0].at(c)->text == driver::kQuestionnaireColumns[c - 1]);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(rows[i + 1].at(1)->text == expected[i].practice->id);
    CHECK(rows[i + 1].at(2)->text == expected[i].question);
    CHECK(rows[i + 1].at(3) == nullptr);  // the level is the interviewer's
  }

  std::string bytes = bytes_of(path);
  auto zip = sheet::Archive::open(bytes, error);
  REQUIRE(zip);
  auto book = zip->part("xl/workbook.xml", sheet::kMaxPartBytes, error);
  REQUIRE(book);
  CHECK(book->find("<sheet name=\"vragen\"") != std::string::npos);
  CHECK(book->find("<sheet name=\"niveaus\"") != std::string::npos);
  auto questions = zip->part("xl/worksheets/sheet1.xml", sheet::kMaxPartBytes, error);
  REQUIRE(questions);
  CHECK(questions->find("state=\"frozen\"") != std::string::npos);
  CHECK(questions->find("<dataValidation type=\"whole\"") != std::string::npos);
  CHECK(questions->find("sqref=\"C2:C1048576\"") != std::string::npos);
  CHECK(questions->find("<formula1>1</formula1><formula2>5</formula2>") != std::string::npos);
  CHECK(questions->find("<dataValidation type=\"list\"") != std::string::npos);
  CHECK(questions->find("<formula1>\"low,medium,high\"</formula1>") != std::string::npos);
  CHECK(questions->find("sqref=\"D2:D1048576\"") != std::string::npos);
  auto notes = zip->part("xl/comments1.xml", sheet::kMaxPartBytes, error);
  REQUIRE(notes);
  CHECK(notes->find("<comment ref=\"C2\"") != std::string::npos);
  CHECK(notes->find("1: De klanthistorie is verspreid over kanalen en systemen") != std::string::npos);
  auto levels = zip->part("xl/worksheets/sheet2.xml", sheet::kMaxPartBytes, error);
  REQUIRE(levels);
  CHECK(levels->find("state=\"frozen\"") != std::string::npos);
  auto strings = zip->part("xl/sharedStrings.xml", sheet::kMaxPartBytes, error);
  REQUIRE(strings);
  CHECK(strings->find("Niveau 5") != std::string::npos);
  CHECK(strings->find("Klantgroepen kiezen (stap 1)") != std::string::npos);

  // The same questionnaire gives the same bytes: the creation time is the assessment's date.
  std::string again = (dir / "again.xlsx").string();
  REQUIRE(report::write_questionnaire(*q, again, error));
  CHECK(bytes_of(again) == bytes);
  auto core = zip->part("docProps/core.xml", sheet::kMaxPartBytes, error);
  REQUIRE(core);
  CHECK(core->find("2026-11-02T00:00:00Z") != std::string::npos);
}

TEST_CASE("the questionnaire is written whole or not at all", "[questionnaire]") {
  auto dir = test::temp_dir();
  std::string error;
  std::string missing = (dir / "missing" / "q.xlsx").string();
  CHECK_FALSE(report::write_questionnaire(tricky(Lang::En), missing, error));
  CHECK(error.find("q.xlsx") != std::string::npos);
  CHECK(std::filesystem::is_empty(dir));

  std::string path = (dir / "q.xlsx").string();
  test::write_file(path, "old");
  REQUIRE(report::write_questionnaire(tricky(Lang::En), path, error));
  CHECK(bytes_of(path).rfind("PK", 0) == 0);
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    CHECK(entry.path().filename() == "q.xlsx");  // no temporary left beside it
}

TEST_CASE("a questionnaire file is .xlsx or .csv, in any case", "[questionnaire]") {
  CHECK(driver::questionnaire_format("a/b.xlsx") == sheet::Format::Xlsx);
  CHECK(driver::questionnaire_format("B.XLSX") == sheet::Format::Xlsx);
  CHECK(driver::questionnaire_format("b.csv") == sheet::Format::Csv);
  CHECK_FALSE(driver::questionnaire_format("b.txt"));
  CHECK_FALSE(driver::questionnaire_format("b.xls"));
  CHECK_FALSE(driver::questionnaire_format("xlsx"));
}

TEST_CASE("a practice's question and level lists fall back to the base text", "[questionnaire][model]") {
  auto l = test::load_text(R"(
practice p "P" {
  questions: ["Why?", "How?"]
  levels: ["1", "2", "3", "4", "5"]
  nl {
    questions: ["Waarom?", "Hoe?"]
  }
}
)");
  REQUIRE_FALSE(l->diags.has_errors());
  const auto& m = l->model();
  const auto& p = m.entities[m.find("practice", "p")];
  CHECK(m.texts(p, "questions", Lang::Nl) == std::vector<std::string_view>{"Waarom?", "Hoe?"});
  CHECK(m.texts(p, "questions", Lang::En) == std::vector<std::string_view>{"Why?", "How?"});
  CHECK(m.texts(p, "levels", Lang::Nl).size() == 5);  // no Dutch levels: the base ones
  CHECK(m.texts(p, "description", Lang::En).empty());
}
