// `kubus import observations`: the answers of an interview sheet into
// `observation` declarations of one model file, idempotently and without
// touching what was written by hand (docs/intake.md).
#pragma once
#include <string>
#include <vector>

#include "driver/session.h"

namespace kubus::driver {

struct ObservationsImport {
  std::size_t rows = 0;       // data rows read
  std::size_t skipped = 0;    // rows without a level
  std::size_t added = 0;      // observations new in the file
  std::size_t updated = 0;    // observations imported before, now changed
  std::size_t unchanged = 0;  // observations already as the sheet says
  std::string assessment;     // the assessment whose practices the answers name
  bool written = false;       // the model file was written
};

// The assessment a model file belongs to: the nearest assessment.yaml in the
// file's directory or a directory above it (relative to the working directory
// when `model_file` is relative); empty when there is none.
std::string find_assessment(const std::string& model_file);

// Reads `sheet_path`, checks every answered row against the practices of
// `assessment` (empty: find_assessment(model_file)), and writes one
// observation per practice, source, interviewee and date into `model_file`
// (created when it does not exist): a declaration imported before, found by
// its ID, is replaced in place; new ones are appended in ID order; everything
// else in the file stays byte for byte. All or nothing: after any error the
// file is left as it was, and so it is when the assessment no longer checks
// with the new file.
ObservationsImport import_observations(Session& s, const std::string& sheet_path, const std::string& model_file,
                                       const std::string& assessment);

}  // namespace kubus::driver
