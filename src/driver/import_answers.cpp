#include "driver/import_answers.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <tuple>

#include "driver/import_cells.h"
#include "sheet/excel_values.h"
#include "support/text.h"

namespace kubus::driver {
namespace {

constexpr std::array<std::string_view, 3> kConfidences{"low", "medium", "high"};

// Lower case with runs of white space as one space: how two spellings of one
// source are recognised as the same.
std::string normalised(std::string_view s) {
  std::string out;
  for (char c : trim(s)) {
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return ascii_lower(out);
}

std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

class Reader {
 public:
  Reader(const sheet::Sheet& sheet, const std::vector<std::string>& practices, Diagnostics& diags)
      : sheet_(sheet), cols_(sheet), practices_(practices), diags_(diags) {}

  Answers read() {
    Answers out;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, AnswerGroup> groups;
    for (std::size_t i = 1; i < sheet_.rows.size(); ++i) {
      const sheet::Row& r = sheet_.rows[i];
      ++out.rows;
      if (cell_text(r, col("level")).empty()) {
        ++out.skipped;
        continue;
      }
      AnswerGroup g;
      Answer a;
      if (!read_row(r, g, a)) continue;
      auto key = std::tuple(g.practice, normalised(g.source), normalised(g.interviewee), g.date);
      auto [it, fresh] = groups.try_emplace(std::move(key), std::move(g));
      it->second.answers.push_back(std::move(a));
    }
    for (auto& [key, g] : groups) {
      g.id = observation_id(g.practice, g.source, g.interviewee, g.date);
      out.groups.push_back(std::move(g));
    }
    std::sort(out.groups.begin(), out.groups.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
  }

 private:
  std::uint32_t col(std::string_view name) const { return cols_.find(name); }

  // A free-text cell, its line breaks as LF whatever the spreadsheet wrote.
  std::string text(const sheet::Row& r, std::string_view column) const {
    std::string out;
    std::string in = cell_text(r, col(column));
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (in[i] != '\r') out += in[i];
      else if (i + 1 == in.size() || in[i + 1] != '\n') out += '\n';
    }
    return out;
  }

  // Checks every cell of an answered row; false after any error.
  bool read_row(const sheet::Row& r, AnswerGroup& g, Answer& a) {
    a.row = r.number;
    bool ok = level(r, a);
    ok = practice(r, g) && ok;
    ok = required(r, "source", g.source) && ok;
    ok = date(r, g) && ok;
    ok = confidence(r, a) && ok;
    g.interviewee = text(r, "interviewee");
    a.question = text(r, "question");
    a.evidence = text(r, "evidence");
    return ok;
  }

  bool level(const sheet::Row& r, Answer& a) {
    std::string text = cell_text(r, col("level"));
    static constexpr std::array<std::string_view, 5> kLevels{"1", "2", "3", "4", "5"};
    auto it = std::find(kLevels.begin(), kLevels.end(), text);
    if (it != kLevels.end()) {
      a.level = static_cast<int>(it - kLevels.begin()) + 1;
      return true;
    }
    return error(Code::BadAnswerLevel, r, col("level"), "'" + text + "' is not a level from 1 to 5",
                 "give the level the answer shows as a whole number from 1 (ad hoc) to 5 (customer-centric)");
  }

  bool practice(const sheet::Row& r, AnswerGroup& g) {
    if (!required(r, "practice", g.practice)) return false;
    std::string id = ascii_lower(g.practice);
    if (std::find(practices_.begin(), practices_.end(), id) != practices_.end()) {
      g.practice = id;
      return true;
    }
    auto near = closest(id, practices_);
    return error(Code::UnknownReference, r, col("practice"), "no practice '" + g.practice + "' in the assessment",
                 near ? "did you mean '" + *near + "'?" : "name a practice of the assessment's library by its ID");
  }

  bool date(const sheet::Row& r, AnswerGroup& g) {
    if (!required(r, "date", g.date)) return false;
    const sheet::Cell* c = r.at(col("date"));
    if (c->number) {  // a day serial in a cell without a date format
      if (auto iso = sheet::serial_date(c->value, false)) g.date = *iso;
    }
    if (valid_date(g.date)) return true;
    return error(Code::BadDate, r, col("date"), "'" + g.date + "' is not a date",
                 "write dates as YYYY-MM-DD, e.g. 2026-11-20");
  }

  bool confidence(const sheet::Row& r, Answer& a) {
    std::string text = ascii_lower(cell_text(r, col("confidence")));
    if (text.empty()) return true;
    auto it = std::find(kConfidences.begin(), kConfidences.end(), text);
    if (it != kConfidences.end()) {
      a.confidence = *it;
      return true;
    }
    auto near = closest(text, {kConfidences.begin(), kConfidences.end()});
    return error(Code::UnknownEnum, r, col("confidence"), "'" + cell_text(r, col("confidence")) + "' is not a confidence",
                 near ? "did you mean '" + *near + "'? the confidence is low, medium or high"
                      : "the confidence is low, medium or high");
  }

  // A cell an answered row must fill.
  bool required(const sheet::Row& r, std::string_view column, std::string& into) {
    into = cell_text(r, col(column));
    if (!into.empty()) return true;
    return error(Code::MissingField, r, col(column), "this answer has a level but no " + std::string(column),
                 "fill in the " + std::string(column) + " of every answered row");
  }

  bool error(Code code, const sheet::Row& r, std::uint32_t column, std::string message, std::string help) {
    diags_.add(code, sheet_.at(r.number, column), std::move(message), std::move(help));
    return false;
  }

  const sheet::Sheet& sheet_;
  Columns cols_;
  const std::vector<std::string>& practices_;
  Diagnostics& diags_;
};

}  // namespace

int AnswerGroup::level() const {
  std::vector<int> levels;
  for (const auto& a : answers) levels.push_back(a.level);
  std::sort(levels.begin(), levels.end());
  return levels[(levels.size() - 1) / 2];
}

std::string_view AnswerGroup::confidence() const {
  std::size_t lowest = 1;  // medium, when no answer gives one
  bool given = false;
  for (const auto& a : answers) {
    if (a.confidence.empty()) continue;
    auto at = static_cast<std::size_t>(std::find(kConfidences.begin(), kConfidences.end(), a.confidence) - kConfidences.begin());
    lowest = given ? std::min(lowest, at) : at;
    given = true;
  }
  return kConfidences[lowest];
}

std::string AnswerGroup::evidence() const {
  std::string out;
  for (const auto& a : answers) {
    if (!out.empty()) out += '\n';
    std::string line = a.question.empty() ? fmt::format("level {}", a.level) : fmt::format("{} (level {})", a.question, a.level);
    out += a.evidence.empty() ? line : line + ": " + a.evidence;
  }
  return out;
}

Answers read_answers(const sheet::Sheet& sheet, const std::vector<std::string>& practices, Diagnostics& diags) {
  return Reader(sheet, practices, diags).read();
}

std::string observation_id(std::string_view practice, std::string_view source, std::string_view interviewee,
                           std::string_view date) {
  std::uint32_t h = fnv1a(normalised(source) + "\n" + normalised(interviewee));
  return fmt::format("obs-{}-{}-{:08x}", practice, date, h);
}

std::string observation_declaration(const AnswerGroup& g, std::string_view practice_title) {
  std::string who = g.interviewee.empty() ? g.source : g.interviewee;
  std::string out = fmt::format("observation {} {} {{\n  practice: {}\n  level: {}\n  confidence: {}\n", g.id,
                                quote(std::string(practice_title) + ": " + who), g.practice, g.level(), g.confidence());
  out += "  evidence: " + quote(g.evidence()) + "\n";
  out += "  source: " + quote(g.source) + "\n";
  if (!g.interviewee.empty()) out += "  interviewee: " + quote(g.interviewee) + "\n";
  out += "  date: " + g.date + "\n}\n";
  return out;
}

}  // namespace kubus::driver
