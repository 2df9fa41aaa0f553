// `kubus fmt`: the canonical layout of .kubus files (docs/formatting.md).
#pragma once
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "driver/session.h"

namespace kubus::driver {

struct Formatted {
  FileId file = 0;  // the source as read
  std::string path;
  std::string text;      // the canonical text
  bool changed = false;  // differs from the file
};

// Formats named files and the *.kubus files below named directories, in path
// order. A file with syntax errors is reported and left out: it is never
// rewritten from a tree we could not fully read.
std::vector<Formatted> format_files(Session& s, const std::vector<std::string>& paths);

// Formats text that is not a file (`kubus fmt -` reads standard input);
// nullopt when it has syntax errors, reported in the session under `name`.
std::optional<Formatted> format_text(Session& s, const std::string& name, std::string text);

// `kubus fmt PATHS`: format_files, or with PATHS just "-" and `in` given,
// format_text of all of `in` as <stdin> (`from_stdin` says which).
std::vector<Formatted> format_input(Session& s, const std::vector<std::string>& paths, std::istream* in,
                                    bool& from_stdin);

// Rewrites the changed files in place (atomically); write errors are reported
// in the session and make it unreadable (exit 2).
void rewrite(Session& s, const std::vector<Formatted>& files);

}  // namespace kubus::driver
