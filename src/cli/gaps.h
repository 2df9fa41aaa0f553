// `kubus gaps` (the silo gaps of a model) and `kubus graph` (its dependency
// graph as Graphviz DOT or Mermaid).
#pragma once
#include <string>
#include <vector>

#include "cli/common.h"

namespace kubus::cli {

// `paths`: model files or directories, or one assessment (an assessment.yaml
// or a directory holding one), whose model is loaded with its matrix's
// libraries as `kubus assess` does; none means the current directory.
// format: text | json. Exit 0 with or without gaps, 1 when the model has
// errors, 2 when a path cannot be read.
int run_gaps(const std::vector<std::string>& paths, const std::string& format, const Common& c);

// `paths` as for run_gaps; format: dot | mermaid; to stdout, or atomically to `output` when not empty.
int run_graph(const std::vector<std::string>& paths, const std::string& format, const std::string& output,
              const Common& c);

}  // namespace kubus::cli
