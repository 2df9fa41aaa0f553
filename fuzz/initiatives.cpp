// Fuzz target: the initiative-catalogue loader on an in-memory initiatives.yaml
// (fields, `fixes`, `after` and its cycles).
#include "config/yaml.h"
#include "fuzz.h"
#include "plan/plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  SourceManager sm;
  Diagnostics diags;
  FileId id = fuzz::add_input(sm, "initiatives.yaml", data, size);
  if (auto file = config::parse_yaml(id, sm, diags)) plan::read_catalogue(*file, sm, diags);
  fuzz::render_all(diags, sm);
  return 0;
}
