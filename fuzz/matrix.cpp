// Fuzz target: the maturity-matrix loader on an in-memory matrix.yaml, with
// its references checked against the bundled library.
#include "config/matrix.h"
#include "fuzz.h"
#include "model/load.h"

namespace {

// The bundled library, loaded once: what the matrix's rule and practice IDs refer to.
const kubus::model::Model& library() {
  static kubus::SourceManager sm;
  static const kubus::model::LoadResult loaded = [] {
    kubus::Diagnostics diags;
    kubus::model::LoadOptions options;
    options.library_path = {kubus::fuzz::rules_dir()};
    options.extra_libraries = {"ccm"};
    return kubus::model::load({}, options, sm, diags);
  }();
  return loaded.model;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  const model::Model& lib = library();
  return fuzz::with_yaml("matrix.yaml", data, size,
                         [&](const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags) {
                           if (auto matrix = config::read_matrix(file, sm, diags))
                             config::check_references(*matrix, lib, diags);
                         });
}
