// The department overview (graph::department_overview, folded by
// fold_departments) and the focus of one gap (graph::focus): what the report's
// silo pictures draw, computed on the analysis's data.
#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/analysis.h"
#include "graph/focus.h"
#include "test_util.h"

using namespace kubus;
using schema::GapKind;

namespace {

// a and b hand the customer back and forth (t1 <-> t2) without an SLA; b hands
// on inside itself (t2 -> t3); c owns t4 and links to nobody; t5 has no owner.
// Nothing holds customer history, so every handoff is a context break.
const std::string kModel = R"(
department a { kind: line }
department b { kind: line }
department c { kind: support }
role ra { department: a }
role rb { department: b }
role rc { department: c }
touchpoint t1 { phase: deliver owner: ra next: [t2] }
touchpoint t2 { phase: deliver owner: rb next: [t1, t3] }
touchpoint t3 { phase: deliver owner: rb }
touchpoint t4 { phase: deliver owner: rc }
touchpoint t5 { phase: deliver }
)";

std::unique_ptr<test::Loaded> load(const std::string& text) {
  auto loaded = test::load_text(text);
  INFO(loaded->diags.all().size() << " diagnostic(s)");
  REQUIRE_FALSE(loaded->diags.has_errors());
  return loaded;
}

std::size_t at(const graph::GapCounts& c, GapKind k) { return c[static_cast<std::size_t>(k)]; }

