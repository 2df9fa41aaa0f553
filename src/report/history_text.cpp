// `kubus history` and `kubus diff`: the recorded runs, and what changed
// between two of them.
#include <fmt/format.h>

#include <cmath>

#include <nlohmann/json.hpp>

#include "report/commands.h"
#include "report/portfolio_text.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {
namespace {

using view::say;

std::string level_text(const std::optional<long long>& l) { return l ? std::to_string(*l) : "-"; }

// "+0.12", "-0,40" (nl): the sign, then the number in the language's digits.
std::string signed_number(Lang l, double x) { return signed_fixed(x, 2).substr(0, 1) + i18n::number(l, std::abs(x), 2); }

}  // namespace

std::string history_text(const std::vector<history::RunSummary>& runs, Lang l, bool portfolio) {
  if (runs.empty()) return i18n::tr(l, "No runs recorded yet.") + "\n";
  if (portfolio) return portfolio_text(runs, l);
  std::string out;
  for (const auto& r : runs) {
    std::string commit = r.git_commit.empty()
                             ? i18n::tr(l, "no git")
                             : r.git_commit.substr(0, 10) + (r.git_dirty ? i18n::tr(l, "+dirty") : std::string());
    // The dates stay ISO 8601: a column to sort and grep, like the recording time beside it.
    out += say(l, "run {id:>3}  {recorded_at}  {date}  {commit}  overall {overall} (level {level})  {title}",
               fmt::arg("id", r.id), fmt::arg("recorded_at", r.recorded_at), fmt::arg("date", r.assessment_date),
               fmt::arg("commit", commit), fmt::arg("overall", i18n::number(l, round4(r.overall), 2)),
               fmt::arg("level", r.overall_level), fmt::arg("title", one_line(r.title))) +
           "\n";
    std::string dims;
    for (const auto& [id, score] : r.dimensions) dims += fmt::format("  {} {}", id, i18n::number(l, round4(score), 2));
    if (!dims.empty()) out += "        " + dims + "\n";
  }
  return terminal_text(out);
}

std::string history_json(const std::vector<history::RunSummary>& runs, bool portfolio) {
  if (portfolio) return portfolio_json(runs);
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& r : runs) {
    nlohmann::ordered_json dims = nlohmann::ordered_json::object();
    for (const auto& [id, score] : r.dimensions) dims[id] = round4(score);
    arr.push_back({{"run", r.id}, {"recorded_at", r.recorded_at}, {"date", r.assessment_date}, {"title", r.title},
                   {"assessment", r.assessment}, {"author", r.author}, {"git_commit", r.git_commit}, {"git_dirty", r.git_dirty}, {"tool_version", r.tool_version},
                   {"matrix", r.matrix_id}, {"overall", round4(r.overall)}, {"level", r.overall_level},
                   {"dimensions", dims}});
  }
  return nlohmann::ordered_json{{"runs", arr}}.dump(2) + "\n";
}

namespace {

nlohmann::ordered_json roadmap_json(const history::RunDiff::RoadmapProgress& p) {
  auto moved = [](const std::vector<history::RunDiff::Moved>& v) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& m : v) out.push_back({{"initiative", m.initiative}, {"before", m.before}, {"after", m.after}});
    return out;
  };
  return {{"done", p.done},           {"started", p.started}, {"slipped", moved(p.slipped)},
          {"ahead", moved(p.ahead)}, {"added", p.added},     {"dropped", p.dropped}};
}

nlohmann::ordered_json measures_json(const std::vector<history::RunDiff::Change>& changes) {
  auto value = [](const std::string& v) { return v.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(v); };
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& c : changes)
    out.push_back({{"kind", c.kind}, {"id", c.id}, {"before", value(c.before)}, {"after", value(c.after)}});
  return out;
}

// "governance-board done", "handoff-slas slipped from 2027-Q4 to 2028-Q2", ...
std::vector<std::string> roadmap_lines(Lang l, const history::RunDiff::RoadmapProgress& p) {
  std::vector<std::string> out;
  // Each given its translated format, so that xgettext sees the literal msgids below.
  auto one = [&](const std::string& format, const std::string& id) {
    out.push_back(fmt::format(fmt::runtime(format), fmt::arg("id", id)));
  };
  auto moved = [&](const std::string& format, const history::RunDiff::Moved& m) {
    out.push_back(fmt::format(fmt::runtime(format), fmt::arg("id", m.initiative), fmt::arg("before", m.before),
                              fmt::arg("after", m.after)));
  };
  for (const auto& id : p.done) one(i18n::tr(l, "{id} done"), id);
  for (const auto& id : p.started) one(i18n::tr(l, "{id} started"), id);
  for (const auto& m : p.slipped) moved(i18n::tr(l, "{id} slipped from {before} to {after}"), m);
  for (const auto& m : p.ahead) moved(i18n::tr(l, "{id} ahead, from {before} to {after}"), m);
  for (const auto& id : p.added) one(i18n::tr(l, "{id} added"), id);
  for (const auto& id : p.dropped) one(i18n::tr(l, "{id} dropped"), id);
  return out;
}

