#include "plan/shift.h"

#include <fmt/format.h>

#include <map>

#include "support/text.h"

namespace kubus::plan::detail {
namespace {

std::optional<Shift> parse_one(const config::YamlReader& r, const YAML::Node& n) {
  if (!r.check_map(n, "shift", {"from", "to", "share"}, {"from", "to", "share"})) return std::nullopt;
  auto from = r.string(n["from"], "shift from");
  auto to = r.string(n["to"], "shift to");
  auto share = r.quantity(n["share"], "shift share", schema::Dim::Percent);
  if (share && (*share <= 0 || *share > 100)) {
    r.error(Code::BadShare, n["share"], "shift share of '" + n["share"].Scalar() + "' is not above 0 % and at most 100 %",
            "write the share of the channel's contacts that moves, such as '30 %'");
    share.reset();
  }
  if (from && to && *from == *to) {
    r.error(Code::BadValue, n["to"], "shift moves contacts from '" + *from + "' to itself",
            "name the channel the contacts move to");
    return std::nullopt;
  }
  if (!from || !to || !share) return std::nullopt;
  return Shift{*from, *to, *share, r.span(n["from"]), r.span(n["to"])};
}

}  // namespace

bool parse_shifts(const config::YamlReader& r, const YAML::Node& n, std::vector<Shift>& out) {
  if (n.IsMap()) {
    auto one = parse_one(r, n);
    if (one) out.push_back(std::move(*one));
    return one.has_value();
  }
  if (!r.check_list(n, "shifts")) return false;
  bool ok = true;
  std::map<std::string, double> out_of;  // channel -> the shares moved out of it so far
  for (const auto& item : n) {
    auto one = parse_one(r, item);
    if (!one) {
      ok = false;
      continue;
    }
    double& total = out_of[one->from];
    total += one->share;
    if (total > 100 + 1e-9) {
      r.error(Code::BadShare, item["share"],
              fmt::format("the shares moved out of '{}' add up to {:g} %, more than all of its contacts", one->from,
                          total),
              "lower the shares of the shifts from '" + one->from + "' to 100 % together at most");
      ok = false;
      continue;
    }
    out.push_back(std::move(*one));
  }
  return ok;
}

void check_shifts(const Initiative& in, const model::Model& m, Diagnostics& diags) {
  if (in.shifts.empty()) return;
  std::vector<std::string> channels;
  for (auto i : m.of_kind("channel")) channels.emplace_back(m.entities[i].id);
  auto check = [&](const std::string& id, Span at, std::string_view end) {
    if (m.find("channel", id) != model::kNone) return;
    auto guess = closest(id, channels);
    diags.add(Code::UnknownShiftChannel, at,
              fmt::format("initiative '{}' shifts contacts {} '{}', which is no channel of the model", in.id, end, id),
              guess ? "did you mean '" + *guess + "'?" : "name a channel the model declares");
  };
  for (const Shift& s : in.shifts) {
    check(s.from, s.from_span, "from");
    check(s.to, s.to_span, "to");
  }
}

}  // namespace kubus::plan::detail
