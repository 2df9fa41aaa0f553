// The workspace keeps parsed files between checks: after an edit only the
// edited buffer is parsed again; a file changed on disk is read again; the
// texts of old edits do not pile up.
#include "gen/generate.h"
#include "lsp/workspace.h"
#include "lsp_fixture.h"

using namespace kubus;

TEST_CASE("an edit parses the edited buffer again and reuses the other files", "[lsp][workspace]") {
  auto dir = test::temp_dir();
  for (const auto& [name, text] : test::claims_model()) test::write_file(dir / name, text);
  lsp::Workspace ws(test::LspSession::options().load);
  ws.set_root(dir.generic_string());
  std::string org = (dir / "org.kubus").generic_string(), journey = (dir / "journey.kubus").generic_string();
  const ast::File* org_tree = ws.snapshot().tree(org);
  const ast::File* journey_tree = ws.snapshot().tree(journey);
  REQUIRE(org_tree);
  REQUIRE(journey_tree);
  std::size_t library_files = ws.snapshot().trees().size() - 2;
  CHECK(library_files >= 5);  // rules/ccm, through `use ccm`

  ws.open(journey, lsp::Document{"file://x", test::claims_model().at("journey.kubus") + "\nunit extra\n", 1});
  CHECK(ws.dirty());
  const lsp::Snapshot& after = ws.snapshot();
  CHECK_FALSE(ws.dirty());
  CHECK(after.tree(org) == org_tree);           // not parsed again
  CHECK(after.tree(journey) != journey_tree);   // parsed again
  CHECK(after.model_of(journey)->model().find("unit", "extra") != model::kNone);

  // A file changed on disk by another program is read again when told.
  test::write_file(dir / "org.kubus", test::claims_model().at("org.kubus") + "\nunit more\n");
  ws.files_changed();
  CHECK(ws.snapshot().tree(org) != org_tree);
  CHECK(ws.snapshot().model_of(org)->model().find("unit", "more") != model::kNone);
}

TEST_CASE("after many edits the sources start over, and the model is the same", "[lsp][workspace]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "model.kubus", gen::generate_model({1000, 1, false}));
  lsp::Workspace ws(test::LspSession::options().load);
  ws.set_root(dir.generic_string());
  std::string path = (dir / "model.kubus").generic_string();
  std::string text = gen::generate_model({1000, 1, false});
  std::size_t entities = ws.snapshot().models().at(0).model().entities.size();
  std::size_t max_files = 0;
  ws.open(path, lsp::Document{"file://x", text, 1});
  for (int i = 0; i < 60; ++i) {  // each edit adds ~0.5 MB of text: past the slack of 16 MB
    ws.document(path)->text = text + "# edit " + std::to_string(i) + "\n";
    ws.changed(path);
    const auto& snap = ws.snapshot();
    REQUIRE(snap.models().size() == 1);
    CHECK(snap.models()[0].model().entities.size() == entities);
    max_files = std::max(max_files, ws.sources().size());
  }
  CHECK(max_files > 30);
  CHECK(ws.sources().size() < 40);  // started over at least once
  CHECK(ws.diagnostics().all().empty());
}
