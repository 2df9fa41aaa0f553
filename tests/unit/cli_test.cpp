// The commands run against string streams (DriverEnv), as main() runs them
// against the process's: what they print, where, and their exit codes.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "driver/output.h"
#include "cli_fixture.h"
#include "test_util.h"

using namespace kubus;
using cli::Exit;
using cli::Format;

namespace {

using test::Env;
using test::kSource;
using test::slurp;

// A copy of the bundled energieleverancier assessment in a fresh directory.
std::filesystem::path assessment_copy() {
  auto dir = test::temp_dir() / "a";
  std::filesystem::copy(kSource + "/assessments/energieleverancier", dir, std::filesystem::copy_options::recursive);
  std::filesystem::remove_all(dir / "report");
  std::filesystem::remove_all(dir / ".kubus");
  return dir;
}

}  // namespace

TEST_CASE("check prints diagnostics on stderr, a summary line and exits 1 on errors", "[cli]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "m.kubus", "department d \"D\" {\n  kind: lin\n}\n");
  Env e;
  CHECK(cli::run_check({{(dir / "m.kubus").string()}, {}}, e.env) == Exit::Errors);
  CHECK(e.out.str().empty());
  CHECK(e.err.str().find("error[E") != std::string::npos);
  CHECK(e.err.str().find("did you mean 'line'") != std::string::npos);
  CHECK(e.err.str().find("checked 1 file(s), 1 declaration(s), 0 handoff(s): 1 error(s)") != std::string::npos);
}

TEST_CASE("check --format json prints one JSON document on stdout and no summary", "[cli]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "m.kubus", "department d \"D\" {\n  kind: lin\n}\n");
  Env e;
  CHECK(cli::run_check({{(dir / "m.kubus").string()}, {Format::Json, cli::Color::Never}}, e.env) == Exit::Errors);
  auto doc = nlohmann::json::parse(e.out.str());
  REQUIRE(doc["diagnostics"].size() == 1);
  CHECK(doc["diagnostics"][0]["location"]["line"] == 2);
  CHECK(doc["errors"] == 1);
  CHECK(e.err.str().empty());
}

TEST_CASE("a path that cannot be read is exit 2", "[cli]") {
  Env e;
  CHECK(cli::run_check({{"/nonexistent/kubus/model"}, {}}, e.env) == Exit::Usage);
  CHECK(e.err.str().find("/nonexistent/kubus/model") != std::string::npos);
}

TEST_CASE("gaps --format json of an assessment is the gap document", "[cli]") {
  Env e;
  CHECK(cli::run_gaps({{kSource + "/assessments/zorgverzekeraar"}, {}, {Format::Json, cli::Color::Never}}, e.env) ==
        Exit::Ok);
  auto doc = nlohmann::json::parse(e.out.str());
  CHECK(doc["gaps"].size() > 0);
  for (const auto& g : doc["gaps"]) CHECK(g.contains("evidence"));
}

