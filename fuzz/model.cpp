// Fuzz target: the model loader and the rule checker on one in-memory file
// (its `use` declarations reach the bundled library in rules/), then the
// diagnostics rendered as the command line renders them.
#include "fuzz.h"
#include "model/load.h"
#include "rules/check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  SourceManager sm;
  Diagnostics diags;
  FileId id = fuzz::add_input(sm, "fuzz.kubus", data, size);
  model::LoadOptions options;
  options.library_path = {fuzz::rules_dir()};
  auto result = model::load_sources({id}, options, sm, diags);
  rules::check_rules(result.model, diags);
  fuzz::render_all(diags, sm);
  return 0;
}
