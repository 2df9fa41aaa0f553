#include "lsp/position.h"

namespace kubus::lsp {
namespace {

// Length in bytes of the UTF-8 sequence that starts with `lead`; 1 for a stray byte.
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::uint32_t units_of(std::size_t bytes, Encoding enc) {
  switch (enc) {
    case Encoding::Utf8: return static_cast<std::uint32_t>(bytes);
    case Encoding::Utf16: return bytes == 4 ? 2 : 1;  // beyond the BMP: a surrogate pair
    case Encoding::Utf32: return 1;
  }
  return 1;
}

struct Walk {
  std::size_t byte = 0;
  std::uint32_t units = 0;
  std::uint32_t code_points = 0;
};

// Advances over whole characters while the next one ends at or before `units`.
Walk walk_units(std::string_view line, std::uint32_t units, Encoding enc) {
  Walk w;
  while (w.byte < line.size()) {
    std::size_t n = sequence_length(static_cast<unsigned char>(line[w.byte]));
    if (w.byte + n > line.size()) n = line.size() - w.byte;
    std::uint32_t u = units_of(n, enc);
    if (w.units + u > units) break;
    w.byte += n;
    w.units += u;
    ++w.code_points;
  }
  return w;
}

}  // namespace

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Utf16: return "utf-16";
    case Encoding::Utf32: return "utf-32";
  }
  return "utf-16";
}

std::uint32_t units_before(std::string_view line, std::uint32_t code_points, Encoding enc) {
  std::size_t byte = 0;
  std::uint32_t units = 0;
  for (std::uint32_t i = 0; i < code_points && byte < line.size(); ++i) {
    std::size_t n = sequence_length(static_cast<unsigned char>(line[byte]));
    if (byte + n > line.size()) n = line.size() - byte;
    units += units_of(n, enc);
    byte += n;
  }
  return units;
}

std::size_t byte_of_units(std::string_view line, std::uint32_t units, Encoding enc) {
  return walk_units(line, units, enc).byte;
}

std::uint32_t code_points_before(std::string_view line, std::uint32_t units, Encoding enc) {
  return walk_units(line, units, enc).code_points;
}

}  // namespace kubus::lsp
