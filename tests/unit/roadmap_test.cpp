// The roadmap as a user meets it through the commands: which catalogues a run
// plans with, stretching on real assessments, the what-if overrides and
// scenarios, and progress across runs.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "cli/commands.h"
#include "test_util.h"

using namespace kubus;
using cli::Exit;
using cli::Format;

namespace {

const std::string kSource = KUBUS_SOURCE_DIR;

struct Env {
  std::ostringstream out, err;
  driver::DriverEnv env{out, err};
  Env() {
    env.tool_version = "test";
    env.load.library_path = {kSource + "/rules"};
  }
};

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A copy of a bundled assessment in a fresh directory, its assessment.yaml
// changed by `edit`.
std::filesystem::path copy_of(const std::string& name, const std::function<std::string(std::string)>& edit = {}) {
  auto dir = test::temp_dir() / name;
  std::filesystem::copy(kSource + "/assessments/" + name, dir, std::filesystem::copy_options::recursive);
  std::filesystem::remove_all(dir / "report");
  std::filesystem::remove_all(dir / ".kubus");
  if (edit) test::write_file(dir / "assessment.yaml", edit(slurp(dir / "assessment.yaml")));
  return dir;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// `kubus roadmap --format json` of an assessment, with its exit code and stderr.
struct Planned {
  Exit exit = Exit::Ok;
  nlohmann::json doc;
  std::string text, err;
};

Planned roadmap_json(const std::filesystem::path& dir, cli::AssessOptions o = {}) {
  Env e;
  o.assessment = dir.string();
  o.out.format = Format::Json;
  Planned p;
  p.exit = cli::run_roadmap(o, e.env);
  p.text = e.out.str();
  p.err = e.err.str();
  if (p.exit == Exit::Ok) p.doc = nlohmann::json::parse(p.text);
  return p;
}

}  // namespace

TEST_CASE("a byte-identical copy of the bundled matrix plans the same roadmap as `matrix: ccm`", "[roadmap]") {
  auto bundled = copy_of("zorgverzekeraar");
  auto copied = copy_of("zorgverzekeraar", [](std::string a) { return replaced(a, "matrix: ccm", "matrix: my-matrix.yaml"); });
  std::filesystem::copy_file(kSource + "/rules/ccm/matrix.yaml", copied / "my-matrix.yaml");
  auto a = roadmap_json(bundled), b = roadmap_json(copied);
  REQUIRE(a.exit == Exit::Ok);
  REQUIRE(b.exit == Exit::Ok);
  CHECK(a.doc["initiatives"].size() >= 10);
  CHECK(a.text == b.text);
  CHECK(b.err.find("W0702") == std::string::npos);
}

TEST_CASE("a matrix that brings no catalogue warns that nothing can be planned (W0702)", "[roadmap]") {
  auto dir = copy_of("zorgverzekeraar", [](std::string a) { return replaced(a, "matrix: ccm", "matrix: my-matrix.yaml"); });
  // Without `uses: [ccm]` the rules still load (the model says `use ccm`), but no library brings initiatives.
  test::write_file(dir / "my-matrix.yaml", replaced(slurp(kSource + "/rules/ccm/matrix.yaml"), "uses: [ccm]\n", ""));
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  CHECK(p.doc["initiatives"].empty());
  CHECK(p.err.find("warning[W0702]: no initiative fixes any of the") != std::string::npos);
  CHECK(p.err.find("(catalogues read: none)") != std::string::npos);
}

TEST_CASE("the assessment's own catalogue comes after the libraries' and overrides them by ID", "[roadmap]") {
  auto dir = copy_of("zorgverzekeraar", [](std::string a) { return a + "initiatives: [extra.yaml]\n"; });
  test::write_file(dir / "extra.yaml", R"(kubus-initiatives: 1
initiatives:
  - id: governance-board
    title: A board that meets weekly
    fixes: [{rule: line-department-has-sla}, {gap: isolated-department}, {observed: leadership-commitment},
            {observed: process-owner-awareness}]
    effort: 1 pm
    cost: 1000 EUR
)");
  auto p = roadmap_json(dir);
  REQUIRE(p.exit == Exit::Ok);
  bool found = false;
  for (const auto& i : p.doc["initiatives"])
    if (i["id"] == "governance-board") {
      found = true;
      CHECK(i["title"] == "A board that meets weekly");
      CHECK(i["cost"] == 1000);
    }
  CHECK(found);
}