// "practice leadership-commitment 2 -> 3.5", "kpi nps-consumenten 14 -> 18"; none: not measured.
std::vector<std::string> measure_lines(Lang l, const std::vector<history::RunDiff::Change>& changes) {
  std::vector<std::string> out;
  out.reserve(changes.size());
  auto value = [l](const std::string& v) { return v.empty() ? i18n::tr(l, "none") : v; };
  for (const auto& c : changes) out.push_back(fmt::format("{} {} {} -> {}", c.kind, c.id, value(c.before), value(c.after)));
  return out;
}

}  // namespace

std::string diff_json(const history::RunDiff& d) {
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const auto& l : d.levels)
    levels.push_back({{"dimension", l.dimension},
                      {"before", l.before ? nlohmann::ordered_json(*l.before) : nlohmann::ordered_json()},
                      {"after", l.after ? nlohmann::ordered_json(*l.after) : nlohmann::ordered_json()}});
  nlohmann::ordered_json scores = nlohmann::ordered_json::array();
  for (const auto& sc : d.scores)
    scores.push_back({{"dimension", sc.dimension},
                      {"before", sc.before ? nlohmann::ordered_json(round4(*sc.before)) : nlohmann::ordered_json()},
                      {"after", sc.after ? nlohmann::ordered_json(round4(*sc.after)) : nlohmann::ordered_json()}});
  nlohmann::ordered_json out = {
      {"from", d.from},
      {"to", d.to},
      {"overall", {{"before", round4(d.overall_before)}, {"after", round4(d.overall_after)},
                   {"change", round4(d.overall_after - d.overall_before)}}},
      {"levels", levels},
      {"scores", scores},
      {"findings", {{"new", d.new_findings}, {"resolved", d.resolved_findings}}},
      {"gaps", {{"new", d.new_gaps}, {"resolved", d.resolved_gaps}}},
      {"measures", measures_json(d.measures)},
      {"roadmap", roadmap_json(d.roadmap)},
  };
  return out.dump(2) + "\n";
}

namespace {

std::string score_row(Lang l, const std::string& name, std::optional<double> before, std::optional<double> after) {
  auto cell = [l](std::optional<double> v) { return v ? i18n::number(l, round4(*v), 2) : std::string("–"); };
  std::string change = before && after ? signed_number(l, *after - *before) : std::string("–");
  return fmt::format("| {} | {} | {} | {} |\n", name, cell(before), cell(after), change);
}

// "**Findings:** 2 new, 1 resolved" and a line each.
void list_md(std::string& out, Lang l, const std::string& heading, const std::vector<std::string>& added,
             const std::vector<std::string>& removed) {
  if (added.empty() && removed.empty()) return;
  std::string added_word = i18n::tr(l, "new"), removed_word = i18n::tr(l, "resolved");
  out += fmt::format("\n**{}:** {} {}, {} {}\n\n", heading, added.size(), added_word, removed.size(), removed_word);
  for (const auto& x : added) out += fmt::format("- {}: {}\n", added_word, md_escape(x));
  for (const auto& x : removed) out += fmt::format("- {}: {}\n", removed_word, md_escape(x));
}

// What a diff compares: "run 3" ("meting 3"), the work tree or a git revision.
std::string side(Lang l, long long run, const std::string& text) {
  if (run > 0) return say(l, "run {run}", fmt::arg("run", run));
  return text == history::kWorkTree ? i18n::tr(l, "the work tree") : text;
}

bool unchanged(const history::RunDiff& d) {
  return d.levels.empty() && d.new_findings.empty() && d.resolved_findings.empty() && d.new_gaps.empty() &&
         d.resolved_gaps.empty() && d.measures.empty() && d.roadmap.empty();
}

}  // namespace

