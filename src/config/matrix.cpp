// Reading a maturity matrix (ENGINE.md §1). Every problem is reported with its
// location and reading goes on, so one run shows all of them.
#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>

#include "config/matrix.h"
#include "config/yaml.h"
#include "support/sha256.h"
#include "support/text.h"

namespace kubus::config {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

bool read_levels(const YamlReader& r, const YAML::Node& node, std::vector<Level>& out) {
  if (!r.check_list(node, "levels")) return false;
  if (node.size() == 0) {
    r.error(Code::BadValue, node, "a matrix needs at least one level", "write `- {level: 1, name: Ad hoc}`");
    return false;
  }
  bool ok = true;
  int expected = 1;
  for (const auto& item : node) {
    ok = r.check_map(item, "a level", {"level", "name"}, {"level", "name"}) && ok;
    if (!item.IsMap()) {
      ++expected;
      continue;
    }
    std::optional<long> level;
    std::optional<Text> name;
    if (item["level"]) level = r.integer(item["level"], "level");
    if (item["name"]) name = r.text(item["name"], "level name");
    if (level && *level != expected) {
      r.error(Code::BadValue, item["level"],
              fmt::format("levels are numbered 1, 2, 3, ... in order: expected level {} here, found {}", expected,
                          *level),
              "number the levels consecutively from 1, lowest first");
      level.reset();
    }
    if (name && name->empty()) {
      r.error(Code::BadValue, item["name"], "a level needs a name", "such as `name: Defined`");
      name.reset();
    }
    if (level && name) out.push_back({expected, std::move(*name)});
    else ok = false;
    ++expected;
  }
  return ok;
}

// The gap kind a gap criterion names (did-you-mean otherwise).
bool read_gap_kind(const YamlReader& r, const YAML::Node& ref, Criterion& c) {
  if (auto gap = schema::parse_gap_kind(c.ref)) {
    c.gap = *gap;
    return true;
  }
  std::vector<std::string> kinds = schema::gap_kind_names();
  auto guess = closest(c.ref, kinds);
  std::string all;
  for (const auto& k : kinds) all += (all.empty() ? "" : ", ") + k;
  r.error(Code::UnknownConfigRef, ref, "unknown gap kind '" + c.ref + "'",
          guess ? "did you mean '" + *guess + "'?" : "the gap kinds are " + all);
  return false;
}

// `min`: required by an observed criterion, refused by the others.
bool read_min(const YamlReader& r, const YAML::Node& node, Criterion& c) {
  if (c.kind != CriterionKind::Observed) {
    if (!node["min"]) return true;
    r.diags().add(Code::BadValue, r.key_span(node, "min"), "'min' applies only to observed criteria",
                  "remove it, or use `observed: PRACTICE`");
    return false;
  }
  if (!node["min"]) {
    r.error(Code::MissingKey, node, "an observed criterion needs 'min', the level the practice must reach",
            "add `min: 3` (a level 1..5)");
    return false;
  }
  auto min = r.number_in(node["min"], "min", 1, 5);
  if (min) c.min = *min;
  return min.has_value();
}

bool read_weights(const YamlReader& r, const YAML::Node& node, Criterion& c) {
  bool ok = true;
  if (node["threshold"]) {
    if (auto t = r.number_in(node["threshold"], "threshold", 0, 1)) c.threshold = *t;
    else ok = false;
  }
  if (node["weight"]) {
    if (auto w = r.number_in(node["weight"], "weight", 0, kInf, true)) c.weight = *w;
    else ok = false;
  }
  return ok;
}

std::optional<Criterion> read_criterion(const YamlReader& r, const YAML::Node& node, int level) {
  bool ok = r.check_map(node, "a criterion",
                        {name_of(CriterionKind::Rule), name_of(CriterionKind::Gap), name_of(CriterionKind::Observed),
                         "min", "threshold", "weight"});
  if (!node.IsMap()) return std::nullopt;
  std::vector<std::string_view> forms;
  for (const auto& form : kCriterionKinds)
    if (node[std::string(form.name)]) forms.push_back(form.name);
  if (forms.empty()) {
    r.error(Code::MissingKey, node, "a criterion needs one of 'rule', 'gap' or 'observed'",
            "write `{rule: ID}`, `{gap: KIND}` or `{observed: PRACTICE, min: LEVEL}`");
    return std::nullopt;
  }
  if (forms.size() > 1) {
    r.diags().add(Code::BadValue, r.key_span(node, forms[1]),
                  fmt::format("a criterion is exactly one of rule, gap or observed; this one has both '{}' and '{}'",
                              forms[0], forms[1]),
                  "split it into two criteria");
    return std::nullopt;
  }
  Criterion c;
  c.level = level;
  const YAML::Node ref = node[std::string(forms[0])];
  c.span = r.span(ref);
  c.kind = *parse_criterion_kind(forms[0]);
  if (auto s = r.string(ref, forms[0])) {
    c.ref = *s;
    if (c.ref.empty()) {
      r.error(Code::BadValue, ref, fmt::format("'{}' needs an ID", forms[0]));
      ok = false;
    }
  } else {
    ok = false;
  }
  if (c.kind == CriterionKind::Gap && !c.ref.empty()) ok = read_gap_kind(r, ref, c) && ok;
  ok = read_min(r, node, c) && ok;
  ok = read_weights(r, node, c) && ok;
  if (!ok) return std::nullopt;
  return c;
}

// `criteria:` maps a level (2..max, increasing) to its list of criteria.
// `max_level` is 0 when the levels were invalid: then the range is not checked.
bool read_criteria(const YamlReader& r, const YAML::Node& node, const std::string& what, int max_level,
                   std::vector<Criterion>& out) {
  if (!node.IsMap()) {
    r.error(Code::YamlWrongType, node, "expected the criteria of " + what + " to be a map from level to criteria",
            "write `2: [{rule: ID}]`, one line per level");
    return false;
  }
  bool ok = true;
  long previous = 1;
  std::vector<long> seen;
  for (const auto& kv : node) {
    auto level = r.integer(kv.first, "a criteria level");
    if (!level) {
      ok = false;
      continue;
    }
    if (std::find(seen.begin(), seen.end(), *level) != seen.end()) {
      r.error(Code::DuplicateKey, kv.first, fmt::format("level {} given twice in the criteria of {}", *level, what),
              "merge the two lists");
      ok = false;
      continue;
    }
    seen.push_back(*level);
    if (*level < 2 || (max_level > 0 && *level > max_level)) {
      r.error(Code::BadValue, kv.first, fmt::format("{} is not a criteria level of this matrix", *level),
              max_level > 0 ? fmt::format("criteria are keyed by level 2..{}; level 1 is the floor and has none", max_level)
                            : std::string("criteria are keyed by level 2 and up; level 1 is the floor and has none"));
      ok = false;
      continue;
    }
    if (*level < previous) {
      r.error(Code::BadValue, kv.first, fmt::format("level {} comes after level {}", *level, previous),
              "list the levels of the criteria in increasing order");
      ok = false;
    }
    previous = std::max(previous, *level);
    if (!r.check_list(kv.second, fmt::format("the level-{} criteria of {}", *level, what))) {
      ok = false;
      continue;
    }
    std::map<std::string, Span> keys;  // duplicate criteria within this level
    for (const auto& item : kv.second) {
      auto c = read_criterion(r, item, static_cast<int>(*level));
      if (!c) {
        ok = false;
        continue;
      }
      auto [it, fresh] = keys.emplace(c->key(), c->span);
      if (!fresh) {
        r.diags()
            .add(Code::DuplicateConfigId, c->span,
                 fmt::format("criterion '{}' given twice at level {} of {}", c->key(), *level, what),
                 "remove one of them")
            .related.push_back({it->second, "first given here"});
        ok = false;
        continue;
      }
      out.push_back(std::move(*c));
    }
  }
  return ok;
}

std::optional<Dimension> read_dimension(const YamlReader& r, const YAML::Node& node, int max_level) {
  bool ok = r.check_map(node, "a dimension", {"id", "title", "description", "weight", "criteria"},
                        {"id", "title", "criteria"});
  if (!node.IsMap()) return std::nullopt;
  Dimension d;
  d.span = r.span(node);
  if (node["id"]) {
    if (auto id = r.string(node["id"], "dimension id"); id && !id->empty()) {
      d.id = *id;
      d.span = r.span(node["id"]);
    } else {
      if (id) r.error(Code::BadValue, node["id"], "a dimension needs an ID");
      ok = false;
    }
  }
  std::string what = d.id.empty() ? "a dimension" : "dimension '" + d.id + "'";
  if (node["title"]) {
    if (auto t = r.text(node["title"], "title")) d.title = std::move(*t);
    else ok = false;
  }
  if (node["description"]) {
    if (auto t = r.text(node["description"], "description")) d.description = std::move(*t);
    else ok = false;
  }
  if (node["weight"]) {
    if (auto w = r.number_in(node["weight"], "weight", 0, kInf, true)) d.weight = *w;
    else ok = false;
  }
  if (node["criteria"]) ok = read_criteria(r, node["criteria"], what, max_level, d.criteria) && ok;
  if (!ok) return std::nullopt;
  return d;
}

bool read_dimensions(const YamlReader& r, const YAML::Node& node, int max_level, std::vector<Dimension>& out) {
  if (!r.check_list(node, "dimensions")) return false;
  if (node.size() == 0) {
    r.error(Code::BadValue, node, "a matrix needs at least one dimension", "add `- id: governance` with its criteria");
    return false;
  }
  bool ok = true;
  for (const auto& item : node) {
    auto d = read_dimension(r, item, max_level);
    if (!d) {
      ok = false;
      continue;
    }
    auto first = std::find_if(out.begin(), out.end(), [&](const Dimension& o) { return o.id == d->id; });
    if (first != out.end()) {
      r.diags()
          .add(Code::DuplicateConfigId, d->span, "dimension '" + d->id + "' given twice", "give each dimension its own ID")
          .related.push_back({first->span, "first given here"});
      ok = false;
      continue;
    }
    out.push_back(std::move(*d));
  }
  return ok;
}

bool read_title_and_uses(const YamlReader& r, const YAML::Node& root, Matrix& m) {
  bool ok = true;
  if (root["title"]) {
    if (auto t = r.text(root["title"], "title")) m.title = std::move(*t);
    else ok = false;
  }
  if (root["uses"]) {
    if (auto u = r.strings(root["uses"], "uses")) m.uses = *u;
    else ok = false;
  }
  return ok;
}

}  // namespace

