// The IDs of generated declarations: a kind prefix and a zero-padded number, so that
// byte order is declaration order.
#pragma once

#include <cstddef>
#include <string>

namespace kubus::gen::detail {

inline constexpr int kDeptWidth = 4;
inline constexpr int kCompWidth = 4;
inline constexpr int kTpWidth = 6;

void unit_id(std::string& out, std::size_t u);
// Segment k (0 or 1) of unit u.
void segment_id(std::string& out, std::size_t u, std::size_t k);
void dept_id(std::string& out, std::size_t d);
void comp_id(std::string& out, std::size_t c);
void tp_id(std::string& out, std::size_t t);

}  // namespace kubus::gen::detail
