// What changed from one run to another: levels and scores, findings, gaps and
// the roadmap. One comparison of two records serves `kubus diff` between
// recorded runs and `kubus diff --git` between two versions of a model.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "history/backend.h"
#include "history/store.h"

namespace kubus::history {
namespace {

// What is in `b` and not in `a`, sorted.
std::vector<std::string> minus(const std::set<std::string>& b, const std::set<std::string>& a) {
  std::vector<std::string> out;
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(out));
  return out;
}

template <class T, class Key>
void changes(const std::vector<T>& a, const std::vector<T>& b, Key key, std::vector<std::string>& added,
             std::vector<std::string>& removed) {
  std::set<std::string> before, after;
  for (const T& x : a) before.insert(key(x));
  for (const T& x : b) after.insert(key(x));
  added = minus(after, before);
  removed = minus(before, after);
}

std::optional<long long> level_of(const Record& r, const std::string& dimension) {
  for (const auto& s : r.scores)
    if (s.dimension == dimension) return s.level;
  return std::nullopt;
}

// What became of one initiative of the newer run, planned or started, that the
// older run had as `old` (null: not at all).
void compare_item(const std::string& id, const Record::Item& item, const Record::Item* old,
                  RunDiff::RoadmapProgress& p) {
  if (item.status == "started" && (!old || old->status == "planned")) p.started.push_back(id);
  if (!old || old->status == "done") {
    if (item.status != "started") p.added.push_back(id);
  } else if (item.finish > old->finish) {  // "2028-Q2" > "2027-Q4": labels sort as quarters
    p.slipped.push_back({id, old->finish, item.finish});
  } else if (item.finish < old->finish) {
    p.ahead.push_back({id, old->finish, item.finish});
  }
}

RunDiff::RoadmapProgress progress(const Record& a, const Record& b) {
  std::map<std::string, const Record::Item*> before, after;
  for (const auto& i : a.roadmap) before[i.initiative] = &i;
  for (const auto& i : b.roadmap) after[i.initiative] = &i;
  RunDiff::RoadmapProgress p;
  for (const auto& [id, item] : after) {
    auto was = before.find(id);
    const Record::Item* old = was == before.end() ? nullptr : was->second;
    if (item->status != "done") compare_item(id, *item, old, p);
    else if (!old || old->status != "done") p.done.push_back(id);
  }
  for (const auto& [id, item] : before)
    if (item->status != "done" && !after.count(id)) p.dropped.push_back(id);
  return p;
}

// The measures that differ, by kind and ID; one missing from a run counts as empty.
std::vector<RunDiff::Change> moved_measures(const Record& a, const Record& b) {
  std::map<std::pair<std::string, std::string>, RunDiff::Change> all;
  for (const auto& m : a.measures) all[{m.kind, m.id}] = {m.kind, m.id, m.value, ""};
  for (const auto& m : b.measures) {
    auto [it, fresh] = all.try_emplace({m.kind, m.id}, RunDiff::Change{m.kind, m.id, "", ""});
    it->second.after = m.value;
  }
  std::vector<RunDiff::Change> out;
  for (auto& [key, c] : all)
    if (c.before != c.after) out.push_back(std::move(c));
  return out;
}

}  // namespace

RunDiff diff_records(const Record& a, const Record& b) {
  RunDiff d;
  d.title = b.title;
  d.overall_before = a.overall;
  d.overall_after = b.overall;
  // Dimensions in the newer record's (matrix) order, then those only the older one has.
  for (const Record* r : {&b, &a})
    for (const auto& s : r->scores) {
      auto it = std::find_if(d.scores.begin(), d.scores.end(), [&](const RunDiff::Score& x) { return x.dimension == s.dimension; });
      if (it == d.scores.end()) it = d.scores.insert(d.scores.end(), RunDiff::Score{s.dimension, {}, {}});
      (r == &a ? it->before : it->after) = s.score;
    }
  for (const auto& sc : d.scores) {
    RunDiff::Level l{sc.dimension, level_of(a, sc.dimension), level_of(b, sc.dimension)};
    if (l.before != l.after) d.levels.push_back(std::move(l));
  }
  changes(a.findings, b.findings, [](const Record::Finding& f) { return f.rule + " " + f.subject; }, d.new_findings,
          d.resolved_findings);
  changes(a.gaps, b.gaps, [](const Record::Gap& g) { return g.id; }, d.new_gaps, d.resolved_gaps);
  d.measures = moved_measures(a, b);
  d.roadmap = progress(a, b);
  return d;
}

std::optional<RunDiff> diff_runs(const std::string& db_path, long long a, long long b, Failure& failure) {
  auto db = connection(db_path);
  if (!db->open_to_read(failure)) return std::nullopt;
  auto before = read_record(*db, a);
  auto after = before ? read_record(*db, b) : std::nullopt;
  if (!after) {
    failure = {Code::UnknownRun, fmt::format("no run {} in '{}' (see `kubus history`)", before ? b : a, db_path)};
    return std::nullopt;
  }
  RunDiff d = diff_records(*before, *after);
  d.from = fmt::format("run {}", a);
  d.to = fmt::format("run {}", b);
  d.from_run = a;
  d.to_run = b;
  return d;
}

}  // namespace kubus::history