TEST_CASE("graph -o writes devices in place, follows links and refuses directories", "[cli][output]") {
  auto dir = test::temp_dir();
  cli::GapsOptions o{{kSource + "/assessments/zorgverzekeraar"}, "/dev/null", {Format::Dot, cli::Color::Never}};
  SECTION("a character device is written, never replaced") {
    Env e;
    CHECK(cli::run_graph(o, e.env) == Exit::Ok);
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  }
  SECTION("a symbolic link keeps pointing at the file, which gets the graph") {
    test::write_file(dir / "real.dot", "old");
    std::filesystem::create_symlink(dir / "real.dot", dir / "link.dot");
    o.output = (dir / "link.dot").string();
    Env e;
    CHECK(cli::run_graph(o, e.env) == Exit::Ok);
    CHECK(std::filesystem::is_symlink(dir / "link.dot"));
    CHECK(slurp(dir / "real.dot").rfind("digraph kubus {", 0) == 0);
  }
  SECTION("a directory is refused with exit 2 and left alone") {
    o.output = dir.string();
    Env e;
    CHECK(cli::run_graph(o, e.env) == Exit::Usage);
    CHECK(e.err.str().find("it is a directory") != std::string::npos);
    CHECK(std::filesystem::is_directory(dir));
  }
  SECTION("a FIFO is written in place") {
    auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string read;
    std::thread reader([&] { read = slurp(fifo); });
    o.output = fifo.string();
    Env e;
    CHECK(cli::run_graph(o, e.env) == Exit::Ok);
    reader.join();
    CHECK(read.rfind("digraph kubus {", 0) == 0);
    struct stat st {};
    REQUIRE(::stat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
  }
  SECTION("the process's own standard output is written to the output stream") {
    auto file = dir / "stdout.txt";
    test::write_file(file, "");
    int fd = ::open(file.c_str(), O_RDONLY);
    o.output = file.string();
    Env e;
    e.env.out_fd = fd;
    CHECK(cli::run_graph(o, e.env) == Exit::Ok);
    ::close(fd);
    CHECK(e.out.str().rfind("digraph kubus {", 0) == 0);
    CHECK(slurp(file).empty());
  }
}

TEST_CASE("write_file keeps a replaced file's permissions and leaves no temporary", "[output]") {
  auto dir = test::temp_dir();
  auto file = dir / "out.txt";
  test::write_file(file, "old");
  ::chmod(file.c_str(), 0640);
  test::write_file(dir / ("out.txt.kubus-tmp-" + std::to_string(0x7ffffff0)), "a killed run's");
  std::string error;
  REQUIRE(driver::write_file(file.string(), "new", error));
  CHECK(slurp(file) == "new");
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a stream that cannot be written is noticed", "[output]") {
  std::ostringstream out;
  out << "text";
  CHECK(driver::flushed(out));
  out.setstate(std::ios::badbit);
  CHECK_FALSE(driver::flushed(out));
}

TEST_CASE("assess writes the report set as a whole", "[cli][output]") {
  auto a = assessment_copy();
  auto out = a.parent_path() / "out";
  cli::AssessOptions o;
  o.assessment = a.string();
  o.out_dir = out.string();
  o.no_history = true;

  SECTION("into a new directory, printing the summary") {
    Env e;
    CHECK(cli::run_assess(o, e.env) == Exit::Ok);
    for (auto f : {"report.json", "report.md", "report.html", "report.xlsx", "findings.sarif", "charts/radar.svg"})
      CHECK(std::filesystem::is_regular_file(out / f));
    CHECK(e.out.str().find("Wrote report.json, report.md, report.html, report.xlsx and findings.sarif") != std::string::npos);
  }
  SECTION("replacing a previous set, its stray report files and a killed run's staging directory") {
    test::write_file(out / "report.json", "{}");
    test::write_file(out / "report.pdf", "from another run");
    auto stale = a.parent_path() / (".out.kubus-tmp-" + std::to_string(0x7ffffff0));
    test::write_file(stale / "report.json", "partial");
    Env e;
    CHECK(cli::run_assess(o, e.env) == Exit::Ok);
    CHECK(slurp(out / "report.json").find("\"kubus-report\": 2") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out / "report.pdf"));
    CHECK_FALSE(std::filesystem::exists(stale));
    for (const auto& entry : std::filesystem::directory_iterator(a.parent_path()))
      CHECK(entry.path().filename().string().find("kubus-tmp") == std::string::npos);
  }
  SECTION("file by file into a directory that holds other files too, which stay") {
    test::write_file(out / "notes.txt", "mine");
    test::write_file(out / "report.pdf", "from another run");
    Env e;
    CHECK(cli::run_assess(o, e.env) == Exit::Ok);
    CHECK(slurp(out / "notes.txt") == "mine");
    CHECK(std::filesystem::is_regular_file(out / "report.html"));
    CHECK_FALSE(std::filesystem::exists(out / "report.pdf"));
  }
  SECTION("--format json prints report.json and nothing else") {
    o.out.format = Format::Json;
    Env e;
    CHECK(cli::run_assess(o, e.env) == Exit::Ok);
    CHECK(e.out.str() == slurp(out / "report.json"));
  }
  SECTION("--fail-below above the score fails the gate (exit 4) after writing the reports") {
    o.fail_below = 4.9;
    Env e;
    CHECK(cli::run_assess(o, e.env) == Exit::Gate);
    CHECK(e.err.str().find("is below --fail-below") != std::string::npos);
    CHECK(std::filesystem::is_regular_file(out / "report.json"));
  }
}

