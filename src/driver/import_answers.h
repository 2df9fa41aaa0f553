// The answered rows of an interview sheet (the questionnaire's columns
// practice, question, level, confidence, evidence, source, date, interviewee),
// checked cell by cell and grouped into one observation per practice, source,
// interviewee and date (docs/intake.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "sheet/sheet.h"

namespace kubus::driver {

// One answered question.
struct Answer {
  std::uint32_t row = 0;       // the sheet's row number
  int level = 0;               // 1..5
  std::string question, evidence;
  std::string_view confidence; // low | medium | high; empty when not given
};

// The answers one interviewee gave about one practice, from one source on one
// date: one imported observation.
struct AnswerGroup {
  std::string id;              // observation_id()
  std::string practice, source, interviewee, date;  // as the first row of the group writes them
  std::vector<Answer> answers; // in sheet order
  // The observation's level: the median of the answers' levels, rounded down
  // (the lower of the two middle levels of an even number of answers).
  int level() const;
  // The lowest confidence any answer gives; medium when none gives one.
  std::string_view confidence() const;
  // Every answer, one per line: "question (level N): evidence".
  std::string evidence() const;
};

struct Answers {
  std::vector<AnswerGroup> groups;  // by ID
  std::size_t rows = 0;             // data rows read
  std::size_t skipped = 0;          // rows without a level
};

// The columns a sheet of answers must have, and those it may have.
inline constexpr std::string_view kRequiredColumns[] = {"practice", "level", "source", "date"};

// Reads every data row of `sheet`, reporting each bad cell located
// FILE:ROW:COLUMN; `practices` are the IDs an answer may name (a name that is
// none of them gets a did-you-mean). Rows without a level are skipped.
Answers read_answers(const sheet::Sheet& sheet, const std::vector<std::string>& practices, Diagnostics& diags);

// The stable ID of an imported observation: `obs-PRACTICE-DATE-HASH`, where
// HASH is eight hex digits of the 32-bit FNV-1a hash of the source and the
// interviewee, each lower-cased with its white space collapsed and joined by a
// newline. The same practice, source, interviewee and date give the same ID
// on every import, whatever the row order or the other answers.
std::string observation_id(std::string_view practice, std::string_view source, std::string_view interviewee,
                           std::string_view date);

// The declaration of an imported observation (not yet in canonical layout).
std::string observation_declaration(const AnswerGroup& g, std::string_view practice_title);

}  // namespace kubus::driver
