// What `kubus import actuals` prints.
#include <nlohmann/json.hpp>

#include "diag/render.h"
#include "report/commands.h"

namespace kubus::report {

std::string actuals_text(const driver::ActualsImport& r) {
  std::string out = "imported " + std::to_string(r.updated) + " actual(s) from " + std::to_string(r.rows) + " row(s)";
  if (r.unchanged) out += "; " + std::to_string(r.unchanged) + " already as the sheet says";
  if (r.skipped) out += "; " + std::to_string(r.skipped) + " row(s) without an actual skipped";
  out += "\n";
  for (const auto& f : r.files) out += "  updated " + f + "\n";
  return out;
}

std::string actuals_json(const driver::ActualsImport& r, const SourceManager& sm, const Diagnostics& diags) {
  nlohmann::ordered_json out;
  out["rows"] = r.rows;
  out["updated"] = r.updated;
  out["unchanged"] = r.unchanged;
  out["skipped"] = r.skipped;
  out["files"] = r.files;
  out["diagnostics"] = diagnostics_json(diags, sm);
  return out.dump(2) + "\n";
}

std::string observations_text(const driver::ObservationsImport& r, const std::string& file) {
  std::string out = "imported " + std::to_string(r.added + r.updated + r.unchanged) + " observation(s) from " +
                    std::to_string(r.rows) + " row(s): " + std::to_string(r.added) + " new, " +
                    std::to_string(r.updated) + " updated, " + std::to_string(r.unchanged) + " unchanged";
  if (r.skipped) out += "; " + std::to_string(r.skipped) + " row(s) without a level skipped";
  out += "\n";
  if (r.written) out += "  updated " + file + "\n";
  return out;
}

std::string observations_json(const driver::ObservationsImport& r, const std::string& file, const SourceManager& sm,
                              const Diagnostics& diags) {
  nlohmann::ordered_json out;
  out["rows"] = r.rows;
  out["added"] = r.added;
  out["updated"] = r.updated;
  out["unchanged"] = r.unchanged;
  out["skipped"] = r.skipped;
  out["assessment"] = r.assessment;
  out["file"] = r.written ? nlohmann::ordered_json(file) : nlohmann::ordered_json(nullptr);
  out["diagnostics"] = diagnostics_json(diags, sm);
  return out.dump(2) + "\n";
}

}  // namespace kubus::report
