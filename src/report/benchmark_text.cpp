#include "report/benchmark_text.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report {
namespace {

std::string or_dash(Lang l, const std::optional<double>& v, int decimals) {
  return v ? i18n::number(l, round4(*v), decimals) : "-";
}

std::string line(Lang l, const std::string& id, const history::Standing& s) {
  return fmt::format("{:<16} {:>6} {:>6} {:>7} {:>6} {:>6} {:>11}\n", id, i18n::number(l, round4(s.score), 2), s.peers,
                     or_dash(l, s.median, 2), or_dash(l, s.p25, 2), or_dash(l, s.p75, 2), or_dash(l, s.percentile, 0));
}

nlohmann::ordered_json json_of(const history::Standing& s) {
  auto num = [](const std::optional<double>& v) { return v ? nlohmann::ordered_json(round4(*v)) : nullptr; };
  return {{"id", s.id},        {"score", round4(s.score)}, {"peers", s.peers},        {"median", num(s.median)},
          {"p25", num(s.p25)}, {"p75", num(s.p75)},        {"percentile", num(s.percentile)}};
}

}  // namespace

std::string benchmark_text(const history::Benchmark& b, Lang l) {
  const long n = b.overall.peers;
  std::string out =
      b.sector.empty()
          ? view::say_n(l, "Compared with the newest run of {n} other assessment.",
                        "Compared with the newest run of {n} other assessments.", n)
          : view::say_n(l, "Compared with the newest run of {n} other assessment in the sector '{sector}'.",
                        "Compared with the newest run of {n} other assessments in the sector '{sector}'.", n,
                        fmt::arg("sector", one_line(b.sector)));
  out += "\n" + fmt::format("{:<16} {:>6} {:>6} {:>7} {:>6} {:>6} {:>11}\n", "", i18n::tr(l, "score"),
                            i18n::tr(l, "peers"), i18n::tr(l, "median"), "p25", "p75", i18n::tr(l, "percentile"));
  for (const auto& d : b.dimensions) out += line(l, d.id, d);
  out += line(l, i18n::tr(l, "overall"), b.overall);
  return terminal_text(out);
}

nlohmann::ordered_json benchmark_value(const history::Benchmark& b) {
  nlohmann::ordered_json dims = nlohmann::ordered_json::array();
  for (const auto& d : b.dimensions) dims.push_back(json_of(d));
  nlohmann::ordered_json sector = b.sector.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(b.sector);
  return {{"sector", sector}, {"dimensions", dims}, {"overall", json_of(b.overall)}};
}

std::string benchmark_json(const history::Benchmark& b) { return benchmark_value(b).dump(2) + "\n"; }

}  // namespace kubus::report
