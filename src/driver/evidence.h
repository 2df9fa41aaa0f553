// What a report says beside the scores, as data for the writers: the KPIs and
// SLAs against their targets, the interview evidence behind an `observed:`
// criterion, and the waivers with what they take out.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/run.h"

namespace kubus::driver {

// A KPI or SLA judged against its target (docs/language.md §7a).
struct TargetRow {
  std::string_view kind;      // "kpi" or "sla"
  std::string_view id;
  std::string title;
  std::string measures;       // KPI: its `of` (kind and title) or "the organisation"; SLA: the handoffs it covers
  std::string_view orientation;  // KPI: customer | internal; SLA: internal
  std::string target;         // as written: `response-time <= 48 h`
  std::string actual;         // as written; empty when not measured
  std::optional<bool> met;    // none without an actual
  std::optional<double> shortfall;
  bool zero_target = false;   // the target is 0: the shortfall is an absolute difference, in its unit
  std::string owner;          // KPI: its owner; SLA: "from department -> to department"
  Span span;
};

// Every KPI and SLA: the missed ones first (the largest shortfall first), then
// the unmeasured, then those met; by kind and ID within each. Worked out on
// the first call and kept in the Run.
const std::vector<TargetRow>& targets(const Run& r);

// One observation of a practice: the interview evidence behind a level.
struct ObservationRow {
  std::string_view id;
  std::string title;
  std::string_view practice;
  double level = 0;
  std::string_view confidence;
  std::string evidence, source, interviewee;  // unescaped; empty when not recorded
  std::string_view date;                      // empty when not recorded
  Span span;
};

// The observations of `practice` in the model, by ID.
std::vector<ObservationRow> observations_of(const Run& r, std::string_view practice);

// How far the observations of one practice lie apart, when they disagree by
// kSpreadLevels or more: the answers of the interviewees differ too much for
// their mean to stand on its own (docs/intake.md).
inline constexpr double kSpreadLevels = 2;
struct Spread {
  double low = 0, high = 0;
};
std::optional<Spread> spread(const std::vector<ObservationRow>& rows);

// A waiver as the reports list it.
struct WaiverRow {
  std::string_view id;
  std::string title;
  std::string waives;                // "rule:ID" or "gap:KIND", as criteria are keyed
  std::vector<std::string> subjects; // as written; empty: every instance
  std::string reason, owner;
  std::string_view expires;
  bool expired = false;              // before the assessment's date: it no longer applies
  std::size_t taken_out = 0;         // failing instances, or gaps, it takes out in this run
  Span span;
};

// Every waiver of the model (all of them check: a run has no errors), by ID.
std::vector<WaiverRow> waivers(const Run& r);

// One warning per waiver that expired before the assessment's date (W1001).
void warn_expired(const Run& r, Diagnostics& diags);

}  // namespace kubus::driver
