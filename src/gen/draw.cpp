// Drawing the entity graph. See draw.h. Only integer arithmetic maps random numbers
// to values.

#include "gen/draw.h"

#include "gen/rng.h"

namespace kubus::gen::detail {
namespace {

template <typename A>
bool contains(const A& arr, std::size_t n, typename A::value_type v) {
    for (std::size_t i = 0; i < n; ++i)
        if (arr[i] == v) return true;
    return false;
}

std::size_t max_sz(std::size_t a, std::size_t b) { return a > b ? a : b; }

void plan_departments(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 1);
    const std::size_t nd = p.sizes.departments;
    const std::size_t nu = p.sizes.units;
    p.depts.resize(nd);
    for (std::size_t d = 0; d < nd; ++d) {
        Dept& dep = p.depts[d];
        // The first department is a line department so every model has one.
        dep.kind = d == 0 ? static_cast<std::uint8_t>(kLine)
                          : static_cast<std::uint8_t>(rng.weighted(std::array<unsigned, 3>{70, 15, 15}));
        dep.unit = static_cast<std::uint32_t>(d * nu / nd);  // units in blocks
        dep.role_first = static_cast<std::uint32_t>(p.roles.size());
        dep.role_count = static_cast<std::uint32_t>(rng.between(2, 3));
        for (std::uint32_t k = 0; k < dep.role_count; ++k) {
            Role r;
            r.dept = static_cast<std::uint32_t>(d);
            r.k = static_cast<std::uint8_t>(k);
            r.title = static_cast<std::uint8_t>(rng.below(count_of(kRoleTitles)));
            p.roles.push_back(r);
        }
    }
    p.sizes.roles = p.roles.size();
}

void plan_components(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 2);
    const std::size_t nc = p.sizes.components;
    const std::size_t nd = p.sizes.departments;
    p.comps.resize(nc);
    // Components in department blocks; nc >= nd, so every department owns one or more.
    for (std::size_t c = 0; c < nc; ++c) {
        const auto d = static_cast<std::uint32_t>(c * nd / nc);
        p.comps[c].dept = d;
        Dept& dep = p.depts[d];
        if (dep.comp_count == 0) dep.comp_first = static_cast<std::uint32_t>(c);
        ++dep.comp_count;
    }
    for (std::size_t c = 0; c < nc; ++c) {
        Component& comp = p.comps[c];
        // The first components cover every capability once.
        const std::size_t first = c < kCapabilityCount ? c : rng.weighted(kCapabilityWeights);
        comp.caps[0] = static_cast<std::uint8_t>(first);
        comp.ncaps = 1;
        const std::size_t want = rng.weighted(std::array<unsigned, 3>{50, 35, 15}) + 1;
        for (int tries = 0; comp.ncaps < want && tries < 8; ++tries) {
            const auto cap = static_cast<std::uint8_t>(rng.weighted(kCapabilityWeights));
            if (!contains(comp.caps, comp.ncaps, cap)) comp.caps[comp.ncaps++] = cap;
        }
        comp.deployment = static_cast<std::uint8_t>(rng.weighted(kDeploymentWeights));
        comp.shared = rng.percent(25);
        if (comp.shared) p.shared_comps.push_back(static_cast<std::uint32_t>(c));
        if (nc > 1 && rng.percent(40)) {
            const std::size_t want_links = rng.between(1, 2);
            for (int tries = 0; comp.nintegrates < want_links && tries < 8; ++tries) {
                std::size_t other;
                if (rng.percent(70)) {  // a nearby component
                    const std::size_t off = rng.between(1, 10);
                    other = rng.percent(50) ? (c + off) % nc : (c + nc - off % nc) % nc;
                } else {
                    other = rng.below(nc);
                }
                const auto o = static_cast<std::uint32_t>(other);
                if (other != c && !contains(comp.integrates, comp.nintegrates, o))
                    comp.integrates[comp.nintegrates++] = o;
            }
        }
        comp.vendor = static_cast<std::uint8_t>(rng.below(count_of(kVendors)));
        comp.cost_k = static_cast<std::uint32_t>(rng.between(8, 80) * 5);  // 40k..400k EUR
    }
}

