#include "report/questionnaire.h"

#include <fmt/format.h>

#include "driver/output.h"
#include "i18n/i18n.h"
#include "report/xlsx_book.h"
#include "support/escape.h"

namespace kubus::report {
namespace {

using driver::kQuestionnaireColumns;

enum Column : std::size_t { Practice, Question, Level, Confidence, Evidence, Source, Date, Interviewee, Notes };

// The confidence words are the language's (`observation.confidence`), so the
// import reads them whatever the sheet's language.
const std::vector<std::string> kConfidence = {"low", "medium", "high"};

// The note on a level cell: the practice's title, then what each level looks like.
std::string levels_note(const driver::PracticeQuestions& p) {
  std::string out = p.title;
  for (std::size_t i = 0; i < p.levels.size(); ++i) out += fmt::format("\n{}: {}", i + 1, p.levels[i]);
  if (p.levels.empty() && !p.description.empty()) out += "\n" + p.description;
  return out;
}

// The question, and what the interviewer writes at length, wrap in wide columns.
xlsx::Kind kind_of(std::size_t column) {
  if (column == Question || column == Evidence || column == Notes) return xlsx::Kind::Wrapped;
  return column == Date ? xlsx::Kind::Date : xlsx::Kind::Text;
}

void questions_sheet(xlsx::Book& book, const driver::Questionnaire& q) {
  std::vector<xlsx::Column> columns;
  for (std::size_t c = 0; c < kQuestionnaireColumns.size(); ++c)
    columns.push_back({std::string(kQuestionnaireColumns[c]), kind_of(c)});
  auto& t = book.table(i18n::trc(q.lang, "sheet name", "questions"), std::move(columns));
  for (const auto& row : question_rows(q)) {
    t.text(row.practice->id).text(row.question).comment(levels_note(*row.practice)).blank();
    for (std::size_t c = Confidence; c < kQuestionnaireColumns.size(); ++c) t.blank();
    t.end_row();
  }
  t.whole_numbers(Level, 1, 5,
                  i18n::tr(q.lang, "Choose the level from 1 to 5 that the answer shows; the note on the cell "
                                   "describes each level."),
                  i18n::tr(q.lang, "A level is a whole number from 1 to 5."));
  t.choices(Confidence, kConfidence, i18n::tr(q.lang, "How sure is this answer: low, medium or high?"),
            i18n::tr(q.lang, "Choose low, medium or high."));
}

void levels_sheet(xlsx::Book& book, const driver::Questionnaire& q) {
  std::vector<xlsx::Column> columns{{i18n::tr(q.lang, "Practice"), xlsx::Kind::Text},
                                    {i18n::tr(q.lang, "Title"), xlsx::Kind::Text}};
  for (int level = 1; level <= 5; ++level)
    columns.push_back(
        {fmt::format(fmt::runtime(i18n::tr(q.lang, "Level {level}")), fmt::arg("level", level)), xlsx::Kind::Wrapped});
  auto& t = book.table(i18n::trc(q.lang, "sheet name", "levels"), std::move(columns));
  for (const auto& p : q.practices) {
    t.text(p.id).text(p.title);
    for (std::size_t i = 0; i < 5; ++i) i < p.levels.size() ? t.text(p.levels[i]) : t.blank();
    t.end_row();
  }
}

}  // namespace

std::vector<QuestionRow> question_rows(const driver::Questionnaire& q) {
  std::vector<QuestionRow> rows;
  for (const auto& p : q.practices) {
    for (const auto& question : p.questions) rows.push_back({&p, question});
    if (p.questions.empty())
      rows.push_back({&p, fmt::format(fmt::runtime(i18n::tr(q.lang, "{practice}: how far has the organisation come "
                                                                    "with this? Give an example that shows it.")),
                                      fmt::arg("practice", p.title))});
  }
  return rows;
}

std::string questionnaire_csv(const driver::Questionnaire& q) {
  const char separator = q.lang == Lang::Nl ? ';' : ',';
  std::string out = "\xEF\xBB\xBF";  // the byte-order mark: Excel reads the file as UTF-8 only with it
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? std::string(1, separator) : "") + csv_cell(cells[c], separator);
    out += "\r\n";
  };
  line({kQuestionnaireColumns.begin(), kQuestionnaireColumns.end()});
  for (const auto& row : question_rows(q)) {
    std::vector<std::string> cells(kQuestionnaireColumns.size());
    cells[Practice] = row.practice->id;
    cells[Question] = row.question;
    line(cells);
  }
  return out;
}

bool write_questionnaire_xlsx(const driver::Questionnaire& q, const std::string& path, std::string& error) {
  xlsx::Book book(path, "EUR");
  book.properties(fmt::format(fmt::runtime(i18n::tr(q.lang, "Interview questions: {assessment}")),
                              fmt::arg("assessment", q.title)),
                  q.date);
  questions_sheet(book, q);
  levels_sheet(book, q);
  return book.close(error);
}

bool write_questionnaire(const driver::Questionnaire& q, const std::string& path, std::string& error) {
  if (driver::questionnaire_format(path) == sheet::Format::Csv) return driver::write_file(path, questionnaire_csv(q), error);
  return driver::write_made(
      path, [&q](const std::string& made, std::string& e) { return write_questionnaire_xlsx(q, made, e); }, error);
}

std::string questionnaire_written(const driver::Questionnaire& q, const std::string& path) {
  std::size_t questions = question_rows(q).size();
  return fmt::format(fmt::runtime(i18n::tr(q.lang, "Wrote {questions} about {practices} to {path}")),
                     fmt::arg("questions", fmt::format(fmt::runtime(i18n::trn(q.lang, "{n} question", "{n} questions",
                                                                               static_cast<long>(questions))),
                                                       fmt::arg("n", questions))),
                     fmt::arg("practices", fmt::format(fmt::runtime(i18n::trn(q.lang, "{n} practice", "{n} practices",
                                                                               static_cast<long>(q.practices.size()))),
                                                       fmt::arg("n", q.practices.size()))),
                     fmt::arg("path", terminal_text(path))) +
         "\n";
}

}  // namespace kubus::report
