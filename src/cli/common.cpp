#include "cli/common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "diag/render.h"
#include "kubus_version.h"

namespace kubus::cli {

bool use_color(const Common& c) {
  if (c.color == "always") return true;
  if (c.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDERR_FILENO) && !(no_color && *no_color);
}

void print_diagnostics(Diagnostics& diags, const SourceManager& sm, const Common& c) {
  diags.sort(sm);
  if (c.format == "json") render_json(std::cout, diags, sm);
  else if (c.format == "sarif") render_sarif(std::cout, diags, sm, KUBUS_VERSION);
  else render_text(std::cerr, diags, sm, use_color(c));
}

model::LoadOptions load_options() {
  model::LoadOptions o;
  o.library_path = model::default_library_path(KUBUS_DATA_DIR, KUBUS_SOURCE_RULES);
  return o;
}

bool write_atomically(const std::string& path, const std::string& text, std::string& error) {
  std::string tmp = path + ".kubus-tmp-" + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      error = "cannot write '" + tmp + "'";
      std::filesystem::remove(tmp);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    error = "cannot replace '" + path + "': " + ec.message();
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace kubus::cli
