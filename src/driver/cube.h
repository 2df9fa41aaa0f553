// The customer-communication cube (DOMAIN.md) as data for every writer:
// business units x phases, once over all channels, once per channel and once
// for the touchpoints without a channel; each cell counts its touchpoints and
// those with error or warning findings, and their yearly cost of contact.
// report.html draws it as two heatmaps (findings and cost), report.md and
// report.json list it.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "driver/cost.h"
#include "driver/run.h"

namespace kubus::driver {

struct CubeCell {
  std::size_t touchpoints = 0;
  std::size_t with_findings = 0;  // touchpoints with an error or warning finding
  std::size_t findings = 0;       // those findings: about the touchpoint or a handoff leaving it
  CostCell cost;                  // their yearly cost (driver/cost.h); in a channel's table each one's share of it
};

struct CubeRow {
  model::Index unit = model::kNone;  // kNone: the touchpoints without a unit
  std::vector<CubeCell> cells;       // one per phase, in cube_phases() order
};

enum class CubeScope : std::uint8_t { AllChannels, Channel, NoChannel };
std::string_view name_of(CubeScope s);  // all-channels, channel, no-channel (report.json)

struct CubeTable {
  CubeScope scope = CubeScope::AllChannels;
  model::Index channel = model::kNone;  // CubeScope::Channel: which
  std::vector<CubeRow> rows;            // the model's units in model order; "no unit" last, only when it has touchpoints
};

// The phases of touchpoint.phase as the schema table lists them.
const std::vector<std::string_view>& cube_phases();

// A touchpoint's unit is the derived one (touchpoint.unit: written, else its
// owner's department's). An info finding is advice, not a problem, and a
// waived one is no finding: neither counts. Empty without touchpoints; the
// "no channel" table only when a touchpoint has no channel. Worked out on the
// first call and kept in the Run.
const std::vector<CubeTable>& cube(const Run& r);

}  // namespace kubus::driver
