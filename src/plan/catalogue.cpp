// Loading initiative catalogues (ENGINE.md §3): every field is validated with
// file:line:column, later files override earlier ones by ID, and the merged
// catalogue is checked for `after` links that name nothing or form a cycle.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "config/yaml.h"
#include "plan/dependencies.h"
#include "plan/plan.h"
#include "plan/shift.h"
#include "support/text.h"

namespace kubus::plan {
namespace {

constexpr double kSecondsPerQuarter = 7889400;  // the schema's `quarter` unit

struct Entry {
  Initiative initiative;
  std::vector<Span> after_spans;  // one per `after` name
};

// A non-negative amount; reports a negative one at its node.
std::optional<double> amount(const config::YamlReader& r, const YAML::Node& n, const std::string& what,
                             schema::Dim dim, std::string* currency) {
  auto v = r.quantity(n, what, dim, currency);
  if (v && *v < 0) {
    r.error(Code::NegativeAmount, n, what + " is negative: '" + n.Scalar() + "'",
            "effort and cost are zero or more; write 0 when there is none");
    return std::nullopt;
  }
  return v;
}

// `effort`/`cost`: {base, per-finding}, or one amount that is the base.
bool base_and_per_finding(const config::YamlReader& r, const YAML::Node& n, const std::string& what,
                          schema::Dim dim, double& base, double& per_finding, std::string* currency) {
  if (n.IsScalar()) {
    auto v = amount(r, n, what, dim, currency);
    if (v) base = *v;
    return v.has_value();
  }
  if (!r.check_map(n, what, {"base", "per-finding"}, {"base"})) return false;
  auto b = amount(r, n["base"], what + " base", dim, currency);
  bool ok = b.has_value();
  if (b) base = *b;
  if (n["per-finding"]) {
    std::string base_currency = currency ? *currency : std::string();
    auto p = amount(r, n["per-finding"], what + " per finding", dim, currency);
    if (p) per_finding = *p;
    ok = ok && p.has_value();
    if (p && b && currency && *currency != base_currency) {
      r.error(Code::CurrencyMismatch, n["per-finding"],
              what + " per finding is in " + *currency + ", its base in " + base_currency,
              "write both in one currency: amounts never convert between currencies");
      ok = false;
    }
  }
  return ok;
}

// Whole quarters, rounded up: "1 quarter", "2 quarters", "6 months" (2), or a bare number of quarters.
std::optional<int> duration(const config::YamlReader& r, const YAML::Node& n) {
  double quarters = 0;
  if (double bare = 0; n.IsScalar() && YAML::convert<double>::decode(n, bare) && std::isfinite(bare)) {
    quarters = bare;
  } else {
    auto seconds = r.quantity(n, "duration", schema::Dim::Duration);
    if (!seconds) return std::nullopt;
    quarters = *seconds / kSecondsPerQuarter;
  }
  if (quarters <= 0) {
    r.error(Code::BadDuration, n, "duration must be more than zero, found '" + n.Scalar() + "'",
            "write how long it takes at least, such as '1 quarter' or '6 months'");
    return std::nullopt;
  }
  if (quarters > 400) {
    r.error(Code::BadDuration, n, "duration of '" + n.Scalar() + "' is longer than any horizon",
            "write the duration in quarters or months, such as '2 quarters'");
    return std::nullopt;
  }
  return static_cast<int>(std::ceil(quarters - 1e-9));
}

bool parse_fixes(const config::YamlReader& r, const YAML::Node& n, std::vector<Fix>& out) {
  if (!r.check_list(n, "fixes")) return false;
  bool ok = true;
  std::vector<std::string> kinds;
  kinds.reserve(config::kCriterionKinds.size());
  for (const auto& k : config::kCriterionKinds) kinds.emplace_back(k.name);
  for (const auto& item : n) {
    if (!item.IsMap() || item.size() != 1) {
      r.error(Code::YamlWrongType, item, "a fix is a map with one key: rule, gap or observed",
              "write `{rule: touchpoint-has-owner}`");
      ok = false;
      continue;
    }
    auto kv = *item.begin();
    std::string kind = kv.first.IsScalar() ? kv.first.Scalar() : "";
    auto ref = r.string(kv.second, "the fixed criterion");
    auto parsed = config::parse_criterion_kind(kind);
    if (!parsed) {
      auto guess = closest(kind, kinds);
      r.error(Code::UnknownFixKind, kv.first, "unknown criterion kind '" + kind + "' in fixes",
              guess ? "did you mean '" + *guess + "'? the kinds are rule, gap and observed"
                    : "the kinds are rule, gap and observed");
      ok = false;
      continue;
    }
    if (!ref) {
      ok = false;
      continue;
    }
    Fix fix;
    fix.kind = *parsed;
    fix.ref = *ref;
    fix.span = r.span(kv.second);
    if (fix.kind == config::CriterionKind::Gap && !schema::parse_gap_kind(fix.ref)) {
      auto guess = closest(fix.ref, schema::gap_kind_names());
      r.error(Code::UnknownFixKind, kv.second, "unknown gap kind '" + fix.ref + "' in fixes",
              guess ? "did you mean '" + *guess + "'?" : "see ENGINE.md §2 for the silo-gap kinds");
      ok = false;
      continue;
    }
    out.push_back(std::move(fix));
  }
  return ok;
}

// `after`: one ID or a list, each with its place for the diagnostics of the merged catalogue.
bool parse_after(const config::YamlReader& r, const YAML::Node& n, Entry& e) {
  auto after = r.strings(n, "after");
  if (!after) return false;
  e.initiative.after = *after;
  if (n.IsSequence())
    for (const auto& item : n) e.after_spans.push_back(r.span(item));
  else
    e.after_spans.push_back(r.span(n));
  return true;
}

std::optional<Entry> parse_initiative(const config::YamlReader& r, const YAML::Node& n) {
  bool ok = r.check_map(n, "initiative", {"id", "title", "fixes", "effort", "cost", "duration", "after", "shifts"},
                        {"id", "title", "fixes", "effort"});
  if (!n.IsMap()) return std::nullopt;
  Entry e;
  Initiative& i = e.initiative;
  i.span = r.span(n);
  if (auto id = n["id"] ? r.string(n["id"], "initiative id") : std::nullopt) {
    i.id = *id;
    i.span = r.span(n["id"]);
  }
  std::string what = "initiative '" + i.id + "'";
  if (n["title"]) {
    auto title = r.text(n["title"], what + " title");
    ok = ok && title.has_value();
    if (title) i.title = std::move(*title);
  }
  if (n["fixes"]) ok = parse_fixes(r, n["fixes"], i.fixes) && ok;
  if (n["effort"])
    ok = base_and_per_finding(r, n["effort"], "effort", schema::Dim::Effort, i.effort_base, i.effort_per_finding,
                              nullptr) && ok;
  if (n["cost"]) {
    ok = base_and_per_finding(r, n["cost"], "cost", schema::Dim::Money, i.cost_base, i.cost_per_finding,
                              &i.currency) && ok;
    const YAML::Node& cost = n["cost"];
    i.cost_span = r.span(cost.IsMap() && cost["base"] ? cost["base"] : cost);
  }
  if (n["duration"]) {
    auto d = duration(r, n["duration"]);
    ok = ok && d.has_value();
    if (d) i.duration = *d;
  }
  if (n["after"]) ok = parse_after(r, n["after"], e) && ok;
  if (n["shifts"]) ok = detail::parse_shifts(r, n["shifts"], i.shifts) && ok;
  if (!ok || i.id.empty()) return std::nullopt;
  return e;
}

void read_file(const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags,
               std::map<std::string, Entry>& merged, std::set<std::string>& named) {
  config::YamlReader r(sm, file.file, diags);
  const YAML::Node& root = file.root;
  if (!r.check_map(root, "initiative catalogue", {"kubus-initiatives", "language", "initiatives"},
                   {"kubus-initiatives", "initiatives"}) ||
      !r.base_language(root))
    return;
  auto version = r.integer(root["kubus-initiatives"], "kubus-initiatives");
  if (version && *version != 1)
    r.error(Code::UnsupportedVersion, root["kubus-initiatives"],
            "initiative catalogue version " + std::to_string(*version) + " is not supported",
            "this version of kubus reads `kubus-initiatives: 1`");
  if (!version || *version != 1 || !r.check_list(root["initiatives"], "initiatives")) return;
  std::map<std::string, Span> seen;
  for (const auto& item : root["initiatives"]) {
    // An initiative with a bad field still has a name: `after` may name it.
    if (item.IsMap() && item["id"] && item["id"].IsScalar()) named.insert(item["id"].Scalar());
    auto e = parse_initiative(r, item);
    if (!e) continue;
    const std::string id = e->initiative.id;
    if (auto first = seen.find(id); first != seen.end()) {
      auto& d = diags.add(Code::DuplicateInitiative, e->initiative.span, "initiative '" + id + "' is given twice in this file",
                          "rename one of them, or remove the copy; a later file may override an ID, one file may not");
      d.related.push_back({first->second, "the first is here"});
      continue;
    }
    seen.emplace(id, e->initiative.span);
    merged[id] = std::move(*e);
  }
}

// Each back edge of a depth-first search in ID order is one cycle, reported at
// the `after` entry that closes it.
void check_cycles(const std::map<std::string, Entry>& merged, Diagnostics& diags) {
  std::vector<const Entry*> entries;
  std::map<std::string_view, int> index;
  for (const auto& [id, e] : merged) {
    index.emplace(id, static_cast<int>(entries.size()));
    entries.push_back(&e);
  }
  // The links to initiatives that exist, with where each is written.
  std::vector<std::vector<int>> after(entries.size());
  std::vector<std::vector<std::size_t>> written(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i)
    for (std::size_t k = 0; k < entries[i]->initiative.after.size(); ++k)
      if (auto it = index.find(entries[i]->initiative.after[k]); it != index.end()) {
        after[i].push_back(it->second);
        written[i].push_back(k);
      }
  auto deps = [&](int i) -> const std::vector<int>& { return after[static_cast<std::size_t>(i)]; };
  for (const detail::Cycle& c : detail::cycles(entries.size(), deps)) {
    std::string cycle;
    for (int x : c.path) cycle += entries[static_cast<std::size_t>(x)]->initiative.id + " → ";
    cycle += entries[static_cast<std::size_t>(c.path.front())]->initiative.id;
    const Entry& from = *entries[static_cast<std::size_t>(c.from)];
    diags.add(Code::AfterCycle, from.after_spans[written[static_cast<std::size_t>(c.from)][c.edge]],
              "initiatives wait for each other in a cycle: " + cycle,
              "remove one of these `after` links; none of them could ever start");
  }
}

void check_after(const std::map<std::string, Entry>& merged, const std::set<std::string>& named,
                 Diagnostics& diags) {
  std::vector<std::string> ids(named.begin(), named.end());
  for (const auto& [id, e] : merged)
    for (std::size_t k = 0; k < e.initiative.after.size(); ++k) {
      const std::string& name = e.initiative.after[k];
      if (named.count(name)) continue;
      auto guess = closest(name, ids);
      diags.add(Code::UnknownAfter, e.after_spans[k],
                fmt::format("initiative '{}' waits for '{}', which no catalogue defines", id, name),
                guess ? "did you mean '" + *guess + "'?" : "name an initiative ID, or remove it from `after`");
    }
}

void warn_unfixed(const std::map<std::string, Entry>& merged, const config::Matrix& matrix, Diagnostics& diags) {
  std::set<std::string> fixed;
  for (const auto& [id, e] : merged)
    for (const auto& f : e.initiative.fixes) fixed.insert(config::criterion_key(f.kind, f.ref));
  for (const auto& d : matrix.dimensions)
    for (const auto& c : d.criteria) {
      std::string key = config::criterion_key(c.kind, c.ref);
      if (fixed.count(key)) continue;
      diags.add(Code::UnfixedCriterion, c.span,
                "no initiative fixes " + key + " (dimension '" + d.id + "', level " + std::to_string(c.level) + ")",
                "add an initiative with `fixes: [{" + std::string(config::name_of(c.kind)) + ": " + c.ref +
                    "}]`; otherwise a roadmap cannot reach level " + std::to_string(c.level) + " while it fails");
    }
}

std::optional<Catalogue> finish(std::map<std::string, Entry>& merged, const std::set<std::string>& named,
                                 const config::Matrix* matrix, Diagnostics& diags, std::size_t errors_before) {
  check_after(merged, named, diags);
  check_cycles(merged, diags);
  if (matrix) warn_unfixed(merged, *matrix, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  Catalogue out;
  for (auto& [id, e] : merged) out.initiatives.push_back(std::move(e.initiative));
  return out;
}

}  // namespace

std::optional<Catalogue> read_catalogue(const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags) {
  std::size_t errors_before = diags.error_count();
  std::map<std::string, Entry> merged;
  std::set<std::string> named;
  read_file(file, sm, diags, merged, named);
  return finish(merged, named, nullptr, diags, errors_before);
}

std::optional<Catalogue> load_catalogues(const std::vector<std::string>& paths, const config::Matrix* matrix,
                                         SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  std::size_t errors_before = diags.error_count();
  std::map<std::string, Entry> merged;
  std::set<std::string> named;
  for (const auto& path : paths)
    if (auto file = config::load_yaml(path, sm, diags, unreadable)) read_file(*file, sm, diags, merged, named);
  return finish(merged, named, matrix, diags, errors_before);
}

void check_catalogue(const Catalogue& c, const model::Model& m, const std::string& currency, Span budget,
                     Diagnostics& diags) {
  std::vector<std::string> rules, practices;
  for (auto i : m.of_kind("rule")) rules.emplace_back(m.entities[i].id);
  for (auto i : m.of_kind("practice")) practices.emplace_back(m.entities[i].id);
  for (const Initiative& in : c.initiatives) {
    for (const Fix& f : in.fixes) {
      if (f.kind == config::CriterionKind::Gap) continue;  // checked when read
      bool is_rule = f.kind == config::CriterionKind::Rule;
      std::string kind = is_rule ? "rule" : "practice";
      if (m.find(kind, f.ref) != model::kNone) continue;
      auto guess = closest(f.ref, is_rule ? rules : practices);
      diags.add(Code::UnknownConfigRef, f.span,
                "initiative '" + in.id + "' fixes " + kind + " '" + f.ref + "', which the model does not declare",
                guess ? "did you mean '" + *guess + "'?" : "name a " + kind + " of the model or of a library it uses");
    }
    detail::check_shifts(in, m, diags);
    if (in.cost_span.valid() && in.currency != currency)
      diags
          .add(Code::CurrencyMismatch, in.cost_span,
               "initiative '" + in.id + "' costs " + in.currency + ", but the budget is in " + currency,
               "write its cost in " + currency + ": amounts never convert between currencies")
          .related.push_back({budget, "the budget"});
  }
}

}  // namespace kubus::plan
