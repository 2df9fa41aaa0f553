// The structure of the Mermaid and DOT exports (Graphviz itself checks DOT in
// the graph-dot-renders test; no Mermaid renderer runs headless here).
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "gen/generate.h"
#include "graph/analysis.h"
#include "test_util.h"

using namespace kubus;

namespace {

std::string silos_text() {
  std::ifstream in(std::string(KUBUS_SOURCE_DIR) + "/tests/gaps/silos.kubus");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Checks what makes Mermaid accept a flowchart: balanced subgraphs, nodes
// declared once, edges between declared nodes, labels without raw quotes or markup.
void check_mermaid(const std::string& text) {
  auto ls = lines(text);
  REQUIRE(!ls.empty());
  CHECK(ls.front() == "flowchart LR");
  static const std::regex node(R"re(^ +(n\d+)(\(|\[\(|\{\{|>)"(.*)"(\)|\)\]|\}\}|\])$)re");
  static const std::regex subgraph(R"re(^  subgraph (c\d+)\["(.*)"\]$)re");
  static const std::regex edge(R"re(^  (n\d+) (-->|-\.->|-\.-|<-\.->|==>\|"[^"]*"\|) (n\d+)$)re");
  static const std::regex link_style(R"re(^  linkStyle ([\d,]+) .*$)re");
  int depth = 0;
  std::set<std::string> nodes, subgraphs;
  std::vector<std::pair<std::string, std::string>> edges;
  std::vector<std::size_t> styled;
  for (std::size_t i = 1; i < ls.size(); ++i) {
    const std::string& l = ls[i];
    std::smatch m;
    INFO(l);
    if (std::regex_match(l, m, subgraph)) {
      CHECK(depth == 0);
      ++depth;
      CHECK(subgraphs.insert(m[1]).second);
      CHECK(m[2].str().find_first_of("\"<>") == std::string::npos);
    } else if (l == "  end") {
      CHECK(depth == 1);
      --depth;
    } else if (std::regex_match(l, m, node)) {
      CHECK(nodes.insert(m[1]).second);
      CHECK(m[3].str().find_first_of("\"<>") == std::string::npos);
    } else if (std::regex_match(l, m, edge)) {
      edges.emplace_back(m[1], m[3]);
    } else if (std::regex_match(l, m, link_style)) {
      std::stringstream s(m[1]);
      for (std::string n; std::getline(s, n, ',');) styled.push_back(std::stoul(n));
    } else {
      CHECK((l.rfind("  classDef ", 0) == 0 || l.rfind("  class ", 0) == 0 || l.rfind("  style c", 0) == 0));
    }
  }
  CHECK(depth == 0);
  for (const auto& [a, b] : edges) {
    CHECK(nodes.count(a));
    CHECK(nodes.count(b));
  }
  for (std::size_t i : styled) CHECK(i < edges.size());
}

}  // namespace

TEST_CASE("Mermaid export is well formed and escapes labels", "[graph][export]") {
  auto loaded = test::load_text(silos_text());
  REQUIRE_FALSE(loaded->diags.has_errors());
  std::string text = graph::to_mermaid(graph::analyse(loaded->model()));
  check_mermaid(text);
  CHECK(text.find("[(\"Letters #quot;sales#quot; #lt;b#gt;\")]") != std::string::npos);
  CHECK(text.find("  class ") != std::string::npos);
  CHECK(text.find("  linkStyle ") != std::string::npos);

  gen::GenOptions options;
  options.touchpoints = 300;
  options.seed = 7;
  auto generated = test::load_text(gen::generate_model(options));
  REQUIRE_FALSE(generated->diags.has_errors());
  check_mermaid(graph::to_mermaid(graph::analyse(generated->model())));
}

TEST_CASE("DOT export escapes names and highlights gaps", "[graph][export]") {
  auto loaded = test::load_text(silos_text());
  std::string dot = graph::to_dot(graph::analyse(loaded->model()));
  CHECK(dot.find(R"(label="Letters \"sales\" <b>")") != std::string::npos);
  CHECK(dot.find(R"("touchpoint:welcome" -> "touchpoint:claim" [color=red, penwidth=3, tooltip="context-break, uncovered-handoff"])") !=
        std::string::npos);
  CHECK(dot.find("subgraph \"cluster_care\" {\n    label=\"care\";\n    color=red;") != std::string::npos);
  // Same model, same bytes.
  CHECK(dot == graph::to_dot(graph::analyse(loaded->model())));
}
