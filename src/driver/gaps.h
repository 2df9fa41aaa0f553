// `kubus gaps` and `kubus graph`: the silo gaps of a model given as model
// paths, or of an assessment's model (loaded with its matrix's libraries, as
// `kubus assess` does).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "driver/run.h"

namespace kubus::driver {

struct GapsResult {
  bool assessment = false;            // the paths named an assessment
  model::LoadResult loaded;           // model paths: the model
  std::unique_ptr<Run> run;           // an assessment: its prepared run
  graph::Analysis silo;               // empty when the model has errors
  const model::Model& model() const { return run ? run->model : loaded.model; }
};

// A single argument names an assessment when it is a YAML file or a directory
// holding assessment.yaml; anything else is a model path. No paths: ".".
// The gaps are found only when the model loaded without errors (s.exit()).
std::unique_ptr<GapsResult> gaps(Session& s, std::vector<std::string> paths);

}  // namespace kubus::driver
