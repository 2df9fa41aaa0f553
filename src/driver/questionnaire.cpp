#include "driver/questionnaire.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "driver/run.h"

namespace kubus::driver {

std::optional<sheet::Format> questionnaire_format(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv") return sheet::Format::Csv;
  if (ext == ".xlsx") return sheet::Format::Xlsx;
  return std::nullopt;
}

std::optional<Questionnaire> questionnaire(Session& s, const std::string& assessment, std::optional<Lang> lang) {
  auto run = prepare(s, assessment, false);
  if (!run || s.exit() != Exit::Ok) return std::nullopt;
  Questionnaire q;
  q.lang = lang.value_or(run->assessment.language.value_or(kDefaultLang));
  q.title = run->assessment.title;
  q.date = run->assessment.date;
  std::set<std::string> observed;  // sorted by ID, each once however many levels observe it
  for (const auto& d : run->matrix.dimensions)
    for (const auto& c : d.criteria)
      if (c.kind == config::CriterionKind::Observed) observed.insert(c.ref);
  const model::Model& m = run->model;
  for (const auto& id : observed) {
    model::Index i = m.find("practice", id);
    if (i == model::kNone) continue;  // reported by the matrix's reference check
    const model::Entity& e = m.entities[i];
    PracticeQuestions p{id, std::string(m.display(e, q.lang)), std::string(m.text(e, "description", q.lang)), {}, {}};
    for (std::string_view text : m.texts(e, "questions", q.lang)) p.questions.emplace_back(text);
    for (std::string_view text : m.texts(e, "levels", q.lang)) p.levels.emplace_back(text);
    q.practices.push_back(std::move(p));
  }
  return q;
}

}  // namespace kubus::driver
