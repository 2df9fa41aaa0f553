// `kubus gaps` as text: per kind its gaps with location and evidence.
#include <fmt/format.h>

#include <algorithm>

#include "report/commands.h"

namespace kubus::report {
namespace {

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
      for (const auto& [k, x] : item.items())
        line += (line.empty() ? "" : ", ") + k + ": " + (x.is_string() ? x.get<std::string>() : x.dump());
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

}  // namespace

std::string gaps_text(const model::Model& m, const graph::GapReport& r, const SourceManager& sm) {
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

}  // namespace kubus::report
