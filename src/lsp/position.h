// Columns between the two conventions: Kubus spans count code points from 1;
// an LSP position counts code units of the negotiated encoding from 0 (UTF-16
// unless the client offered utf-32 or utf-8 at initialize).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kubus::lsp {

enum class Encoding { Utf8, Utf16, Utf32 };

std::string_view encoding_name(Encoding e);  // "utf-8", "utf-16", "utf-32"

// Code units of `enc` taken by the first `code_points` code points of `line`
// (all of it when the line is shorter).
std::uint32_t units_before(std::string_view line, std::uint32_t code_points, Encoding enc);

// Byte offset in `line` of the position `units` code units of `enc` into it.
// Past the end: the end (LSP: the position defaults back to the line's
// length). Inside a character (half a surrogate pair, a byte inside a UTF-8
// sequence): that character's start.
std::size_t byte_of_units(std::string_view line, std::uint32_t units, Encoding enc);

// Code points in the first `units` code units of `enc` of `line`, by the same rules.
std::uint32_t code_points_before(std::string_view line, std::uint32_t units, Encoding enc);

}  // namespace kubus::lsp
