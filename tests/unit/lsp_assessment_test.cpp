// A model directory that holds an assessment is checked as `kubus check DIR`
// checks it: the assessment file, its model with its matrix's libraries, and
// the .kubus files no assessment loaded as one more model. Unsaved buffers
// count as files where they are.
#include "lsp/workspace.h"
#include "lsp_fixture.h"

using namespace kubus;
using test::Json;
using test::LspSession;

namespace {

const std::string kAssessment =
    "kubus-assessment: 1\ntitle: Claims\ndate: 2026-11-02\nmodel: [model/]\nmatrix: ccm\n"
    "targets: {strategy: 3}\nhorizon: {start: 2027-Q1, years: 3}\n"
    "capacity: {per-quarter: 6 pm, budget-per-year: 250000 EUR}\n";

const std::string kDraft = "touchpoint draft \"Draft\" {\n  phase: promise\n  owner: claims-manager\n  next: [nowhere]\n}\n";

std::map<std::string, std::string> assessment_files() {
  std::map<std::string, std::string> files{{"assessment.yaml", kAssessment}};
  for (const auto& [name, text] : test::claims_model()) files["model/" + name] = text;
  return files;
}

}  // namespace

TEST_CASE("a model directory with an assessment is checked as kubus check checks it", "[lsp][assessment]") {
  LspSession s(assessment_files());
  for (const auto& [uri, params] : s.diagnostics()) CHECK(params["diagnostics"].empty());

  auto [line, col] = test::find_pos(test::claims_model().at("journey.kubus"), "claims-manager", 3);
  Json d = s.request("textDocument/definition", s.position_params("model/journey.kubus", line, col));
  CHECK(d["uri"] == s.uri("model/org.kubus"));

  // A buffer not saved yet in model/ is part of the assessment's model: its
  // owner resolves there; only the unknown step is reported.
  s.open("model/draft.kubus", kDraft);
  Json draft = s.diagnostics()[s.uri("model/draft.kubus")]["diagnostics"];
  REQUIRE(draft.size() == 1);
  CHECK(draft[0]["code"] == "E0203");

  // The assessment's own buffer, with the code and help of `kubus check`.
  std::string broken = kAssessment;
  broken.erase(broken.find("targets:"), std::string("targets: {strategy: 3}\n").size());
  s.open("assessment.yaml", broken);
  Json yaml = s.diagnostics()[s.uri("assessment.yaml")]["diagnostics"];
  REQUIRE(yaml.size() == 1);
  CHECK(yaml[0]["code"] == "E0503");
  CHECK_THAT(yaml[0]["message"].get<std::string>(), Catch::Contains("no 'targets'") && Catch::Contains("help: add"));
  s.replace_all("assessment.yaml", kAssessment, 2);
  CHECK(s.diagnostics()[s.uri("assessment.yaml")]["diagnostics"].empty());
}

TEST_CASE("the workspace's models: an assessment's, and the files no assessment loaded", "[lsp][assessment]") {
  auto dir = test::temp_dir();
  for (const auto& [name, text] : assessment_files()) test::write_file(dir / name, text);
  test::write_file(dir / "scratch" / "notes.kubus", "unit scratch-unit\n");
  lsp::Workspace ws(LspSession::options().load);
  ws.set_root(dir.generic_string());
  std::string draft = (dir / "model/draft.kubus").generic_string();
  ws.open(draft, lsp::Document{"file://draft", kDraft, 1});

  const lsp::Snapshot& snap = ws.snapshot();
  REQUIRE(snap.models().size() == 2);
  const lsp::ModelView* assessed = snap.model_of((dir / "model/org.kubus").generic_string());
  REQUIRE(assessed == &snap.models()[0]);
  CHECK(snap.model_of(draft) == assessed);  // the unsaved buffer, loaded once, by the assessment
  CHECK(assessed->model().find("touchpoint", "draft") != model::kNone);
  CHECK(assessed->model().find("unit", "scratch-unit") == model::kNone);
  const lsp::ModelView* rest = snap.model_of((dir / "scratch/notes.kubus").generic_string());
  REQUIRE(rest == &snap.models()[1]);
  CHECK(rest->model().find("unit", "scratch-unit") != model::kNone);
  CHECK(rest->model().find("touchpoint", "draft") == model::kNone);
}
