// Fuzz target: the assessment loader on an in-memory assessment.yaml, with
// its targets checked against the bundled maturity matrix.
#include "config/assessment.h"
#include "config/matrix.h"
#include "fuzz.h"

namespace {

// The bundled matrix, loaded once: what the targets name.
const kubus::config::Matrix& bundled_matrix() {
  static kubus::SourceManager sm;
  static const kubus::config::Matrix matrix = [] {
    kubus::Diagnostics diags;
    bool unreadable = false;
    auto m = kubus::config::load_matrix(kubus::fuzz::rules_dir() + "/ccm/matrix.yaml", sm, diags, unreadable);
    if (!m) kubus::fuzz::fail("the bundled matrix does not load");
    return *m;
  }();
  return matrix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  const config::Matrix& matrix = bundled_matrix();
  return fuzz::with_yaml("assessment/assessment.yaml", data, size,
                         [&](const config::YamlFile& file, const SourceManager& sm, Diagnostics& diags) {
                           if (auto a = config::read_assessment(file, "assessment/assessment.yaml", sm, diags))
                             config::check_targets(*a, matrix, diags);
                         });
}
