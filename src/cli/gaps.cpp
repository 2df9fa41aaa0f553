#include "cli/gaps.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "config/matrix.h"
#include "graph/gaps.h"
#include "report/pipeline.h"
#include "rules/check.h"

namespace kubus::cli {
namespace {

bool is_yaml(const std::filesystem::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

// A single argument names an assessment when it is a YAML file or a
// directory holding assessment.yaml; anything else is a model path.
bool names_assessment(const std::vector<std::string>& paths) {
  if (paths.size() != 1) return false;
  std::error_code ec;
  std::filesystem::path p = paths.front();
  if (std::filesystem::is_directory(p, ec)) return std::filesystem::is_regular_file(p / "assessment.yaml", ec);
  return is_yaml(p);
}

// The checked model, from model paths or from an assessment (with its matrix's libraries).
struct Checked {
  SourceManager sm;
  model::LoadResult loaded;
  std::unique_ptr<report::Run> run;
  const model::Model& model() const { return run ? run->model : loaded.model; }
};

// Loads and checks the model; prints its diagnostics as text on stderr (stdout
// is for the result). Null, with the exit code set, when it cannot be used.
std::unique_ptr<Checked> load_checked(std::vector<std::string> paths, const Common& c, int& exit) {
  if (paths.empty()) paths.push_back(".");
  auto out = std::make_unique<Checked>();
  Diagnostics diags;
  bool unreadable = false;
  const bool assessment = names_assessment(paths);
  if (assessment) {
    out->run = report::prepare(paths.front(), load_options(), false, out->sm, diags, unreadable);
  } else {
    out->loaded = model::load(paths, load_options(), out->sm, diags);
    unreadable = out->loaded.unreadable;
    rules::check_rules(out->loaded.model, diags);
  }
  Common text = c;
  text.format = "text";
  print_diagnostics(diags, out->sm, text);
  exit = unreadable ? kExitUsage : diags.has_errors() || (assessment && !out->run) ? kExitFindings : kExitOk;
  if (exit != kExitOk) {
    if (exit == kExitFindings)
      std::cerr << "kubus: the " << (assessment ? "assessment" : "model") << " has errors; fix them to find its gaps\n";
    return nullptr;
  }
  return out;
}

// Evidence as indented `key: value` lines: strings bare, lists of strings joined.
void print_evidence(std::string& out, const std::string& key, const nlohmann::json& v, int indent) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  if (v.is_object()) {
    out += pad + key + ":\n";
    for (const auto& [k, child] : v.items()) print_evidence(out, k, child, indent + 2);
    return;
  }
  if (v.is_array() && !v.empty() && v.front().is_object()) {
    out += pad + key + ":\n";
    for (const auto& item : v) {
      std::string line;
      for (const auto& [k, x] : item.items()) line += (line.empty() ? "" : ", ") + k + ": " + (x.is_string() ? x.get<std::string>() : x.dump());
      out += pad + "  - " + line + "\n";
    }
    return;
  }
  std::string text;
  if (v.is_string()) text = v.get<std::string>();
  else if (v.is_array() && v.empty()) text = "(none)";
  else if (v.is_array() && std::all_of(v.begin(), v.end(), [](const auto& x) { return x.is_string(); }))
    for (const auto& x : v) text += (text.empty() ? "" : ", ") + x.get<std::string>();
  else if (v.is_null()) text = "(none)";
  else text = v.dump();
  out += pad + key + ": " + text + "\n";
}

std::string render_text(const model::Model& m, const graph::GapReport& r, const SourceManager& sm) {
  std::string out;
  for (const auto& kind : schema::kGapKinds) {
    auto sites = r.sites.find(kind.kind);
    out += fmt::format("{}: {} gap(s) at {} site(s)\n", kind.name, r.count(kind.kind),
                       sites == r.sites.end() ? 0 : sites->second);
    for (const graph::Gap& g : r.gaps) {
      if (g.kind != kind.kind) continue;
      out += fmt::format("  {}  {}\n", g.id, format_location(sm, g.span));
      nlohmann::json evidence = graph::evidence_json(m, g);
      for (const auto& [k, v] : evidence.items()) print_evidence(out, k, v, 4);
    }
  }
  return out;
}

}  // namespace

int run_gaps(const std::vector<std::string>& paths, const std::string& format, const Common& c) {
  int exit = kExitOk;
  auto checked = load_checked(paths, c, exit);
  if (!checked) return exit;
  const model::Model& m = checked->model();
  graph::GapReport r = graph::find_gaps(m);
  if (format == "json") {
    graph::write_json(std::cout, m, r);
    std::cout << "\n";
  } else {
    std::cout << render_text(m, r, checked->sm);
  }
  return kExitOk;
}

int run_graph(const std::vector<std::string>& paths, const std::string& format, const std::string& output,
              const Common& c) {
  int exit = kExitOk;
  auto checked = load_checked(paths, c, exit);
  if (!checked) return exit;
  const model::Model& m = checked->model();
  graph::GapReport r = graph::find_gaps(m);
  std::string text = format == "mermaid" ? graph::to_mermaid(m, r) : graph::to_dot(m, r);
  if (output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::string error;
  if (!write_atomically(output, text, error)) {
    std::cerr << "kubus: " << error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace kubus::cli
