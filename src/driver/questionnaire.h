// `kubus questionnaire`: the interview sheet for every practice an
// assessment's matrix observes (docs/intake.md). The driver gathers the
// practices with their questions and level descriptions in the run's
// language; report/questionnaire.h lays them out as CSV or XLSX, and
// `kubus import observations` reads the answered sheet back by its headers.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/session.h"
#include "sheet/sheet.h"
#include "support/language.h"

namespace kubus::driver {

// The interview sheet's columns, in order. The names are the import's keys,
// so they stay English whatever the sheet's language.
inline constexpr std::array<std::string_view, 9> kQuestionnaireColumns = {
    "practice", "question", "level", "confidence", "evidence", "source", "date", "interviewee", "notes"};

struct PracticeQuestions {
  std::string id;
  std::string title;        // in the sheet's language
  std::string description;  // in the sheet's language
  std::vector<std::string> questions;  // the library's, in order; empty when the practice has none
  std::vector<std::string> levels;     // what levels 1 to 5 look like; empty when the practice has none
};

struct Questionnaire {
  Lang lang = kDefaultLang;
  std::string title;  // the assessment's title
  std::string date;   // the assessment's date (YYYY-MM-DD): the XLSX's creation time, never the clock
  std::vector<PracticeQuestions> practices;  // every practice the matrix observes, by ID
};

// The format a questionnaire file is written in, by its extension (.csv,
// .xlsx, in any case); nullopt for any other.
std::optional<sheet::Format> questionnaire_format(const std::string& path);

// The questionnaire of `assessment` in `lang` (else the assessment's
// `language:`, else English). nullopt when the assessment, its matrix or its
// model cannot be loaded or has errors: the reasons are in the session.
std::optional<Questionnaire> questionnaire(Session& s, const std::string& assessment, std::optional<Lang> lang);

}  // namespace kubus::driver
