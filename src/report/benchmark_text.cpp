#include "report/benchmark_text.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/text.h"

namespace kubus::report {
namespace {

std::string or_dash(const std::optional<double>& v, int decimals) { return v ? fixed(*v, decimals) : "-"; }

std::string line(const history::Standing& s) {
  return fmt::format("{:<16} {:>6} {:>6} {:>7} {:>6} {:>6} {:>11}\n", s.id, fixed(s.score, 2), s.peers,
                     or_dash(s.median, 2), or_dash(s.p25, 2), or_dash(s.p75, 2), or_dash(s.percentile, 0));
}

nlohmann::ordered_json json_of(const history::Standing& s) {
  auto num = [](const std::optional<double>& v) { return v ? nlohmann::ordered_json(round4(*v)) : nullptr; };
  return {{"id", s.id},        {"score", round4(s.score)}, {"peers", s.peers},        {"median", num(s.median)},
          {"p25", num(s.p25)}, {"p75", num(s.p75)},        {"percentile", num(s.percentile)}};
}

}  // namespace

std::string benchmark_text(const history::Benchmark& b) {
  std::string out = fmt::format("Compared with the newest run of {} other assessment(s){}.\n", b.overall.peers,
                                b.sector.empty() ? "" : " in the sector '" + one_line(b.sector) + "'");
  out += fmt::format("{:<16} {:>6} {:>6} {:>7} {:>6} {:>6} {:>11}\n", "", "score", "peers", "median", "p25", "p75",
                     "percentile");
  for (const auto& d : b.dimensions) out += line(d);
  out += line(b.overall);
  return terminal_text(out);
}

std::string benchmark_json(const history::Benchmark& b) {
  nlohmann::ordered_json dims = nlohmann::ordered_json::array();
  for (const auto& d : b.dimensions) dims.push_back(json_of(d));
  nlohmann::ordered_json sector = b.sector.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(b.sector);
  return nlohmann::ordered_json{{"sector", sector}, {"dimensions", dims}, {"overall", json_of(b.overall)}}.dump(2) + "\n";
}

}  // namespace kubus::report
