// Page one's plan: what it costs per year, where it takes the overall score by
// the end of the horizon, and what that buys.
#include <cmath>

#include "report/plan_words.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

std::string per_year(const Run& r) {
  std::string years;
  for (const auto& y : r.roadmap->years)
    years += (years.empty() ? "" : ", ") + y.label + " " + i18n::money(r.lang, y.cost, r.assessment.currency);
  return years.empty() ? years : " " + say(r.lang, "Per year: {years}.", fmt::arg("years", years));
}

std::string where_it_takes_us(const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  if (p.projection.empty()) return {};
  const plan::YearProjection& last = p.projection.back();
  const int level = static_cast<int>(std::floor(round4(last.overall)));
  std::string name = level_name(r.matrix, level, r.lang);
  return " " + say(r.lang, "By the end of {year} the overall score is projected at {score} (level {level}{name}), from "
                           "{now} today.",
                   fmt::arg("year", last.year), fmt::arg("score", score_text(r.lang, last.overall)),
                   fmt::arg("level", level), fmt::arg("name", name.empty() ? "" : ", " + name),
                   fmt::arg("now", score_text(r.lang, r.scores.overall)));
}

std::string what_it_buys(const Run& r) {
  const plan::Roadmap& p = *r.roadmap;
  std::size_t resolves = 0;
  for (const auto& s : p.items) resolves += s.resolves;
  std::string out = say(r.lang, "That brings {reached} of the {targets} dimensions with a target to it",
                        fmt::arg("reached", p.reached), fmt::arg("targets", p.targets));
  if (resolves > 0)
    out += say_n(r.lang, " and resolves {n} finding or silo gap", " and resolves {n} findings and silo gaps",
                 static_cast<long>(resolves));
  return " " + out + ".";
}

}  // namespace

void plan_summary(Section& s, const Run& r) {
  if (!r.roadmap) return;
  const Lang l = r.lang;
  const plan::Roadmap& p = *r.roadmap;
  s.blocks.emplace_back(Heading{i18n::tr(l, "The plan"), {}});
  if (p.items.empty()) {
    std::string why = p.note == plan::Note::None ? std::string() : ": " + note_words(l, p.note);
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "No initiative is needed or possible") + why + "."}}});
    return;
  }
  std::string out = say_n(l, "{n} initiative from {span}: {effort} and {cost} in total.",
                          "{n} initiatives from {span}: {effort} and {cost} in total.", static_cast<long>(p.items.size()),
                          fmt::arg("span", span_words(r)), fmt::arg("effort", person_months(l, p.total_effort)),
                          fmt::arg("cost", i18n::money(l, p.total_cost, r.assessment.currency)));
  s.blocks.emplace_back(Paragraph{{{out + per_year(r) + where_it_takes_us(r) + what_it_buys(r)}}});
  if (p.unreachable.empty()) return;
  List out_of_reach;
  for (const auto& u : p.unreachable)
    out_of_reach.items.push_back(
        {{dimension_title(r, u.dimension), Style::Strong},
         {" " + say(l, "stays below its target {target} (projected {projected}); the roadmap says why.",
                    fmt::arg("target", u.target), fmt::arg("projected", score_text(l, u.projected)))}});
  s.blocks.emplace_back(Paragraph{{{say_n(l, "{n} target is out of reach within the horizon:",
                                          "{n} targets are out of reach within the horizon:",
                                          static_cast<long>(p.unreachable.size()))}}});
  s.blocks.emplace_back(std::move(out_of_reach));
}

}  // namespace kubus::report::view