TEST_CASE("explain names an unknown target with a suggestion and exits 2", "[cli]") {
  Env e;
  cli::ExplainOptions o;
  o.target = "governanse";
  o.assessment = kSource + "/assessments/zorgverzekeraar";
  CHECK(cli::run_explain(o, e.env) == Exit::Usage);
  CHECK(e.err.str().find("no rule or dimension named 'governanse' (did you mean 'governance'?)") != std::string::npos);
}

TEST_CASE("explain of a rule lists its instances with their operands", "[cli]") {
  Env e;
  cli::ExplainOptions o;
  o.target = "touchpoint-has-owner";
  o.assessment = kSource + "/assessments/zorgverzekeraar";
  CHECK(cli::run_explain(o, e.env) == Exit::Ok);
  CHECK(e.out.str().rfind("rule touchpoint-has-owner ", 0) == 0);
  CHECK(e.out.str().find("PASS ") != std::string::npos);
  CHECK(e.out.str().find(" = ") != std::string::npos);
}

TEST_CASE("init, check and assess: the skeleton passes both", "[cli]") {
  auto dir = test::temp_dir() / "new";
  Env e;
  REQUIRE(cli::run_init(dir.string(), e.env) == Exit::Ok);
  CHECK(cli::run_check({{(dir / "model").string(), (dir / "assessment.yaml").string()}, {}}, e.env) == Exit::Ok);
  cli::AssessOptions o;
  o.assessment = dir.string();
  o.no_history = true;
  CHECK(cli::run_assess(o, e.env) == Exit::Ok);
  Env again;
  CHECK(cli::run_init(dir.string(), again.env) == Exit::Usage);
  CHECK(again.err.str().find("exists and is not empty") != std::string::npos);
}

TEST_CASE("history and diff: recorded runs, and what changed", "[cli]") {
  auto a = assessment_copy();
  cli::AssessOptions o;
  o.assessment = a.string();
  o.out_dir = (a / "report").string();
  Env e;
  REQUIRE(cli::run_assess(o, e.env) == Exit::Ok);
  cli::HistoryOptions h;
  h.assessment = a.string();
  Env one;
  CHECK(cli::run_diff(h, one.env) == Exit::Errors);
  CHECK(one.err.str().find("diff needs two recorded runs") != std::string::npos);
  REQUIRE(cli::run_assess(o, e.env) == Exit::Ok);
  Env list;
  h.out.format = Format::Json;
  CHECK(cli::run_history(h, list.env) == Exit::Ok);
  CHECK(nlohmann::json::parse(list.out.str())["runs"].size() == 2);
  Env diff_json;
  CHECK(cli::run_diff(h, diff_json.env) == Exit::Ok);
  auto d = nlohmann::json::parse(diff_json.out.str());
  CHECK(d["from"] == "run 1");
  CHECK(d["to"] == "run 2");
  CHECK(d["findings"]["new"].empty());
  h.out.format = Format::Text;
  Env diff;
  CHECK(cli::run_diff(h, diff.env) == Exit::Ok);
  CHECK(diff.out.str().rfind("Changes from run 1 to run 2:\n  overall score ", 0) == 0);
  h.runs = {"1"};
  Env bad;
  CHECK(cli::run_diff(h, bad.env) == Exit::Usage);
}

TEST_CASE("assess: a history that is not Kubus's is exit 2 with its code and path, and stays as it was", "[cli]") {
  auto a = assessment_copy();
  auto db = a / "other.db";
  test::write_file(db, "SQLite format 3 is what this is not\n");
  std::string before = slurp(db);
  cli::AssessOptions o;
  o.assessment = a.string();
  o.out_dir = (a / "report").string();
  o.history = db.string();
  Env e;
  CHECK(cli::run_assess(o, e.env) == Exit::Usage);
  CHECK(e.err.str().rfind(db.string() + ": error[E0901]: '" + db.string() + "' is not a Kubus history", 0) == 0);
  CHECK(slurp(db) == before);
  CHECK_FALSE(std::filesystem::exists(a / "report"));  // stopped before anything was written
  cli::HistoryOptions h;
  h.assessment = a.string();
  h.db = db.string();
  Env list;
  CHECK(cli::run_history(h, list.env) == Exit::Usage);
  CHECK(list.err.str().find("error[E0901]") != std::string::npos);
  h.db = (a / "none.db").string();
  Env none;
  CHECK(cli::run_history(h, none.env) == Exit::Usage);
  CHECK(none.err.str().find("error[E0906]: no history at '" + h.db + "'") != std::string::npos);
}

