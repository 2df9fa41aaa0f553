// The IDs of generated declarations. See ids.h.

#include "gen/ids.h"

#include "gen/text_out.h"

namespace kubus::gen::detail {

void unit_id(std::string& out, std::size_t u) {
    out.append("unit-");
    append_padded(out, u + 1, 2);
}
void segment_id(std::string& out, std::size_t u, std::size_t k) {
    out.append("seg-");
    append_padded(out, u + 1, 2);
    out.push_back('-');
    append_uint(out, k + 1);
}
void dept_id(std::string& out, std::size_t d) {
    out.append("dept-");
    append_padded(out, d + 1, kDeptWidth);
}
void comp_id(std::string& out, std::size_t c) {
    out.append("comp-");
    append_padded(out, c + 1, kCompWidth);
}
void tp_id(std::string& out, std::size_t t) {
    out.append("tp-");
    append_padded(out, t + 1, kTpWidth);
}

}  // namespace kubus::gen::detail
