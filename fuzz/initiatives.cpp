// Fuzz target: the initiative-catalogue loader on an in-memory initiatives.yaml
// (fields, `fixes`, `after` and its cycles).
#include "fuzz.h"
#include "plan/plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  return fuzz::with_yaml("initiatives.yaml", data, size,
                         [](const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags) {
                           plan::read_catalogue(file, sm, diags);
                         });
}
