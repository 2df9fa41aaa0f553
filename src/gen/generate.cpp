// Deterministic generator of synthetic Kubus organisation models. See generate.h.
//
// Structure: first the entity graph is drawn (draw.h), then its text is appended into
// one reserved std::string (emit.h). Writing files and the assessment is in files.cpp.

#include "gen/generate.h"

#include "gen/draw.h"
#include "gen/emit.h"

namespace kubus::gen {

GenSizes planned_sizes(const GenOptions& o) { return detail::sizes_for(o); }

std::string generate_model(const GenOptions& o) {
    const detail::Plan p = detail::draw_plan(o);
    std::string text = detail::Emitter(p, o.seed, o.ccm_vocabulary).run();
    // Declarations end with "}\n\n"; drop the final blank line.
    if (text.size() >= 2 && text[text.size() - 1] == '\n' && text[text.size() - 2] == '\n') text.pop_back();
    return text;
}

}  // namespace kubus::gen
