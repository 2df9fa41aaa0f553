// The entity graph of a generated model, drawn before any text is written:
// departments with their roles, components, and touchpoints with owners, channels,
// components used and handoffs. Each kind is drawn from its own PRNG stream so that
// the kinds do not shift one another.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "gen/generate.h"
#include "gen/vocabulary.h"

namespace kubus::gen::detail {

// An absent reference (no owner, supervisor, segment, routing).
inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct Dept {
    std::uint8_t kind = kLine;
    std::uint32_t unit = 0;
    std::uint32_t role_first = 0;
    std::uint32_t role_count = 0;
    std::uint32_t comp_first = 0;
    std::uint32_t comp_count = 0;
};

struct Role {
    std::uint32_t dept = 0;
    std::uint8_t k = 0;      // 0-based number within the department
    std::uint8_t title = 0;  // index into kRoleTitles
};

struct Component {
    std::uint32_t dept = 0;
    std::array<std::uint8_t, 3> caps{};
    std::uint8_t ncaps = 0;
    std::uint8_t deployment = 0;
    bool shared = false;
    std::array<std::uint32_t, 2> integrates{};
    std::uint8_t nintegrates = 0;
    std::uint8_t vendor = 0;
    std::uint32_t cost_k = 120;  // thousands of EUR per year
};

struct Touchpoint {
    std::uint32_t dept = 0;  // home department (of the owner when owned)
    std::uint32_t owner = kNone;
    std::uint32_t supervisor = kNone;
    std::uint32_t unit = 0;
    std::uint32_t segment = kNone;  // global segment index
    std::array<std::uint32_t, 3> uses{};
    std::array<std::uint32_t, 3> next{};
    std::array<std::uint8_t, 3> channels{};
    std::uint8_t nuses = 0;
    std::uint8_t nnext = 0;
    std::uint8_t nchannels = 0;
    std::uint8_t phase = 0;
    bool mandatory = false;
    std::uint8_t title = 0;
    std::uint8_t product = 0;
    std::uint8_t purpose = 0;
    std::uint8_t exchanges = 0;
    std::uint8_t experience = 0xFF;  // none
    std::uint8_t effort = 1;
    std::uint8_t cost = 0;
    std::uint32_t volume = 0;
    // feedback
    bool has_feedback = false;
    bool closed_loop = false;
    std::uint8_t feedback_sources = 0;  // bit mask over kFeedbackSources
    std::uint32_t routed_to = kNone;
};

struct Plan {
    GenSizes sizes;
    std::vector<Dept> depts;
    std::vector<Role> roles;
    std::vector<Component> comps;
    std::vector<std::uint32_t> shared_comps;
    std::vector<Touchpoint> tps;
};

// The declaration counts for the options (roles left 0: they are drawn).
GenSizes sizes_for(const GenOptions&);

// Draws the whole graph for the options.
Plan draw_plan(const GenOptions&);

}  // namespace kubus::gen::detail
