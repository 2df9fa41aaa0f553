// The silo analysis as one value (graph::analyse): the dependency graph built
// once and moved, never copied; the exports draw the highlights they are given;
// report.html chooses what to draw of a large graph on that data alone.
#include <catch2/catch.hpp>

#include <type_traits>

#include "graph/analysis.h"
#include "report/html.h"
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

// `n` touchpoints of department a that hand nothing on: far from any gap.
std::string fillers(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "touchpoint f" + std::to_string(1000 + i) + " { phase: promise owner: ra }\n";
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

std::size_t shown_count(const graph::Shown& s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), true)); }

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

TEST_CASE("to_dot draws only the vertices shown, the edges between them and the clusters that keep one",
          "[graph][analysis]") {
  auto loaded = load(chain(3) + "department c { kind: support }\nrole rc { department: c }\n");
  graph::Analysis a = graph::analyse(loaded->model());
  graph::Shown shown(boost::num_vertices(a.graph.g()), false);
  shown[vertex(a, "touchpoint", "t1000")] = true;
  shown[vertex(a, "touchpoint", "t1001")] = true;
  shown[vertex(a, "role", "ra")] = true;
  std::string dot = graph::to_dot(a, shown);
  CHECK(dot.find("\"touchpoint:t1000\" [") != std::string::npos);
  CHECK(dot.find("\"touchpoint:t1001\" [") != std::string::npos);
  CHECK(dot.find("\"touchpoint:t1002\"") == std::string::npos);  // neither the vertex nor its handoff
  CHECK(dot.find("\"touchpoint:t1000\" -> \"touchpoint:t1001\"") != std::string::npos);
  CHECK(dot.find("\"touchpoint:t1000\" -> \"role:ra\"") != std::string::npos);
  CHECK(dot.find("\"touchpoint:t1001\" -> \"role:rb\"") == std::string::npos);
  CHECK(dot.find("cluster_a") != std::string::npos);
  CHECK(dot.find("cluster_b") != std::string::npos);  // t1001 is owned in b
  CHECK(dot.find("cluster_c") == std::string::npos);
  // Without a selection, everything.
  CHECK(graph::to_dot(a).find("cluster_c") != std::string::npos);
}

TEST_CASE("report.html draws a small graph whole", "[html][analysis]") {
  auto loaded = load(chain(4));
  auto selection = report::html::select_graph(graph::analyse(loaded->model()));
  CHECK(selection.drawn);
  CHECK(selection.shown.empty());
  CHECK(selection.note.empty());
}

TEST_CASE("report.html cuts a large graph down to the marked vertices and their drawn neighbours", "[html][analysis]") {
  auto loaded = load(chain(2) + fillers(report::html::kGraphFullLimit));
  graph::Analysis a = graph::analyse(loaded->model());
  auto selection = report::html::select_graph(a);
  REQUIRE(selection.drawn);
  REQUIRE(selection.shown.size() == boost::num_vertices(a.graph.g()));
  // The two touchpoints of the handoff, and their owners; not the touchpoints of those owners.
  CHECK(shown_count(selection.shown) == 4);
  for (auto [kind, id] : {std::pair{"touchpoint", "t1000"}, {"touchpoint", "t1001"}, {"role", "ra"}, {"role", "rb"}})
    CHECK(selection.shown[vertex(a, kind, id)]);
  CHECK_FALSE(selection.shown[vertex(a, "touchpoint", "f1000")]);
  CHECK(selection.note == "The graph has 156 vertices, 2 of them in gaps: shown are those and their direct "
                          "neighbours, 4 vertices. The whole graph: kubus graph.");

  // What is marked decides, not what the gaps list. A neighbour is one across an
  // edge the drawing shows: a role's department is its cluster, not an edge.
  a.highlights = {};
  a.highlights.vertices[loaded->model().find("role", "rb")].insert(schema::GapKind::IsolatedDepartment);
  selection = report::html::select_graph(a);
  CHECK(shown_count(selection.shown) == 2);  // rb and the touchpoint it owns
  CHECK(selection.shown[vertex(a, "role", "rb")]);
  CHECK(selection.shown[vertex(a, "touchpoint", "t1001")]);
  CHECK_FALSE(selection.shown[vertex(a, "department", "b")]);
  CHECK_FALSE(selection.shown[vertex(a, "touchpoint", "t1000")]);

  a.highlights = {};
  selection = report::html::select_graph(a);
  CHECK_FALSE(selection.drawn);
  CHECK(selection.note.find("even its biggest gap is too big") != std::string::npos);
}

TEST_CASE("report.html keeps the biggest gaps that fit, by their entities, not by IDs", "[html][analysis]") {
  // More gap vertices than the cut-down drawing holds. A role shares its ID with
  // the first touchpoint of the chain (IDs are unique per kind): it must not come
  // along with that touchpoint's gaps.
  const int n = report::html::kGraphFullLimit;
  auto loaded = load(chain(n) + "role t1000 { department: b }\n");
  graph::Analysis a = graph::analyse(loaded->model());
  auto selection = report::html::select_graph(a);
  REQUIRE(selection.drawn);
  std::size_t shown = shown_count(selection.shown);
  CHECK(shown > 0);
  CHECK(shown <= std::size_t(report::html::kGraphGapLimit));
  CHECK(selection.shown[vertex(a, "touchpoint", "t1000")]);
  CHECK_FALSE(selection.shown[vertex(a, "role", "t1000")]);
  CHECK(selection.note.find("shown are the " + std::to_string(shown) + " vertices of the ") != std::string::npos);
}
