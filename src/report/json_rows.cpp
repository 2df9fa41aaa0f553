#include "report/json_rows.h"

namespace kubus::report {

nlohmann::ordered_json observation_json(const driver::ObservationRow& o, const std::string& location,
                                        WithPractice practice) {
  using J = nlohmann::ordered_json;
  auto opt = [](std::string_view s) { return s.empty() ? J() : J(std::string(s)); };
  J out = {{"id", o.id}, {"title", o.title}};
  if (practice == WithPractice::Yes) out["practice"] = o.practice;
  out["level"] = o.level;
  out["confidence"] = o.confidence;
  out["evidence"] = opt(o.evidence);
  out["source"] = opt(o.source);
  out["interviewee"] = opt(o.interviewee);
  out["date"] = opt(o.date);
  out["location"] = location;
  return out;
}

}  // namespace kubus::report
