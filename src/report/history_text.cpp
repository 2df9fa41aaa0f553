// `kubus history` and `kubus diff`: the recorded runs, and what changed
// between two of them.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/commands.h"
#include "report/portfolio_text.h"
#include "report/text.h"

namespace kubus::report {
namespace {

void changes(std::string& out, std::string_view what, std::string_view gone, const std::vector<std::string>& added,
             const std::vector<std::string>& removed) {
  for (const auto& x : added) out += fmt::format("  + new {}: {}\n", what, x);
  for (const auto& x : removed) out += fmt::format("  - {} {}: {}\n", gone, what, x);
}

std::string level_text(const std::optional<long long>& l) { return l ? std::to_string(*l) : "-"; }

}  // namespace

std::string history_text(const std::vector<history::RunSummary>& runs, bool portfolio) {
  if (runs.empty()) return "No runs recorded yet.\n";
  if (portfolio) return portfolio_text(runs);
  std::string out;
  for (const auto& r : runs) {
    std::string commit = r.git_commit.empty() ? "no git" : r.git_commit.substr(0, 10) + (r.git_dirty ? "+dirty" : "");
    out += fmt::format("run {:>3}  {}  {}  {}  overall {} (level {})  {}\n", r.id, r.recorded_at, r.assessment_date,
                       commit, fixed(r.overall, 2), r.overall_level, one_line(r.title));
    std::string dims;
    for (const auto& [id, score] : r.dimensions) dims += fmt::format("  {} {}", id, fixed(score, 2));
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
std::vector<std::string> roadmap_lines(const history::RunDiff::RoadmapProgress& p) {
  std::vector<std::string> out;
  for (const auto& id : p.done) out.push_back(id + " done");
  for (const auto& id : p.started) out.push_back(id + " started");
  for (const auto& m : p.slipped) out.push_back(fmt::format("{} slipped from {} to {}", m.initiative, m.before, m.after));
  for (const auto& m : p.ahead) out.push_back(fmt::format("{} ahead, from {} to {}", m.initiative, m.before, m.after));
  for (const auto& id : p.added) out.push_back(id + " added");
  for (const auto& id : p.dropped) out.push_back(id + " dropped");
  return out;
}

// "practice leadership-commitment 2 -> 3.5", "kpi nps-consumenten 14 -> 18"; none: not measured.
std::vector<std::string> measure_lines(const std::vector<history::RunDiff::Change>& changes) {
  std::vector<std::string> out;
  out.reserve(changes.size());
  auto value = [](const std::string& v) { return v.empty() ? std::string("none") : v; };
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

std::string score_row(const std::string& name, std::optional<double> before, std::optional<double> after) {
  auto cell = [](std::optional<double> v) { return v ? fixed(*v, 2) : std::string("–"); };
  std::string change = before && after ? signed_fixed(*after - *before, 2) : std::string("–");
  return fmt::format("| {} | {} | {} | {} |\n", name, cell(before), cell(after), change);
}

void list_md(std::string& out, std::string_view heading, const std::vector<std::string>& added,
             const std::vector<std::string>& removed, std::string_view added_word, std::string_view removed_word) {
  if (added.empty() && removed.empty()) return;
  out += fmt::format("\n**{}:** {} {}, {} {}\n\n", heading, added.size(), added_word, removed.size(), removed_word);
  for (const auto& x : added) out += fmt::format("- {}: {}\n", added_word, md_escape(x));
  for (const auto& x : removed) out += fmt::format("- {}: {}\n", removed_word, md_escape(x));
}

}  // namespace

std::string diff_markdown(const history::RunDiff& d) {
  std::string out = fmt::format("### Kubus: what this change does to {}\n\nFrom {} to {}.\n\n", md_escape(d.title),
                                md_escape(d.from), md_escape(d.to));
  out += "| score | before | after | change |\n|---|---:|---:|---:|\n";
  out += score_row("**overall**", d.overall_before, d.overall_after);
  for (const auto& s : d.scores) out += score_row(md_escape(s.dimension), s.before, s.after);
  if (!d.levels.empty()) {
    out += "\n**Levels:**";
    for (const auto& l : d.levels)
      out += fmt::format(" {} {} → {};", md_escape(l.dimension), level_text(l.before), level_text(l.after));
    out.back() = '\n';
  }
  list_md(out, "Findings", d.new_findings, d.resolved_findings, "new", "resolved");
  list_md(out, "Silo gaps", d.new_gaps, d.resolved_gaps, "new", "resolved");
  if (!d.measures.empty()) {
    out += fmt::format("\n**Evidence:** {} practice(s), KPI(s) and SLA(s) moved\n\n", d.measures.size());
    for (const auto& line : measure_lines(d.measures)) out += "- " + md_escape(line) + "\n";
  }
  if (!d.roadmap.empty()) {
    const auto& p = d.roadmap;
    out += fmt::format("\n**Roadmap:** {} done, {} started, {} slipped, {} ahead, {} added, {} dropped\n\n",
                       p.done.size(), p.started.size(), p.slipped.size(), p.ahead.size(), p.added.size(),
                       p.dropped.size());
    for (const auto& line : roadmap_lines(p)) out += "- " + md_escape(line) + "\n";
  }
  if (d.levels.empty() && d.new_findings.empty() && d.resolved_findings.empty() && d.new_gaps.empty() &&
      d.resolved_gaps.empty() && d.measures.empty() && d.roadmap.empty())
    out += "\nNo level, finding, silo gap, evidence or roadmap item changes.\n";
  return out;
}

std::string diff_text(const history::RunDiff& d) {
  std::string out = fmt::format("Changes from {} to {}:\n", d.from, d.to);
  out += fmt::format("  overall score {} -> {} ({})\n", fixed(d.overall_before, 2), fixed(d.overall_after, 2),
                     signed_fixed(d.overall_after - d.overall_before, 2));
  for (const auto& l : d.levels)
    out += fmt::format("  {} level {} -> {}\n", l.dimension, level_text(l.before), level_text(l.after));
  changes(out, "finding", "resolved", d.new_findings, d.resolved_findings);
  changes(out, "gap", "resolved", d.new_gaps, d.resolved_gaps);
  for (const auto& line : measure_lines(d.measures)) out += "  moved: " + line + "\n";
  for (const auto& line : roadmap_lines(d.roadmap)) out += "  roadmap: " + line + "\n";
  return terminal_text(out);
}

}  // namespace kubus::report