void plan_touchpoints(Plan& p, std::uint64_t seed) {
    Rng rng = stream(seed, 3);
    const std::size_t n = p.sizes.touchpoints;
    const std::size_t nd = p.sizes.departments;
    const std::size_t nc = p.sizes.components;
    const std::size_t nu = p.sizes.units;
    p.tps.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        Touchpoint& t = p.tps[i];
        // Touchpoints in department blocks, so nearby touchpoints mostly share a department.
        t.dept = rng.percent(88) ? static_cast<std::uint32_t>(i * nd / n) : static_cast<std::uint32_t>(rng.below(nd));
        const Dept& dep = p.depts[t.dept];
        if (rng.percent(95)) t.owner = dep.role_first + static_cast<std::uint32_t>(rng.below(dep.role_count));
        if (rng.percent(40)) {
            auto sup = dep.role_first + static_cast<std::uint32_t>(rng.below(dep.role_count));
            if (sup == t.owner) sup = dep.role_first + (sup - dep.role_first + 1) % dep.role_count;
            t.supervisor = sup;
        }
        t.unit = rng.percent(90) ? dep.unit : static_cast<std::uint32_t>(rng.below(nu));
        if (rng.percent(50)) t.segment = t.unit * 2 + static_cast<std::uint32_t>(rng.below(2));
        t.phase = static_cast<std::uint8_t>(rng.weighted(kPhaseWeights));
        t.mandatory = rng.percent(25);
        // Channels: 1-3 distinct.
        const std::size_t nch = rng.weighted(std::array<unsigned, 3>{45, 40, 15}) + 1;
        for (int tries = 0; t.nchannels < nch && tries < 8; ++tries) {
            const auto ch = static_cast<std::uint8_t>(rng.weighted(kChannelWeights));
            if (!contains(t.channels, t.nchannels, ch)) t.channels[t.nchannels++] = ch;
        }
        // Uses: the first from the home department, the others shared or anywhere.
        t.uses[0] = dep.comp_first + static_cast<std::uint32_t>(rng.below(dep.comp_count));
        t.nuses = 1;
        const std::size_t nuse = rng.weighted(std::array<unsigned, 3>{40, 40, 20}) + 1;
        for (int tries = 0; t.nuses < nuse && tries < 8; ++tries) {
            std::uint32_t c;
            if (!p.shared_comps.empty() && rng.percent(50))
                c = p.shared_comps[rng.below(p.shared_comps.size())];
            else
                c = static_cast<std::uint32_t>(rng.below(nc));
            if (!contains(t.uses, t.nuses, c)) t.uses[t.nuses++] = c;
        }
        t.title = static_cast<std::uint8_t>(rng.below(8));
        t.product = static_cast<std::uint8_t>(rng.below(count_of(kProducts)));
        t.purpose = static_cast<std::uint8_t>(rng.below(3));
        t.exchanges = static_cast<std::uint8_t>(rng.below(count_of(kExchanges)));
        if (rng.percent(30)) t.experience = static_cast<std::uint8_t>(rng.below(count_of(kExperiences)));
        t.effort = static_cast<std::uint8_t>(rng.between(1, 7));
        t.volume = static_cast<std::uint32_t>(t.mandatory ? rng.between(10, 500) * 1000 : rng.between(1, 2000) * 50);
        t.cost = static_cast<std::uint8_t>(rng.below(count_of(kCosts)));
        if (rng.percent(35)) {
            t.has_feedback = true;
            const std::size_t nsrc = rng.between(1, 3);
            for (std::size_t k = 0; k < nsrc; ++k)
                t.feedback_sources |= static_cast<std::uint8_t>(1u << rng.below(count_of(kFeedbackSources)));
            if (rng.percent(80)) {
                if (t.owner != kNone && rng.percent(60)) {
                    t.routed_to = t.owner;
                } else {
                    t.routed_to = static_cast<std::uint32_t>(rng.below(p.roles.size()));
                }
            }
            t.closed_loop = rng.percent(40);
        }
        // Handoffs: 0-3, mostly forward to nearby touchpoints (chains), some backward
        // (cycles), a few anywhere.
        if (n > 1) {
            const std::size_t nn = rng.weighted(std::array<unsigned, 4>{20, 45, 25, 10});
            for (int tries = 0; t.nnext < nn && tries < 8; ++tries) {
                const unsigned kind = static_cast<unsigned>(rng.below(100));
                const std::size_t off = rng.between(1, 8);
                std::size_t j;
                if (kind < 85) {
                    j = i + off;
                    if (j >= n) continue;
                } else if (kind < 93) {
                    if (off > i) continue;
                    j = i - off;
                } else {
                    j = rng.below(n);
                }
                const auto jj = static_cast<std::uint32_t>(j);
                if (j != i && !contains(t.next, t.nnext, jj)) t.next[t.nnext++] = jj;
            }
        }
    }
}

}  // namespace

GenSizes sizes_for(const GenOptions& o) {
    const std::size_t n = o.touchpoints;
    GenSizes s;
    s.touchpoints = n;
    s.units = max_sz(2, n / 500);
    s.segments = s.units * 2;
    s.departments = max_sz(8, n / 25);
    s.channels = kChannelCount;
    s.capabilities = kCapabilityCount;
    s.components = max_sz(10, n / 10);
    s.slas = max_sz(1, n / 20);
    s.kpis = max_sz(1, n / 10);
    s.practices = kPracticeCount;
    s.observations = max_sz(kPracticeCount, n / 50);
    return s;
}

Plan draw_plan(const GenOptions& o) {
    Plan p;
    p.sizes = sizes_for(o);
    plan_departments(p, o.seed);
    plan_components(p, o.seed);
    plan_touchpoints(p, o.seed);
    return p;
}

}  // namespace kubus::gen::detail
