// `kubus import actuals`: the measured values of KPIs and SLAs, from a sheet
// exported by survey and contact-centre tools, into the model's `actual`
// fields, in place (docs/intake.md).
#pragma once
#include <string>
#include <vector>

#include "driver/session.h"

namespace kubus::driver {

struct ActualsImport {
  std::size_t rows = 0;       // data rows read
  std::size_t skipped = 0;    // rows without an actual
  std::size_t updated = 0;    // actuals written or changed
  std::size_t unchanged = 0;  // actuals the model already had
  std::vector<std::string> files;  // the model files rewritten, in path order
};

// Reads `sheet_path` (columns `id`, `actual`, optionally `date`), checks every
// row against the model below `model_dir`, and rewrites only the `actual`
// lines of the KPIs and SLAs it names (adding one after `target` where there
// is none). All or nothing: after any error no file is touched, and a model
// that no longer checks after the rewrite is put back as it was.
ActualsImport import_actuals(Session& s, const std::string& sheet_path, const std::string& model_dir);

}  // namespace kubus::driver
