#include <sys/stat.h>

#include <filesystem>

#include "support/walk.h"
#include "test_util.h"

namespace fs = std::filesystem;
using namespace kubus;

TEST_CASE("files_below: .kubus files at any depth, sorted, links only to .kubus files, never to directories",
          "[support][walk]") {
  // (A directory it cannot list: tests/cli/reading.sh, as a user that cannot list it.)
  auto dir = test::temp_dir();
  test::write_file(dir / "b.kubus", "");
  test::write_file(dir / "notes.txt", "");
  test::write_file(dir / "sub" / "deeper" / "a.kubus", "");
  fs::create_symlink(dir / "b.kubus", dir / "sub" / "alias.kubus");
  fs::create_symlink("/etc/passwd", dir / "sub" / "passwd.kubus");
  fs::create_directory_symlink(dir, dir / "sub" / "loop");  // would make the walk endless if followed
  REQUIRE(::mkfifo((dir / "pipe.kubus").c_str(), 0600) == 0);

  Walk w = files_below(dir, has_kubus_extension);
  std::string d = dir.generic_string();
  CHECK(w.files == std::vector<std::string>{d + "/b.kubus", d + "/sub/alias.kubus", d + "/sub/deeper/a.kubus"});
  CHECK(w.unreadable.empty());
  REQUIRE(w.links.size() == 1);
  CHECK(w.links[0].path == d + "/sub/passwd.kubus");
  CHECK(w.links[0].message == "'" + d + "/sub/passwd.kubus' links to '/etc/passwd', which is not a model file");
}
