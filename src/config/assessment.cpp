// Reading assessment.yaml (ENGINE.md §3). Relative paths resolve against the
// file's directory so an assessment can be run from anywhere.
#include "config/assessment.h"

#include <fmt/format.h>

#include <filesystem>

#include "config/assessment_read.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::config {
namespace {

bool is_yaml_path(std::string_view p) {
  auto ext = fs::path(p).extension();
  return ext == ".yaml" || ext == ".yml";
}

bool read_targets(const YamlReader& r, const YAML::Node& node, std::map<std::string, Target>& out) {
  if (!node.IsMap()) {
    r.error(Code::YamlWrongType, node, "expected targets to be a map from dimension to level",
            "write `targets: {governance: 4, channels: 3}`");
    return false;
  }
  bool ok = true;
  for (const auto& kv : node) {
    auto dim = r.string(kv.first, "a target dimension");
    if (!dim) {
      ok = false;
      continue;
    }
    if (out.count(*dim)) {
      r.error(Code::DuplicateKey, kv.first, "target for '" + *dim + "' given twice", "keep one of them");
      ok = false;
      continue;
    }
    auto level = r.integer(kv.second, "a target level");
    if (!level) {
      ok = false;
      continue;
    }
    out[*dim] = Target{static_cast<int>(*level), r.span(kv.first), r.span(kv.second)};
  }
  return ok;
}

bool read_horizon(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  a.horizon_span = r.span(node);
  bool ok = r.check_map(node, "horizon", {"start", "years"}, {"start", "years"});
  if (!node.IsMap()) return false;
  if (node["start"]) {
    auto text = r.string(node["start"], "horizon start");
    auto q = text ? Quarter::parse(*text) : std::nullopt;
    if (text && !q)
      r.error(Code::BadDate, node["start"], "invalid quarter '" + *text + "'", "write YYYY-Qn, such as 2027-Q1");
    if (q) a.start = q;
    else ok = false;
  }
  if (node["years"]) {
    auto years = r.integer(node["years"], "horizon years");
    if (years && (*years < 1 || *years > 10)) {
      r.error(Code::BadValue, node["years"], fmt::format("horizon years must be in 1..10, found {}", *years),
              "a roadmap plans one to ten years ahead");
      years.reset();
    }
    if (years) a.years = static_cast<int>(*years);
    else ok = false;
  }
  return ok;
}

bool read_capacity(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  a.capacity_span = r.span(node);
  bool ok = r.check_map(node, "capacity", {"per-quarter", "budget-per-year"}, {"per-quarter", "budget-per-year"});
  if (!node.IsMap()) return false;
  if (node["per-quarter"]) {
    auto pm = positive_quantity(r, node["per-quarter"], "capacity per-quarter", schema::Dim::Effort, nullptr);
    if (pm) a.capacity_pm = *pm;
    else ok = false;
  }
  if (node["budget-per-year"]) {
    a.budget_span = r.span(node["budget-per-year"]);
    auto budget =
        positive_quantity(r, node["budget-per-year"], "capacity budget-per-year", schema::Dim::Money, &a.currency);
    if (budget) a.budget_per_year = *budget;
    else ok = false;
  }
  return ok;
}

}  // namespace

std::optional<double> positive_quantity(const YamlReader& r, const YAML::Node& node, std::string_view what,
                                        schema::Dim dim, std::string* currency) {
  auto v = r.quantity(node, what, dim, currency);
  if (v && *v <= 0) {
    r.error(Code::BadValue, node, std::string(what) + " must be more than zero, found " + node.Scalar(),
            "a roadmap needs capacity to schedule anything");
    return std::nullopt;
  }
  return v;
}

