// Shared by the command implementations: options every command takes and the
// way diagnostics are printed and turned into exit codes.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/load.h"

namespace kubus::cli {

// Exit codes (ENGINE.md §6): documented in docs/commands.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitUsage = 2;

struct Common {
  std::string color = "auto";   // auto | always | never
  std::string format = "text";  // text | json | sarif
};

bool use_color(const Common& c);

// Prints diagnostics: text to stderr, or JSON/SARIF to stdout.
void print_diagnostics(Diagnostics& diags, const SourceManager& sm, const Common& c);

model::LoadOptions load_options();

// Writes `text` to `path` through a temporary file and a rename, so an
// interrupted run never leaves a half-written file.
bool write_atomically(const std::string& path, const std::string& text, std::string& error);

int run_check(const std::vector<std::string>& paths, const Common& c);
int run_fmt(const std::vector<std::string>& paths, bool check, bool to_stdout, const Common& c);

}  // namespace kubus::cli
