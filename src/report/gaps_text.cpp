// `kubus gaps` as text: per kind its gaps with location and evidence.
#include <fmt/format.h>

#include <algorithm>

#include "report/commands.h"
#include "report/gap_evidence.h"
#include "support/escape.h"

namespace kubus::report {
namespace {

// One object of a list as `k: v, k: v`.
std::string inline_object(const nlohmann::json& item) {
  std::string line;
  for (const auto& [k, x] : item.items()) {
    if (!line.empty()) line += ", ";
    line += k;
    line += ": ";
    line += x.is_string() ? x.get<std::string>() : x.dump();
  }
  return line;
}

// A value that is neither an object nor a list of objects: strings bare, lists
// of strings joined, nothing as "(none)".
std::string scalar_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null() || (v.is_array() && v.empty())) return "(none)";
  if (!v.is_array() || !std::all_of(v.begin(), v.end(), [](const auto& x) { return x.is_string(); })) return v.dump();
  std::string text;
  for (const auto& x : v) {
    if (!text.empty()) text += ", ";
    text += x.get<std::string>();
  }
  return text;
}

// Evidence as indented `key: value` lines; objects nest, lists of objects are
// one `- k: v, ...` line per item.
void print_evidence(std::string& out, const std::string& key, const nlohmann::json& v, int indent) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  if (v.is_object()) {
    out += pad + key + ":\n";
    for (const auto& [k, child] : v.items()) print_evidence(out, k, child, indent + 2);
  } else if (v.is_array() && !v.empty() && v.front().is_object()) {
    out += pad + key + ":\n";
    for (const auto& item : v) out += pad + "  - " + inline_object(item) + "\n";
  } else {
    out += pad + key + ": " + scalar_text(v) + "\n";
  }
}

}  // namespace

std::string gaps_text(const graph::Analysis& a, const SourceManager& sm) {
  const graph::GapReport& r = a.gaps;
  std::string out;
  for (const auto& kind : schema::kGapKinds) {
    auto sites = r.sites.find(kind.kind);
    out += fmt::format("{}: {} gap(s) at {} site(s)\n", kind.name, r.count(kind.kind),
                       sites == r.sites.end() ? 0 : sites->second);
    for (const graph::Gap& g : r.gaps) {
      if (g.kind != kind.kind) continue;
      out += fmt::format("  {}  {}\n", g.id, format_location(sm, g.span));
      nlohmann::json evidence = evidence_json(a.graph, g);
      for (const auto& [k, v] : evidence.items()) print_evidence(out, k, v, 4);
    }
  }
  return terminal_text(out);
}

}  // namespace kubus::report
