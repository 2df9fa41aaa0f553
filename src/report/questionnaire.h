// The interview sheet of `kubus questionnaire` (driver/questionnaire.h) as
// CSV and as XLSX (docs/intake.md). Both have the columns of
// driver::kQuestionnaireColumns and one row per question, by practice ID and
// then in the library's order; the answer columns are left empty.
#pragma once
#include <string>
#include <vector>

#include "driver/questionnaire.h"

namespace kubus::report {

struct QuestionRow {
  const driver::PracticeQuestions* practice = nullptr;
  std::string question;  // the library's, or for a practice without questions one asking for its level
};
std::vector<QuestionRow> question_rows(const driver::Questionnaire& q);

// RFC 4180 in UTF-8 with a byte-order mark and CRLF line ends. The separator
// is ',' in English and ';' in Dutch, the list separator a Dutch Excel
// expects when the file is opened with a double click (docs/intake.md).
std::string questionnaire_csv(const driver::Questionnaire& q);

// The XLSX at `path` (written by libxlsxwriter; the caller makes it atomic):
// the sheet of questions, with a drop-down for `level` and `confidence`, the
// practice's five levels as a note on its level cells and a frozen header
// row, and a second sheet with every practice's levels.
bool write_questionnaire_xlsx(const driver::Questionnaire& q, const std::string& path, std::string& error);

// Writes the questionnaire to `path`, as XLSX or CSV by its extension,
// atomically; false with `error` when it cannot be written.
bool write_questionnaire(const driver::Questionnaire& q, const std::string& path, std::string& error);

// "Wrote 43 questions about 16 practices to FILE", in the sheet's language.
std::string questionnaire_written(const driver::Questionnaire& q, const std::string& path);

}  // namespace kubus::report
