// Writing the text of a drawn entity graph, in the canonical layout of LANGUAGE.md.
// Declarations come in a fixed order of kinds; values that the graph does not hold
// (descriptions, holders, targets, evidence) are drawn while writing, from a stream
// per kind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "gen/draw.h"
#include "gen/rng.h"
#include "gen/text_out.h"

namespace kubus::gen::detail {

class Emitter {
public:
    Emitter(const Plan& p, std::uint64_t seed, bool ccm) : p_(p), seed_(seed), ccm_(ccm) {}

    // The whole model text; each declaration ends with a blank line.
    std::string run();

private:
    void role_id(std::string& out, std::uint32_t r) const;
    void dept_title(std::string& s, std::size_t d) const;

    // emit_structure.cpp: the organisation and everything touchpoints refer to.
    void organisation();
    void units_and_segments();
    void departments_and_roles();
    void channels_and_capabilities();
    void components();
    void touchpoints();

    // emit_measures.cpp: SLAs, KPIs, practices and observations.
    // Department of a touchpoint for SLA purposes: its owner's department, or none.
    std::uint32_t owner_dept(std::size_t i) const;
    // Finds a handoff that crosses departments, starting from a random touchpoint.
    // Returns false when none is found within a few tries.
    bool crossing_handoff(Rng& rng, std::size_t& from, std::size_t& to) const;
    void slas();
    void kpis();
    void target_and_actual(Rng& rng, std::size_t metric);
    void practices_and_observations();

    const Plan& p_;
    std::uint64_t seed_;
    bool ccm_;
    std::string out_;
    std::string tmp_;
    ListBuf list_;
};

}  // namespace kubus::gen::detail