namespace {

// A path the assessment names, relative to its directory.
std::string resolve(const Assessment& a, const std::string& p) {
  return (fs::path(a.dir) / p).lexically_normal().generic_string();
}

// `date`: a calendar date; its quarter, which the horizon may not start before.
bool read_date(const YamlReader& r, const YAML::Node& node, Assessment& a, std::optional<Quarter>& quarter) {
  auto d = r.string(node, "date");
  if (!d) return false;
  quarter = quarter_of_date(*d);
  if (quarter) a.date = *d;
  else r.error(Code::BadDate, node, "invalid date '" + *d + "'", "write a real calendar date as YYYY-MM-DD");
  return quarter.has_value();
}

// `model`: one or more files or directories.
bool read_model_paths(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  auto paths = r.strings(node, "model");
  if (paths && paths->empty()) {
    r.error(Code::BadValue, node, "model names no files", "write `model: [model/]`");
    return false;
  }
  if (!paths) return false;
  for (const auto& p : *paths) a.model.push_back(resolve(a, p));
  return true;
}

// `matrix`: a matrix ID, or the path of a .yaml file.
bool read_matrix_ref(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  a.matrix_span = r.span(node);
  auto m = r.string(node, "matrix");
  if (m && !m->empty()) {
    a.matrix = is_yaml_path(*m) ? resolve(a, *m) : *m;
    return true;
  }
  if (m) r.error(Code::BadValue, node, "matrix is empty", "write a matrix ID such as `ccm` or a .yaml path");
  return false;
}

// `initiatives`: the assessment's own catalogues.
bool read_initiative_paths(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  auto files = r.strings(node, "initiatives");
  if (!files) return false;
  for (const auto& f : *files) a.initiatives.push_back(resolve(a, f));
  return true;
}

// `language`: the reports' language, unless --lang says otherwise.
bool read_language(const YamlReader& r, const YAML::Node& node, Assessment& a) {
  a.language_span = r.span(node);
  a.language = r.language(node);
  return a.language.has_value();
}

// The keys an assessment may leave out: what-ifs, progress, extra catalogues, the language.
bool read_optional_keys(const YamlReader& r, const YAML::Node& root, Assessment& a) {
  bool ok = true;
  if (root["scenarios"]) ok = read_scenarios(r, root["scenarios"], a) && ok;
  if (root["progress"]) ok = read_progress(r, root["progress"], a) && ok;
  if (root["initiatives"]) ok = read_initiative_paths(r, root["initiatives"], a) && ok;
  if (root["language"]) ok = read_language(r, root["language"], a) && ok;
  return ok;
}

// The roadmap cannot plan the past: the horizon starts no earlier than the date's quarter.
bool horizon_after_date(const YamlReader& r, const YAML::Node& root, const Assessment& a,
                        const std::optional<Quarter>& date_quarter) {
  if (!a.start || !date_quarter || a.start->index() >= date_quarter->index()) return true;
  r.error(Code::HorizonInPast, root["horizon"]["start"],
          "the horizon starts in " + a.start->text() + ", before the assessment date " + a.date + " (" +
              date_quarter->text() + ")",
          "start in " + date_quarter->text() + " or later: the roadmap cannot plan the past");
  return false;
}

}  // namespace

std::optional<Assessment> read_assessment(const YamlFile& file, const std::string& path, const SourceManager& sm,
                                          Diagnostics& diags) {
  YamlReader r(sm, file.file, diags);
  const YAML::Node& root = file.root;
  bool ok = r.check_map(root, "the assessment",
                        {"kubus-assessment", "title", "date", "model", "matrix", "targets", "horizon", "capacity",
                         "initiatives", "scenarios", "progress", "language"},
                        {"kubus-assessment", "title", "date", "model", "targets", "horizon", "capacity"});
  if (!root.IsMap()) return std::nullopt;
  Assessment a;
  a.path = path;
  a.dir = fs::path(path).parent_path().generic_string();
  a.span = Span{file.file, 1, 1, 1, 2};
  a.matrix_span = a.span;
  if (root["kubus-assessment"]) ok = r.version(root["kubus-assessment"], "kubus-assessment") && ok;
  if (root["title"]) {
    auto t = r.string(root["title"], "title");
    a.title = t.value_or("");
    ok = t.has_value() && ok;
  }
  std::optional<Quarter> date_quarter;
  if (root["date"]) ok = read_date(r, root["date"], a, date_quarter) && ok;
  if (root["model"]) ok = read_model_paths(r, root["model"], a) && ok;
  if (root["matrix"]) ok = read_matrix_ref(r, root["matrix"], a) && ok;
  if (root["targets"]) ok = read_targets(r, root["targets"], a.targets) && ok;
  if (root["horizon"]) ok = read_horizon(r, root["horizon"], a) && ok;
  if (root["capacity"]) ok = read_capacity(r, root["capacity"], a) && ok;
  ok = read_optional_keys(r, root, a) && ok;
  ok = horizon_after_date(r, root, a, date_quarter) && ok;
  if (!ok) return std::nullopt;
  return a;
}

std::optional<Assessment> load_assessment(const std::string& path, SourceManager& sm, Diagnostics& diags,
                                          bool& unreadable) {
  std::error_code ec;
  std::string file = fs::is_directory(path, ec) ? (fs::path(path) / "assessment.yaml").generic_string() : path;
  auto yaml = load_yaml(file, sm, diags, unreadable);
  if (!yaml) return std::nullopt;
  return read_assessment(*yaml, file, sm, diags);
}

void check_targets(const Assessment& a, const Matrix& matrix, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& d : matrix.dimensions) ids.push_back(d.id);
  for (const auto& [dim, target] : a.targets) {
    if (!matrix.find(dim)) {
      auto guess = closest(dim, ids);
      std::string all;
      for (const auto& id : ids) all += (all.empty() ? "" : ", ") + id;
      diags.add(Code::UnknownConfigRef, target.span, "no dimension '" + dim + "' in matrix '" + matrix.id + "'",
                guess ? "did you mean '" + *guess + "'?" : "the dimensions are " + all);
    } else if (target.level < 1 || target.level > matrix.max_level()) {
      diags.add(Code::BadValue, target.level_span,
                fmt::format("target level {} for '{}' is not a level of matrix '{}'", target.level, dim, matrix.id),
                fmt::format("choose a level in 1..{}", matrix.max_level()));
    }
  }
}

std::string Assessment::quarter_label(int quarter_index) const {
  if (!start) return "Q" + std::to_string(quarter_index + 1);
  int q = start->index() + quarter_index;
  return Quarter{q / 4, q % 4 + 1}.text();
}

}  // namespace kubus::config
