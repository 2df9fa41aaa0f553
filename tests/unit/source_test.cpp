// The SourceManager's overlays: an editor's unsaved buffers stand in for files.
#include <catch2/catch.hpp>

#include "support/source.h"
#include "test_util.h"

using namespace kubus;

TEST_CASE("an overlay is read and loaded instead of the file, until it is removed", "[source]") {
  auto dir = test::temp_dir();
  std::string path = (dir / "a.kubus").generic_string();
  test::write_file(dir / "a.kubus", "unit on-disk\n");
  SourceManager sm;
  sm.set_overlay(path, "unit in-buffer\n");
  CHECK(*sm.read(path) == "unit in-buffer\n");
  FileId id = *sm.load(path);
  CHECK(sm.file(id).text == "unit in-buffer\n");
  CHECK(sm.bytes() == std::string("unit in-buffer\n").size());
  sm.remove_overlay(path);
  CHECK(*sm.read(path) == "unit on-disk\n");
  CHECK_FALSE(sm.read((dir / "missing.kubus").generic_string()));
}

TEST_CASE("the overlays below a directory: at any depth, by extension, sorted", "[source]") {
  SourceManager sm;
  for (const char* p : {"/w/model/b.kubus", "/w/model/deep/a.kubus", "/w/model/notes.txt", "/w/model2/c.kubus",
                        "/w/assessment.yaml", "/w/model/x.yml"})
    sm.set_overlay(p, "");
  CHECK(sm.overlays_below("/w/model", ".kubus") == std::vector<std::string>{"/w/model/b.kubus", "/w/model/deep/a.kubus"});
  CHECK(sm.overlays_below("/w/model/", ".kubus") == sm.overlays_below("/w/model", ".kubus"));
  CHECK(sm.overlays_below("/w/./model", ".kubus").size() == 2);
  CHECK(sm.overlays_below("/w", ".yaml") == std::vector<std::string>{"/w/assessment.yaml"});
  CHECK(sm.overlays_below("/w/model/b.kubus", ".kubus").empty());  // a file holds nothing
}