TEST_CASE("fmt --check lists what would change and changes nothing", "[cli]") {
  auto dir = test::temp_dir();
  test::write_file(dir / "m.kubus", "department   d \"D\" {kind: line}\n");
  Env e;
  cli::FmtOptions o;
  o.paths = {dir.string()};
  o.check = true;
  CHECK(cli::run_fmt(o, e.env) == Exit::Errors);
  CHECK(e.out.str() == (dir / "m.kubus").generic_string() + "\n");
  CHECK(slurp(dir / "m.kubus") == "department   d \"D\" {kind: line}\n");
  o.check = false;
  Env w;
  CHECK(cli::run_fmt(o, w.env) == Exit::Ok);
  CHECK(slurp(dir / "m.kubus") == "department d \"D\" {\n  kind: line\n}\n");
}

TEST_CASE("test runs rule tests and exits 1 when one fails", "[cli]") {
  Env e;
  CHECK(cli::run_test({{kSource + "/tests/rules/examples"}, {}}, e.env) == Exit::Ok);
  CHECK(e.out.str().find("PASS: ") != std::string::npos);
  auto dir = test::temp_dir();
  test::write_file(dir / "t.kubus",
                   "rule r \"R\" {\n  for t in touchpoints\n  expect t.mandatory\n}\n"
                   "touchpoint a \"A\" {\n  phase: promise\n}\n"
                   "test r-flags-none \"wrong on purpose\" {\n  rule: r\n  flags: []\n}\n");
  Env f;
  CHECK(cli::run_test({{(dir / "t.kubus").string()}, {}}, f.env) == Exit::Errors);
  CHECK(f.out.str().find("FAIL ") != std::string::npos);
}

TEST_CASE("fmt - formats standard input to standard output, and reports syntax errors as <stdin>", "[cli]") {
  cli::FmtOptions o;
  o.paths = {"-"};
  std::istringstream in("department   d \"D\" {kind: line}\n");
  Env e;
  e.env.in = &in;
  CHECK(cli::run_fmt(o, e.env) == Exit::Ok);
  CHECK(e.out.str() == "department d \"D\" {\n  kind: line\n}\n");
  std::istringstream broken("unit u \"U\" {\n");
  Env b;
  b.env.in = &broken;
  CHECK(cli::run_fmt(o, b.env) == Exit::Errors);
  CHECK(b.out.str().empty());
  CHECK(b.err.str().rfind("<stdin>:1:12: error[E0105]", 0) == 0);
  std::istringstream messy("unit u \"U\" {description: \"x\"}\n");
  Env c;
  c.env.in = &messy;
  o.check = true;
  CHECK(cli::run_fmt(o, c.env) == Exit::Errors);
  CHECK(c.out.str() == "<stdin>\n");
}

TEST_CASE("assess: a rule that does too much work stops with a located error and never hangs", "[cli][work]") {
  auto a = assessment_copy();
  auto nested = [](int depth) {
    std::string expr;
    for (int i = 0; i < depth; ++i) expr += "all v" + std::to_string(i) + " in touchpoints: ";
    return expr + "v0.phase == promise";
  };
  cli::AssessOptions o;
  o.assessment = a.string();
  o.out_dir = (a / "report").string();
  o.no_history = true;
  // Fifty nested quantifiers: 5^50 and more steps; refused when the rules are checked.
  test::write_file(a / "model" / "heavy.kubus", "rule fifty {\n  expect " + nested(50) + "\n}\n");
  Env deep;
  CHECK(cli::run_assess(o, deep.env) == Exit::Errors);
  CHECK(deep.err.str().find("heavy.kubus:2:") != std::string::npos);
  CHECK(deep.err.str().find("error[E0313]: rule 'fifty' nests quantifiers and filters more than 8 deep") !=
        std::string::npos);
  // Seven, for every touchpoint: within the nesting limit, far past the work limit.
  test::write_file(a / "model" / "heavy.kubus", "rule seven {\n  for t in touchpoints\n  expect " + nested(7) + "\n}\n");
  Env wide;
  CHECK(cli::run_assess(o, wide.env) == Exit::Errors);
  CHECK(wide.err.str().find("heavy.kubus:1:6: error[E0406]: rule 'seven' does too much work") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(a / "report"));
}
