// The silo analysis as one value (graph::analyse): the dependency graph built
// once and moved, never copied; the exports draw the highlights they are given.
#include <catch2/catch.hpp>

#include <type_traits>

#include "graph/analysis.h"
#include "test_util.h"

using namespace kubus;

namespace {

const std::string kBase = R"(
department a { kind: line }
department b { kind: line }
role ra { department: a }
role rb { department: b }
)";

// `n` touchpoints in a chain whose owners alternate between the two
// departments: every handoff is an uncovered-handoff gap.
std::string chain(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "touchpoint t" + std::to_string(1000 + i) + " { phase: deliver owner: " + (i % 2 ? "rb" : "ra");
    if (i + 1 < n) out += " next: [t" + std::to_string(1001 + i) + "]";
    out += " }\n";
  }
  return out;
}

std::unique_ptr<test::Loaded> load(const std::string& text) {
  auto loaded = test::load_text(kBase + text);
  INFO(loaded->diags.all().size() << " diagnostic(s)");
  REQUIRE_FALSE(loaded->diags.has_errors());
  return loaded;
}

graph::Vertex vertex(const graph::Analysis& a, std::string_view kind, std::string_view id) {
  model::Index e = a.graph.model->find(kind, id);
  REQUIRE(e != model::kNone);
  return a.graph.vertex_of[e];
}

}  // namespace

TEST_CASE("the dependency graph is moved with its analysis, never copied", "[graph][analysis]") {
  static_assert(!std::is_copy_constructible_v<graph::DependencyGraph>, "a copy would be a second graph");
  static_assert(!std::is_copy_constructible_v<graph::Analysis>);
  auto loaded = load(chain(3));
  graph::Analysis a = graph::analyse(loaded->model());
  const graph::BoostGraph* built = &a.graph.g();
  REQUIRE(boost::num_vertices(*built) == 7);  // two departments, two roles, three touchpoints
  graph::Analysis kept = std::move(a);
  CHECK(&kept.graph.g() == built);
  graph::Analysis assigned;
  assigned = std::move(kept);
  CHECK(&assigned.graph.g() == built);
  // The highlights are computed with the gaps, from them.
  CHECK(assigned.gaps.count(schema::GapKind::UncoveredHandoff) == 2);
  CHECK(assigned.highlights.handoffs.size() == 2);
}

TEST_CASE("the exports draw the highlights they are given", "[graph][analysis]") {
  auto loaded = load(chain(3));
  graph::Analysis a = graph::analyse(loaded->model());
  REQUIRE_FALSE(a.gaps.gaps.empty());
  CHECK(graph::to_dot(a).find("color=red") != std::string::npos);

  a.highlights = {};  // the gaps stay; nothing is marked
  CHECK(graph::to_dot(a).find("red") == std::string::npos);
  CHECK(graph::to_mermaid(a).find("  class ") == std::string::npos);
  CHECK(graph::to_mermaid(a).find("  linkStyle ") == std::string::npos);

  // A mark no gap made is drawn all the same: the renderers read the marks, not the gaps.
  a.highlights.vertices[loaded->model().find("role", "rb")].insert(schema::GapKind::IsolatedDepartment);
  std::string dot = graph::to_dot(a);
  CHECK(dot.find(R"("role:rb" [shape=ellipse, label="rb", color=red, penwidth=3, fillcolor="#ffe0e0", )"
                 R"(tooltip="isolated-department"];)") != std::string::npos);
  CHECK(dot.find("color=red") == dot.rfind("color=red"));  // that one only
  std::string mermaid = graph::to_mermaid(a);
  CHECK(mermaid.find("  class n" + std::to_string(vertex(a, "role", "rb")) + " gap\n") != std::string::npos);
}
