// Interview answers to observations: grouping, the level and confidence rules,
// the stable ID, and the cells that are refused.
#include <catch2/catch.hpp>

#include "driver/import_answers.h"
#include "sheet/sheet.h"
#include "test_util.h"

namespace kubus {
namespace {

struct Read {
  SourceManager sm;
  Diagnostics diags;
  driver::Answers answers;
};

const std::vector<std::string> kPractices{"channel-bonding", "leadership-commitment", "market-sensing"};

std::unique_ptr<Read> answers(const std::string& csv) {
  auto r = std::make_unique<Read>();
  auto read = sheet::read_csv(csv, "answers.csv", r->sm, r->diags);
  REQUIRE(read.sheet);
  r->answers = driver::read_answers(*read.sheet, kPractices, r->diags);
  return r;
}

}  // namespace

TEST_CASE("answers: one observation per practice, source, interviewee and date", "[intake]") {
  auto r = answers(
      "Interviewee;DATE;practice;level;source;question;confidence;evidence\n"
      "J. Jansen;2026-11-16;leadership-commitment;4;Interview;Does the board steer?;high;Monthly\n"
      "J. Jansen;2026-11-16;leadership-commitment;2;interview ;Is there budget?;low;Halved\n"
      "J. Jansen;2026-11-16;leadership-commitment;5;Interview;Is it on the agenda?;;Always\n"
      "P. Bakker;2026-11-16;leadership-commitment;1;Interview;Does the board steer?;;\n"
      ";2026-11-17;channel-bonding;3;Workshop;;;\n"
      ";;market-sensing;;;;;\n");
  REQUIRE_FALSE(r->diags.has_errors());
  CHECK(r->answers.rows == 6);
  CHECK(r->answers.skipped == 1);
  REQUIRE(r->answers.groups.size() == 3);
  const driver::AnswerGroup* jansen = nullptr;
  for (const auto& g : r->answers.groups)
    if (g.interviewee == "J. Jansen") jansen = &g;
  REQUIRE(jansen);
  CHECK(jansen->answers.size() == 3);     // "interview " is the same source as "Interview"
  CHECK(jansen->level() == 4);            // the median of 2, 4, 5
  CHECK(jansen->confidence() == "low");   // the lowest given
  CHECK(jansen->evidence() ==
        "Does the board steer? (level 4): Monthly\nIs there budget? (level 2): Halved\nIs it on the agenda? (level 5): Always");
  CHECK(jansen->id == driver::observation_id("leadership-commitment", "INTERVIEW", "j.  jansen", "2026-11-16"));
  CHECK(jansen->id.rfind("obs-leadership-commitment-2026-11-16-", 0) == 0);
  // IDs are sorted, and an answer without a confidence is medium.
  CHECK(r->answers.groups.front().id < r->answers.groups.back().id);
  for (const auto& g : r->answers.groups)
    if (g.practice == "channel-bonding") CHECK(g.confidence() == "medium");
}

TEST_CASE("answers: an even number of answers takes the lower middle level", "[intake]") {
  auto r = answers("practice,level,source,date\nmarket-sensing,2,a,2026-01-05\nmarket-sensing,5,a,2026-01-05\n");
  REQUIRE(r->answers.groups.size() == 1);
  CHECK(r->answers.groups[0].level() == 2);
  CHECK(r->answers.groups[0].evidence() == "level 2\nlevel 5");
}

TEST_CASE("answers: every bad cell is reported at its row and column", "[intake]") {
  auto r = answers(
      "practice,level,source,date,confidence\n"
      "market-sensing,6,a,2026-01-05,\n"
      "market-sensng,3,a,2026-01-05,\n"
      "market-sensing,3,a,2026-13-01,\n"
      "market-sensing,3,a,2026-01-05,certain\n"
      "market-sensing,3,,2026-01-05,\n");
  std::vector<std::string> got;
  for (const auto& d : r->diags.all()) got.push_back(format_location(r->sm, d.span) + " " + std::string(info(d.code).code));
  CHECK(got == std::vector<std::string>{"answers.csv:2:2 E0805", "answers.csv:3:1 E0203", "answers.csv:4:4 E0214",
                                        "answers.csv:5:5 E0208", "answers.csv:6:3 E0206"});
  CHECK(r->answers.groups.empty());
}

}  // namespace kubus
