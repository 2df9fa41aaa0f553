#include "driver/history.h"

#include <fmt/format.h>

#include <filesystem>

#include "support/sha256.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

std::string model_hash(const Run& r, const SourceManager& sm) {
  std::string all;
  for (const auto& f : r.model.files) {
    const SourceFile& src = sm.file(f->file);
    all += fmt::format("{}\n{}\n", src.text.size(), src.text);
  }
  return sha256_hex(all);
}

}  // namespace

std::string history_path(const std::string& assessment, const std::string& db) {
  if (!db.empty()) return db;
  std::error_code ec;
  fs::path dir = fs::is_directory(assessment, ec) ? fs::path(assessment) : fs::path(assessment).parent_path();
  return (dir / ".kubus" / "history.db").string();
}

history::Record history_record(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  history::Record out;
  out.tool_version = tool_version;
  out.title = r.assessment.title;
  out.assessment_date = r.assessment.date;
  out.model_hash = model_hash(r, sm);
  out.matrix_id = r.matrix.id;
  out.matrix_hash = r.matrix.hash;
  out.dir = r.assessment.dir;
  out.overall = r.scores.overall;
  out.overall_level = r.scores.overall_level;
  for (const auto& d : r.scores.dimensions) {
    out.scores.push_back({d.dimension->id, d.level, d.score, d.target});
    for (const auto& c : d.criteria)
      out.criteria.push_back({d.dimension->id, c.criterion->key(), c.criterion->level, std::string(score::status_name(c)),
                              c.measure.status == score::Status::Evaluated ? std::optional(c.measure.value)
                                                                           : std::nullopt});
  }
  Locator where(r, sm);
  for (const Finding& f : findings(r))
    out.findings.push_back({std::string(f.rule), f.subject, std::string(rule_severity_name(f.severity)), std::string(f.message),
                            where(f.span)});
  for (const auto& g : r.silo.gaps.gaps) out.gaps.push_back({std::string(schema::name_of(g.kind)), g.id});
  if (r.roadmap) {
    for (const auto& s : r.roadmap->items)
      out.roadmap.push_back({s.initiative->id, r.assessment.quarter_label(s.start), r.assessment.quarter_label(s.end),
                             s.effort, s.cost, s.started ? "started" : "planned"});
    for (const auto& id : r.roadmap->done) out.roadmap.push_back({id, "", "", 0, 0, "done"});
  }
  return out;
}

}  // namespace kubus::driver