const graph::DepartmentEdge* edge(const graph::DepartmentOverview& o, std::size_t from, std::size_t to) {
  for (const auto& e : o.edges)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("the department overview counts touchpoints, handoffs and the gaps on each", "[graph][departments]") {
  auto loaded = load(kModel);
  graph::Analysis a = graph::analyse(loaded->model());
  const graph::DepartmentOverview& o = a.departments;
  REQUIRE(o.nodes.size() == 4);  // a, b, c and the touchpoint without a department
  CHECK(o.nodes[0].department == loaded->model().find("department", "a"));
  CHECK(o.nodes[3].department == model::kNone);
  CHECK(o.nodes[0].touchpoints == 1);
  CHECK(o.nodes[1].touchpoints == 2);
  CHECK(o.nodes[3].touchpoints == 1);
  CHECK(o.nodes[1].internal_handoffs == 1);
  // The context break inside b lies in b; c is on its own.
  CHECK(at(o.nodes[1].gaps, GapKind::ContextBreak) == 1);
  CHECK(graph::total(o.nodes[1].gaps) == 1);
  CHECK(at(o.nodes[2].gaps, GapKind::IsolatedDepartment) == 1);
  CHECK(graph::total(o.nodes[0].gaps) == 0);
  // One edge per direction, each with its handoff's gaps and the circle they make.
  REQUIRE(o.edges.size() == 2);
  for (auto [from, to] : {std::pair{0, 1}, {1, 0}}) {
    const auto* e = edge(o, from, to);
    REQUIRE(e);
    CHECK(e->handoffs == 1);
    CHECK(at(e->gaps, GapKind::UncoveredHandoff) == 1);
    CHECK(at(e->gaps, GapKind::ContextBreak) == 1);
    CHECK(at(e->gaps, GapKind::PingPong) == 1);
  }
}

TEST_CASE("the department overview leaves out covered handoffs and waived gaps", "[graph][departments]") {
  auto loaded = load(kModel + "sla ab { from: a  to: b  target: response-time <= 2 days }\n");
  graph::Analysis a = graph::analyse(loaded->model());
  CHECK(at(edge(a.departments, 0, 1)->gaps, GapKind::UncoveredHandoff) == 0);  // the SLA covers a -> b
  CHECK(at(edge(a.departments, 1, 0)->gaps, GapKind::UncoveredHandoff) == 1);  // not b -> a
  // A model where every touchpoint has a department has no no-department node.
  auto owned = load(kModel.substr(0, kModel.find("touchpoint t5")));
  CHECK(graph::analyse(owned->model()).departments.nodes.size() == 3);
}

TEST_CASE("folding keeps the departments with the most gaps and adds up the rest", "[graph][departments]") {
  auto loaded = load(kModel);
  graph::Analysis a = graph::analyse(loaded->model());
  CHECK(graph::fold_departments(a.departments, 3).nodes.size() == 4);  // nothing to fold
  graph::DepartmentOverview f = graph::fold_departments(a.departments, 1);
  REQUIRE(f.nodes.size() == 2);
  // b has the most gaps: its context break and the gaps on its links with a.
  CHECK(f.nodes[0].department == loaded->model().find("department", "b"));
  // a's gaps are all on its links, and count: a comes before c, isolated but alone.
  graph::DepartmentOverview two = graph::fold_departments(a.departments, 2);
  REQUIRE(two.nodes.size() == 3);  // kept in model order, then the folded node
  CHECK(two.nodes[0].department == loaded->model().find("department", "a"));
  CHECK(two.nodes[1].department == loaded->model().find("department", "b"));
  CHECK(two.nodes[2].folded == 2);
  CHECK(f.nodes[1].folded == 3);
  CHECK(f.nodes[1].touchpoints == 3);
  CHECK(at(f.nodes[1].gaps, GapKind::IsolatedDepartment) == 1);
  // a's edges now run to and from the folded node, their gaps intact.
  REQUIRE(f.edges.size() == 2);
  CHECK(at(edge(f, 1, 0)->gaps, GapKind::UncoveredHandoff) == 1);
  CHECK(edge(f, 0, 1)->handoffs == 1);
  // Folding two nodes that hand off to each other makes their handoffs internal.
  graph::DepartmentOverview g = graph::fold_departments(a.departments, 0);
  REQUIRE(g.nodes.size() == 1);
  CHECK(g.edges.empty());
  CHECK(g.nodes[0].internal_handoffs == 3);
  CHECK(at(g.nodes[0].gaps, GapKind::UncoveredHandoff) == 2);
}

TEST_CASE("a gap's focus draws its members, what they need beside them, and no more than fits", "[graph][departments]") {
  std::string model = "department a { kind: line }\ndepartment b { kind: line }\nrole ra { department: a }\n"
                      "role rb { department: b }\ncapability letters { family: outbound }\ncomponent tool { capabilities: [letters] department: b }\n";
  const int n = 30;  // a circle of 30 touchpoints, alternating between a and b, all using the tool
  for (int i = 0; i < n; ++i)
    model += "touchpoint p" + std::to_string(100 + i) + " { phase: deliver owner: " + (i % 2 ? "rb" : "ra") +
             " uses: [tool] next: [p" + std::to_string(100 + (i + 1) % n) + "] }\n";
  auto loaded = load(model);
  graph::Analysis a = graph::analyse(loaded->model());
  auto circle = std::find_if(a.gaps.gaps.begin(), a.gaps.gaps.end(), [](const auto& g) { return g.kind == GapKind::PingPong; });
  REQUIRE(circle != a.gaps.gaps.end());
  graph::Focus f = graph::focus(a, *circle, 12);
  CHECK(f.vertices.size() == 12);
  CHECK(f.left_out == std::size_t(n - 12));
  CHECK(std::all_of(f.member.begin(), f.member.end(), [](bool m) { return m; }));
  CHECK(f.departments.size() == 2);
  // The handoffs between drawn touchpoints, all inside the circle.
  CHECK(f.handoffs.size() == 11);
  CHECK(std::all_of(f.gap_handoff.begin(), f.gap_handoff.end(), [](bool g) { return g; }));

  // A context break draws its two ends and the systems they use, beside them.
  auto brk = std::find_if(a.gaps.gaps.begin(), a.gaps.gaps.end(), [](const auto& g) { return g.kind == GapKind::ContextBreak; });
  REQUIRE(brk != a.gaps.gaps.end());
  f = graph::focus(a, *brk, 12);
  REQUIRE(f.vertices.size() == 3);
  CHECK(f.vertices[2] == loaded->model().find("component", "tool"));
  CHECK_FALSE(f.member[2]);
  CHECK(f.uses.size() == 2);
  CHECK(f.left_out == 0);
}