std::optional<Matrix> read_matrix(const YamlFile& file, const SourceManager& sm, Diagnostics& diags) {
  YamlReader r(sm, file.file, diags);
  const YAML::Node& root = file.root;
  bool ok = r.check_map(root, "the matrix",
                        {"kubus-matrix", "id", "language", "title", "uses", "levels", "dimensions"},
                        {"kubus-matrix", "id", "levels", "dimensions"});
  if (!root.IsMap()) return std::nullopt;
  ok = r.base_language(root) && ok;
  Matrix m;
  m.path = sm.file(file.file).path;
  m.hash = sha256_hex(sm.file(file.file).text);
  if (root["kubus-matrix"]) ok = r.version(root["kubus-matrix"], "kubus-matrix") && ok;
  if (root["id"]) {
    if (auto id = r.string(root["id"], "id"); id && !id->empty()) m.id = *id;
    else {
      if (id) r.error(Code::BadValue, root["id"], "a matrix needs an ID", "such as `id: ccm`");
      ok = false;
    }
  }
  ok = read_title_and_uses(r, root, m) && ok;
  bool levels_ok = root["levels"] && read_levels(r, root["levels"], m.levels);
  ok = levels_ok && ok;
  if (root["dimensions"])
    ok = read_dimensions(r, root["dimensions"], levels_ok ? m.max_level() : 0, m.dimensions) && ok;
  if (!ok) return std::nullopt;
  return m;
}

std::optional<Matrix> load_matrix(const std::string& path, SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  auto file = load_yaml(path, sm, diags, unreadable);
  if (!file) return std::nullopt;
  return read_matrix(*file, sm, diags);
}

}  // namespace kubus::config