std::string diff_markdown(const history::RunDiff& d, Lang l) {
  std::string out = "### " + say(l, "Kubus: what this change does to {title}", fmt::arg("title", md_escape(d.title))) +
                    "\n\n" +
                    say(l, "From {from} to {to}.", fmt::arg("from", md_escape(side(l, d.from_run, d.from))),
                        fmt::arg("to", md_escape(side(l, d.to_run, d.to)))) +
                    "\n\n";
  out += fmt::format("| {} | {} | {} | {} |\n|---|---:|---:|---:|\n", i18n::tr(l, "score"), i18n::tr(l, "before"),
                     i18n::tr(l, "after"), i18n::tr(l, "change"));
  out += score_row(l, "**" + i18n::tr(l, "overall") + "**", d.overall_before, d.overall_after);
  for (const auto& s : d.scores) out += score_row(l, md_escape(s.dimension), s.before, s.after);
  if (!d.levels.empty()) {
    out += "\n**" + i18n::tr(l, "Levels") + ":**";
    for (const auto& v : d.levels)
      out += fmt::format(" {} {} → {};", md_escape(v.dimension), level_text(v.before), level_text(v.after));
    out.back() = '\n';
  }
  list_md(out, l, i18n::tr(l, "Findings"), d.new_findings, d.resolved_findings);
  list_md(out, l, i18n::tr(l, "Silo gaps"), d.new_gaps, d.resolved_gaps);
  if (!d.measures.empty()) {
    out += "\n**" + i18n::tr(l, "Evidence") + ":** " +
           view::say_n(l, "{n} practice, KPI or SLA moved", "{n} practices, KPIs and SLAs moved",
                       static_cast<long>(d.measures.size())) + "\n\n";
    for (const auto& line : measure_lines(l, d.measures)) out += "- " + md_escape(line) + "\n";
  }
  if (!d.roadmap.empty()) {
    const auto& p = d.roadmap;
    out += "\n**" + i18n::tr(l, "Roadmap") + ":** " +
           say(l, "{done} done, {started} started, {slipped} slipped, {ahead} ahead, {added} added, {dropped} dropped",
               fmt::arg("done", p.done.size()), fmt::arg("started", p.started.size()),
               fmt::arg("slipped", p.slipped.size()), fmt::arg("ahead", p.ahead.size()),
               fmt::arg("added", p.added.size()), fmt::arg("dropped", p.dropped.size())) +
           "\n\n";
    for (const auto& line : roadmap_lines(l, p)) out += "- " + md_escape(line) + "\n";
  }
  if (unchanged(d)) out += "\n" + i18n::tr(l, "No level, finding, silo gap, evidence or roadmap item changes.") + "\n";
  return out;
}

std::string diff_text(const history::RunDiff& d, Lang l) {
  std::string out = say(l, "Changes from {from} to {to}:", fmt::arg("from", side(l, d.from_run, d.from)),
                        fmt::arg("to", side(l, d.to_run, d.to))) + "\n";
  out += "  " + say(l, "overall score {before} -> {after} ({change})", fmt::arg("before", i18n::number(l, round4(d.overall_before), 2)),
                    fmt::arg("after", i18n::number(l, round4(d.overall_after), 2)),
                    fmt::arg("change", signed_number(l, d.overall_after - d.overall_before))) + "\n";
  for (const auto& v : d.levels)
    out += "  " + say(l, "{dimension} level {before} -> {after}", fmt::arg("dimension", v.dimension),
                      fmt::arg("before", level_text(v.before)), fmt::arg("after", level_text(v.after))) + "\n";
  for (const auto& x : d.new_findings) out += "  + " + say(l, "new finding: {id}", fmt::arg("id", x)) + "\n";
  for (const auto& x : d.resolved_findings) out += "  - " + say(l, "resolved finding: {id}", fmt::arg("id", x)) + "\n";
  for (const auto& x : d.new_gaps) out += "  + " + say(l, "new gap: {id}", fmt::arg("id", x)) + "\n";
  for (const auto& x : d.resolved_gaps) out += "  - " + say(l, "resolved gap: {id}", fmt::arg("id", x)) + "\n";
  for (const auto& x : measure_lines(l, d.measures)) out += "  " + say(l, "moved: {what}", fmt::arg("what", x)) + "\n";
  for (const auto& x : roadmap_lines(l, d.roadmap)) out += "  " + say(l, "roadmap: {what}", fmt::arg("what", x)) + "\n";
  return terminal_text(out);
}

}  // namespace kubus::report
