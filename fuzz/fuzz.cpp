#include "fuzz.h"

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "diag/render.h"

namespace kubus::fuzz {

void render_all(Diagnostics& diags, const SourceManager& sm) {
  diags.sort(sm);
  std::ostringstream out;
  render_text(out, diags, sm, true);
  render_json(out, diags, sm);
  render_sarif(out, diags, sm, "fuzz");
  if (out.str().empty()) std::abort();  // keeps the renderings from being optimised away; JSON is never empty
}

void fail(std::string_view what, std::string_view first, std::string_view second) {
  std::fprintf(stderr, "fuzz property failed: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!first.empty()) std::fprintf(stderr, "--- first\n%.*s\n", static_cast<int>(first.size()), first.data());
  if (!second.empty()) std::fprintf(stderr, "--- second\n%.*s\n", static_cast<int>(second.size()), second.data());
  std::abort();
}

}  // namespace kubus::fuzz
