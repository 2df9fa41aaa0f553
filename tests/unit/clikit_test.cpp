// The command-line toolkit: enum options by name, mistyped words named with
// the closest valid one, the manual page.
#include <catch2/catch.hpp>

#include "clikit/clikit.h"

using namespace kubus;

namespace {

enum class Shape { Round, Square, Star };
constexpr std::array<std::pair<std::string_view, Shape>, 3> kShapes = {{
    {"round", Shape::Round},
    {"square", Shape::Square},
    {"star", Shape::Star},
}};

struct App {
  CLI::App app{"demo"};
  Shape shape = Shape::Round;
  App() {
    app.name("demo");
    auto* draw = app.add_subcommand("draw", "Draw a shape");
    draw->add_option("--shape", shape, "The shape")
        ->transform(clikit::names_validator(clikit::names_of(kShapes, {Shape::Round, Shape::Square})));
    app.add_subcommand("erase", "Erase it");
  }
  std::optional<std::string> unknown(std::vector<const char*> args) {
    args.insert(args.begin(), "demo");
    return clikit::unknown_word(app, static_cast<int>(args.size()), const_cast<char**>(args.data()));
  }
};

}  // namespace

TEST_CASE("an enum option takes the names of its table, and only the allowed ones", "[clikit]") {
  App a;
  a.app.parse(std::vector<std::string>{"square", "--shape", "draw"});
  CHECK(a.shape == Shape::Square);
  App b;
  CHECK_THROWS_WITH(b.app.parse(std::vector<std::string>{"sqare", "--shape", "draw"}),
                    Catch::Contains("'sqare' is not one of round, square; did you mean 'square'?"));
  App c;
  CHECK_THROWS_WITH(c.app.parse(std::vector<std::string>{"star", "--shape", "draw"}),
                    Catch::Contains("'star' is not one of round, square"));
}

TEST_CASE("a mistyped command or option is named with the closest valid one", "[clikit]") {
  App a;
  CHECK(a.unknown({"drow"}) == "unknown command 'drow'; did you mean 'draw'? (`demo help` lists the commands)");
  CHECK(a.unknown({"draw", "--shap", "round"}) ==
        "unknown option '--shap' for `demo draw`; did you mean '--shape'? (`demo help draw` lists them)");
  CHECK(a.unknown({"draw", "--shape=round"}) == std::nullopt);
  CHECK(a.unknown({"draw", "--", "--anything"}) == std::nullopt);
  CHECK(a.unknown({"--help"}) == std::nullopt);
  CHECK(a.unknown({"zzzzzzzz"}) == "unknown command 'zzzzzzzz' (`demo help` lists the commands)");
}

TEST_CASE("finite numbers only", "[clikit]") {
  for (std::string bad : {"nan", "inf", "-inf", "1e999", "3x", ""}) {
    std::string text = bad;
    CHECK_FALSE(clikit::kFinite(text).empty());
  }
  std::string ok = "3.5";
  CHECK(clikit::kFinite(ok).empty());
}

TEST_CASE("the manual page lists every command and option, escaped for roff", "[clikit]") {
  App a;
  std::string page = clikit::man_page(a.app, {"demo", "1.0", "draw shapes", ".starts with a dot", "demo(7)",
                                              {{0, "done"}, {2, "usage error"}}, {{"DEMO_PATH", "a\\path"}}});
  CHECK(page.rfind(".TH DEMO 1 \"\" \"demo 1.0\"", 0) == 0);
  CHECK(page.find(".SS \"demo draw\"\nDraw a shape") != std::string::npos);
  CHECK(page.find(".B \\-\\-shape\nThe shape (one of round, square)") != std::string::npos);
  CHECK(page.find(".SS \"demo erase\"") != std::string::npos);
  CHECK(page.find("\n\\&.starts with a dot\n") != std::string::npos);
  CHECK(page.find("a\\epath") != std::string::npos);
  CHECK(page.find(".B 2\nusage error") != std::string::npos);
}
