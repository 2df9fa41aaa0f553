// Shared by the fuzz targets (one per file in fuzz/): the input as a file of
// its own, the bundled library loaded once, and a failed property reported
// the way libFuzzer and the replay runner both see it (abort).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "config/yaml.h"
#include "diag/diagnostic.h"
#include "support/source.h"

namespace kubus::fuzz {

// The input added to `sm` as a file named `path`.
inline FileId add_input(SourceManager& sm, std::string path, const std::uint8_t* data, std::size_t size) {
  return sm.add(std::move(path), std::string(reinterpret_cast<const char*>(data), size));
}

// rules/ of the source tree: where `use ccm` and the bundled matrix come from.
inline std::string rules_dir() { return KUBUS_SOURCE_DIR "/rules"; }

// Renders the diagnostics as text, JSON and SARIF, as the command line would:
// quoting a source line under a span is where a wrong span shows.
void render_all(Diagnostics& diags, const SourceManager& sm);

// The input as the YAML file `path`: `read(file, sm, diags)` runs the loader
// under test on it when it is YAML at all; then the diagnostics are rendered.
template <class Read>
int with_yaml(std::string path, const std::uint8_t* data, std::size_t size, Read&& read) {
  SourceManager sm;
  Diagnostics diags;
  FileId id = add_input(sm, std::move(path), data, size);
  if (auto file = config::parse_yaml(id, sm, diags)) read(*file, sm, diags);
  render_all(diags, sm);
  return 0;
}

// A property of the target does not hold: prints why (and the texts involved)
// and aborts, which libFuzzer reports as a crash and the replay runner as a failure.
[[noreturn]] void fail(std::string_view what, std::string_view first = {}, std::string_view second = {});

}  // namespace kubus::fuzz
