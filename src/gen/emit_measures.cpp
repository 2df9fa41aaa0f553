// Writing the SLAs, KPIs, practices and observations. See emit.h.

#include "gen/emit.h"

#include "gen/ids.h"
#include "gen/vocabulary.h"

namespace kubus::gen::detail {

std::uint32_t Emitter::owner_dept(std::size_t i) const {
    const Touchpoint& t = p_.tps[i];
    return t.owner == kNone ? kNone : p_.roles[t.owner].dept;
}

bool Emitter::crossing_handoff(Rng& rng, std::size_t& from, std::size_t& to) const {
    const std::size_t n = p_.tps.size();
    if (n < 2) return false;
    for (int tries = 0; tries < 16; ++tries) {
        const std::size_t i = rng.below(n);
        const Touchpoint& t = p_.tps[i];
        const std::uint32_t da = owner_dept(i);
        if (da == kNone) continue;
        for (std::size_t k = 0; k < t.nnext; ++k) {
            const std::uint32_t db = owner_dept(t.next[k]);
            if (db != kNone && db != da) {
                from = i;
                to = t.next[k];
                return true;
            }
        }
    }
    return false;
}

void Emitter::slas() {
    Rng rng = stream(seed_, 12);
    const std::size_t nd = p_.depts.size();
    for (std::size_t s = 0; s < p_.sizes.slas; ++s) {
        std::size_t a = 0, b = 0;
        const bool with_covers = rng.percent(50);
        const bool found = crossing_handoff(rng, a, b);
        std::uint32_t from_d, to_d;
        if (found) {
            from_d = owner_dept(a);
            to_d = owner_dept(b);
        } else {
            from_d = static_cast<std::uint32_t>(rng.below(nd));
            to_d = static_cast<std::uint32_t>((from_d + 1 + rng.below(nd - 1)) % nd);
        }
        out_.append("sla sla-");
        append_padded(out_, s + 1, 5);
        tmp_.clear();
        dept_title(tmp_, from_d);
        tmp_.append(" to ");
        dept_title(tmp_, to_d);
        decl_title(out_, tmp_);
        key(out_, "from");
        dept_id(out_, from_d);
        out_.push_back('\n');
        key(out_, "to");
        dept_id(out_, to_d);
        out_.push_back('\n');
        if (found && with_covers) {
            list_.clear();
            std::string& item = list_.item();
            tp_id(item, a);
            item.append(" -> ");
            tp_id(item, b);
            list_.emit(out_, "covers");
        }
        key(out_, "target");
        if (rng.percent(70)) {
            out_.append("response-time <= ");
            append_uint(out_, rng.between(1, 5));
            out_.append(" days\n");
        } else {
            out_.append("response-time <= ");
            append_uint(out_, rng.between(1, 6) * 4);
            out_.append(" h\n");
        }
        if (rng.percent(85)) {
            key(out_, "actual");
            append_uint(out_, rng.between(2, 120));
            out_.append(" h\n");
        }
        decl_end(out_);
    }
}

void Emitter::kpis() {
    Rng rng = stream(seed_, 13);
    const std::size_t n = p_.tps.size();
    for (std::size_t k = 0; k < p_.sizes.kpis; ++k) {
        const std::size_t m = rng.weighted(kMetricWeights);
        const unsigned of_kind = static_cast<unsigned>(rng.below(100));
        out_.append("kpi kpi-");
        append_padded(out_, k + 1, 5);
        tmp_.assign(kMetrics[m].title);
        std::size_t tp = 0;
        if (of_kind < 90 && n > 0) {
            tp = rng.below(n);
            const Touchpoint& t = p_.tps[tp];
            tmp_.append(" of ");
            tmp_.append(kTouchpointTitles[t.phase][t.title]);
        }
        decl_title(out_, tmp_);
        if (of_kind < 90 && n > 0) {
            key(out_, "of");
            tp_id(out_, tp);
            out_.push_back('\n');
        } else if (of_kind < 95) {
            key(out_, "of");
            unit_id(out_, rng.below(p_.sizes.units));
            out_.push_back('\n');
        }  // else: the whole organisation
        field_word(out_, "metric", kMetrics[m].id);
        target_and_actual(rng, m);
        if (rng.percent(50)) {
            key(out_, "owner");
            role_id(out_, static_cast<std::uint32_t>(rng.below(p_.roles.size())));
            out_.push_back('\n');
        }
        decl_end(out_);
    }
}

void Emitter::target_and_actual(Rng& rng, std::size_t metric) {
    key(out_, "target");
    switch (metric) {
        case 0:  // nps
            out_.append(">= ");
            append_uint(out_, rng.between(2, 5) * 10);
            out_.append("\n");
            key(out_, "actual");
            {
                const auto v = static_cast<std::int64_t>(rng.between(0, 70)) - 10;
                if (v < 0) {
                    out_.push_back('-');
                    append_uint(out_, static_cast<std::uint64_t>(-v));
                } else {
                    append_uint(out_, static_cast<std::uint64_t>(v));
                }
            }
            out_.append("\n");
            break;
        case 1:  // csat, 1..10
            out_.append(">= ");
            append_uint(out_, rng.between(7, 8));
            out_.append("\n");
            key(out_, "actual");
            append_tenths(out_, rng.between(60, 95));
            out_.append("\n");
            break;
        case 2:  // ces, 1..7
            out_.append("<= 3\n");
            key(out_, "actual");
            append_tenths(out_, rng.between(20, 50));
            out_.append("\n");
            break;
        case 3:  // fcr
            out_.append(">= ");
            append_uint(out_, rng.between(7, 8) * 10);
            out_.append(" %\n");
            key(out_, "actual");
            append_uint(out_, rng.between(50, 95));
            out_.append(" %\n");
            break;
        case 4:  // retention
            out_.append(">= ");
            append_uint(out_, rng.between(85, 90));
            out_.append(" %\n");
            key(out_, "actual");
            append_uint(out_, rng.between(75, 98));
            out_.append(" %\n");
            break;
        case 5:  // aht
            out_.append("<= ");
            append_uint(out_, rng.between(4, 6) * 60);
            out_.append(" s\n");
            key(out_, "actual");
            append_uint(out_, rng.between(180, 600));
            out_.append(" s\n");
            break;
        case 6:  // cost-per-contact
            out_.append("<= 5.00 EUR\n");
            key(out_, "actual");
            append_cents(out_, rng.between(100, 999));
            out_.append(" EUR\n");
            break;
        default:  // response-time
            out_.append("<= 2 days\n");
            key(out_, "actual");
            append_uint(out_, rng.between(4, 96));
            out_.append(" h\n");
            break;
    }
}

void Emitter::practices_and_observations() {
    Rng rng = stream(seed_, 14);
    for (const PracticeDef& pr : kPractices) {
        if (ccm_) break;  // the library declares them
        out_.append("practice ");
        out_.append(pr.id);
        decl_title(out_, pr.title);
        field_string(out_, "description", pr.description);
        decl_end(out_);
    }
    for (std::size_t o = 0; o < p_.sizes.observations; ++o) {
        // Every practice is observed at least once; then at random.
        const std::size_t pr = o < kPracticeCount ? o : rng.below(kPracticeCount);
        out_.append("observation obs-");
        append_padded(out_, o + 1, 5);
        tmp_.assign("Observation of ");
        tmp_.append(kPractices[pr].title);
        decl_title(out_, tmp_);
        field_word(out_, "practice", ccm_ ? kCcmPracticeIds[pr] : kPractices[pr].id);
        field_uint(out_, "level", rng.between(1, 5));
        field_word(out_, "confidence", kConfidences[rng.weighted(kConfidenceWeights)]);
        field_string(out_, "evidence", kEvidence[rng.below(count_of(kEvidence))]);
        const std::uint32_t r = static_cast<std::uint32_t>(rng.below(p_.roles.size()));
        tmp_.assign(kSourceKinds[rng.below(count_of(kSourceKinds))]);
        tmp_.append(" with the ");
        tmp_.append(kRoleTitles[p_.roles[r].title]);
        tmp_.append(", ");
        dept_title(tmp_, p_.roles[r].dept);
        field_string(out_, "source", tmp_);
        key(out_, "date");
        out_.append("2026-");
        append_padded(out_, rng.between(9, 11), 2);
        out_.push_back('-');
        append_padded(out_, rng.between(1, 28), 2);
        out_.push_back('\n');
        decl_end(out_);
    }
}

}  // namespace kubus::gen::detail
