// Silo gaps on small hand-computed models, one section per kind and its edge cases.
#include <catch2/catch.hpp>

#include <sstream>

#include "graph/analysis.h"
#include "report/gap_evidence.h"
#include "report/commands.h"
#include "test_util.h"

using namespace kubus;

namespace {

// Three departments with a role each, two capabilities; tests add the rest.
const std::string kBase = R"(
department a { kind: line }
department b { kind: line }
department c { kind: line }
role ra { department: a }
role rb { department: b }
role rc { department: c }
capability customer-history { family: data }
capability composition { family: outbound }
)";

struct Result {
  std::unique_ptr<test::Loaded> loaded;
  graph::Analysis analysis;
  graph::GapReport report;  // analysis.gaps
};

Result gaps_of(const std::string& text) {
  Result r{test::load_text(kBase + text), {}, {}};
  INFO(r.loaded->diags.all().size() << " diagnostic(s)");
  for (const auto& d : r.loaded->diags.all()) INFO(d.message);
  REQUIRE_FALSE(r.loaded->diags.has_errors());
  r.analysis = graph::analyse(r.loaded->model());
  r.report = r.analysis.gaps;
  return r;
}

std::vector<std::string> ids_of(const graph::GapReport& r, std::string_view kind) {
  std::vector<std::string> out;
  for (const auto& g : r.gaps)
    if (schema::name_of(g.kind) == kind) out.push_back(g.id);
  return out;
}

const graph::Gap& gap(const graph::GapReport& r, std::string_view id) {
  auto it = std::find_if(r.gaps.begin(), r.gaps.end(), [&](const auto& g) { return g.id == id; });
  REQUIRE(it != r.gaps.end());
  return *it;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("uncovered-handoff: crossing handoffs without an SLA", "[graph]") {
  auto r = gaps_of(R"(
touchpoint t1 { phase: promise owner: ra next: [t2, t3, t4, t1] }
touchpoint t2 { phase: deliver owner: rb next: [t1] }
touchpoint t3 { phase: deliver owner: ra }
touchpoint t4 { phase: deliver }
touchpoint t5 { phase: settle owner: rc next: [t1] }
sla b-to-a { from: b to: a target: response-time <= 2 days }
)");
  // t1->t2 crosses a->b; the SLA b->a covers only t2->t1 (direction matters).
  // t1->t3 stays in a, t1->t4 has an unowned end, t1->t1 is a self-handoff.
  CHECK(ids_of(r.report, "uncovered-handoff") == V{"uncovered-handoff:t1->t2", "uncovered-handoff:t5->t1"});
  CHECK(r.report.sites.at(schema::GapKind::UncoveredHandoff) == 3);
  const auto& g = gap(r.report, "uncovered-handoff:t5->t1");
  CHECK(g.members == V{"t5", "t1"});
  CHECK(report::evidence_json(r.analysis.graph, g)["departments"] == nlohmann::json{"c", "a"});
  const auto& first = gap(r.report, "uncovered-handoff:t1->t2");
  CHECK(report::evidence_json(r.analysis.graph, first)["slas-between-departments"] == nlohmann::json{"b-to-a"});
  CHECK(first.span.line == 11);  // the `next` item, after the ten lines of kBase
}

TEST_CASE("uncovered-handoff: an SLA with covers covers only what it lists", "[graph]") {
  auto r = gaps_of(R"(
touchpoint t1 { phase: promise owner: ra next: [t2, t3] }
touchpoint t2 { phase: deliver owner: rb }
touchpoint t3 { phase: deliver owner: rb }
sla a-to-b { from: a to: b covers: [t1 -> t2] target: response-time <= 2 days }
)");
  CHECK(ids_of(r.report, "uncovered-handoff") == V{"uncovered-handoff:t1->t3"});
  CHECK(r.report.sites.at(schema::GapKind::UncoveredHandoff) == 2);
}

TEST_CASE("ping-pong: circles across departments", "[graph]") {
  auto r = gaps_of(R"(
touchpoint p1 { phase: settle owner: ra next: [p2] }
touchpoint p2 { phase: settle owner: rb next: [p3] }
touchpoint p3 { phase: settle next: [p1] }
touchpoint q1 { phase: use owner: rc next: [q2] }
touchpoint q2 { phase: use owner: rc next: [q1] }
touchpoint s { phase: use owner: ra next: [s, q1] }
)");
  // p1..p3 circle through a and b (p3 is unowned); q1<->q2 stays inside c; s loops on itself.
  REQUIRE(ids_of(r.report, "ping-pong") == V{"ping-pong:p1,p2,p3"});
  CHECK(r.report.sites.at(schema::GapKind::PingPong) == 2);
  const auto& g = gap(r.report, "ping-pong:p1,p2,p3");
  CHECK(report::evidence_json(r.analysis.graph, g)["departments"] == nlohmann::json{"a", "b"});
  CHECK(report::evidence_json(r.analysis.graph, g)["handoffs"] == nlohmann::json{"p1->p2", "p2->p3", "p3->p1"});
}

TEST_CASE("island-implementation: one capability, several departments", "[graph]") {
  auto r = gaps_of(R"(
component x { capabilities: [composition, customer-history] department: a }
component y { capabilities: [composition] department: b }
component z { capabilities: [customer-history] department: b shared: true }
component w { capabilities: [customer-history] department: c shared: true }
)");
  // composition: x (a) and y (b), not shared. customer-history: x is not shared either.
  CHECK(ids_of(r.report, "island-implementation") ==
        V{"island-implementation:customer-history:w,x,z", "island-implementation:composition:x,y"});
  CHECK(r.report.sites.at(schema::GapKind::IslandImplementation) == 2);
  auto s = gaps_of(R"(
component x { capabilities: [composition] department: a shared: true }
component y { capabilities: [composition] department: b shared: true }
component z { capabilities: [customer-history] department: b }
component w { capabilities: [customer-history] department: b }
)");
  CHECK(ids_of(s.report, "island-implementation").empty());
  CHECK(s.report.sites.at(schema::GapKind::IslandImplementation) == 1);
}

TEST_CASE("context-break: no shared or integrated customer history", "[graph]") {
  auto r = gaps_of(R"(
component crm1 { capabilities: [customer-history] department: a }
component crm2 { capabilities: [customer-history] department: b }
component bus { capabilities: [composition] department: c integrates: [crm1] }
component crm3 { capabilities: [customer-history] department: c integrates: [bus] }
component crm4 { capabilities: [customer-history] department: c }
component doc { capabilities: [composition] department: c }
touchpoint t1 { phase: promise owner: ra uses: [crm1] next: [t2, t3, t4, t5] }
touchpoint t2 { phase: deliver owner: rb uses: [crm1, doc] }
touchpoint t3 { phase: deliver owner: rb uses: [crm3] }
touchpoint t4 { phase: deliver uses: [crm2, crm4] }
touchpoint t5 { phase: deliver uses: [doc] next: [t5, t6] }
touchpoint t6 { phase: deliver uses: [doc] next: [t6] }
)");
  // t1->t2 share crm1; t1->t3 link crm1 <- bus <- crm3 through a component without history;
  // t1->t4 share nothing; t5 uses no history at all, so even its self-handoff breaks.
  CHECK(ids_of(r.report, "context-break") ==
        V{"context-break:t1->t4", "context-break:t1->t5", "context-break:t5->t5", "context-break:t5->t6",
          "context-break:t6->t6"});
  CHECK(r.report.sites.at(schema::GapKind::ContextBreak) == 7);
  const auto& g = gap(r.report, "context-break:t1->t4");
  const nlohmann::json evidence = report::evidence_json(r.analysis.graph, g);
  CHECK(evidence["from"]["customer-history"] == nlohmann::json{"crm1"});
  CHECK(evidence["to"]["customer-history"] == nlohmann::json{"crm2", "crm4"});
  CHECK(evidence["to"]["department"].is_null());
  // Each side says what decides the break, not everything it uses (report.json version 2).
  CHECK(evidence["to"] == nlohmann::json{{"customer-history", {"crm2", "crm4"}}, {"department", nullptr}});
  // A side without customer history: an empty list, the composition tool it uses left out.
  CHECK(report::evidence_json(r.analysis.graph, gap(r.report, "context-break:t5->t6"))["from"] ==
        nlohmann::json{{"customer-history", nlohmann::json::array()}, {"department", nullptr}});
}

TEST_CASE("isolated-department: outside the largest group", "[graph]") {
  SECTION("links by handoff, shared component and SLA") {
    auto r = gaps_of(R"(
department d { kind: line }
department e { kind: staff }
role rd { department: d }
component shared-crm { capabilities: [customer-history] department: e }
touchpoint t1 { phase: promise owner: ra next: [t2] }
touchpoint t2 { phase: deliver owner: rb }
touchpoint t3 { phase: deliver owner: rc uses: [shared-crm] }
touchpoint t4 { phase: deliver owner: rd uses: [shared-crm] }
touchpoint t5 { phase: deliver uses: [shared-crm] }
)");
    // Groups {a, b} and {c, d}: a tie, won by the group holding `a`. e owns no touchpoint.
    CHECK(ids_of(r.report, "isolated-department") == V{"isolated-department:c", "isolated-department:d"});
    CHECK(r.report.sites.at(schema::GapKind::IsolatedDepartment) == 4);
    auto evidence = report::evidence_json(r.analysis.graph, gap(r.report, "isolated-department:d"));
    CHECK(evidence["largest-group"] == nlohmann::json{"a", "b"});
  }
  SECTION("an SLA joins departments; an SLA with a department without touchpoints does not") {
    auto r = gaps_of(R"(
department e { kind: staff }
touchpoint t1 { phase: promise owner: ra }
touchpoint t2 { phase: deliver owner: rb }
touchpoint t3 { phase: deliver owner: rc }
sla b-c { from: b to: c target: response-time <= 2 days }
sla a-e { from: a to: e target: response-time <= 2 days }
)");
    CHECK(ids_of(r.report, "isolated-department") == V{"isolated-department:a"});
    CHECK(report::evidence_json(r.analysis.graph, gap(r.report, "isolated-department:a"))["group"] ==
          nlohmann::json{"a"});
  }
}

TEST_CASE("bottleneck-component: articulation points of the journey", "[graph]") {
  auto r = gaps_of(R"(
component hub { capabilities: [composition] department: a }
component pair { capabilities: [composition] department: a }
component lone { capabilities: [composition] department: b }
touchpoint t1 { phase: promise owner: ra uses: [hub, pair] next: [t2] }
touchpoint t2 { phase: deliver owner: ra uses: [pair] }
touchpoint t3 { phase: use owner: rb uses: [hub] }
touchpoint t4 { phase: use owner: rb uses: [hub, lone] next: [t5] }
touchpoint t5 { phase: use owner: rb next: [t4] }
)");
  // t4 <-> t5 both ways is one link. Without hub, {t1, t2} and {t3} and {t4, t5} fall apart; pair sits in a cycle with t1->t2.
  REQUIRE(ids_of(r.report, "bottleneck-component") == V{"bottleneck-component:hub"});
  CHECK(r.report.sites.at(schema::GapKind::BottleneckComponent) == 2);
  const auto& g = gap(r.report, "bottleneck-component:hub");
  CHECK(report::evidence_json(r.analysis.graph, g)["users"] == 3);
  CHECK(report::evidence_json(r.analysis.graph, g)["separates"] == nlohmann::json::parse(
                                      R"([{"first":"t1","touchpoints":2},{"first":"t3","touchpoints":1},{"first":"t4","touchpoints":2}])"));
}

TEST_CASE("an empty model has no gaps and no sites", "[graph]") {
  auto loaded = test::load_text("");
  auto a = graph::analyse(loaded->model());
  const auto& r = a.gaps;
  CHECK(r.gaps.empty());
  for (const auto& [kind, n] : r.sites) CHECK(n == 0);
  CHECK(r.sites.size() == 6);
  std::ostringstream out;
  report::gaps_json(out, a);
  CHECK(nlohmann::json::parse(out.str()).dump() == R"({"gaps":[]})");
}

TEST_CASE("gaps sort by kind, then members, and serialise as ENGINE.md says", "[graph]") {
  auto r = gaps_of(R"(
touchpoint t2 { phase: deliver owner: rb next: [t1] }
touchpoint t1 { phase: promise owner: ra next: [t2] }
)");
  std::ostringstream out;
  report::gaps_json(out, r.analysis);
  auto j = nlohmann::json::parse(out.str());
  std::vector<std::string> order;
  for (const auto& g : j["gaps"]) order.push_back(g["id"].get<std::string>());
  CHECK(order == V{"context-break:t1->t2", "context-break:t2->t1", "ping-pong:t1,t2", "uncovered-handoff:t1->t2",
                   "uncovered-handoff:t2->t1"});
  CHECK(j["gaps"][2]["members"] == nlohmann::json{"t1", "t2"});
  CHECK(j["gaps"][2]["kind"] == "ping-pong");
  CHECK(j["gaps"][2].size() == 4);
}

// Parsed into nlohmann::json (keys in byte order) and dumped with indent 2, the
// text comes back byte for byte: keys sorted, indented as ENGINE.md's examples.
TEST_CASE("gaps_json writes sorted keys with an indent of two, one gap at a time", "[graph]") {
  auto empty = test::load_text("");
  auto none = graph::analyse(empty->model());
  std::ostringstream out;
  report::gaps_json(out, none);
  CHECK(out.str() == "{\n  \"gaps\": []\n}");

  auto r = gaps_of(R"(
component crm { capabilities: [customer-history] department: a }
touchpoint t2 { phase: deliver owner: rb next: [t1] uses: [crm] }
touchpoint t1 { phase: promise owner: ra next: [t2] }
)");
  REQUIRE(r.report.gaps.size() >= 4);
  std::ostringstream full;
  report::gaps_json(full, r.analysis);
  auto parsed = nlohmann::json::parse(full.str());
  CHECK(parsed["gaps"].size() == r.report.gaps.size());
  CHECK(parsed.dump(2) == full.str());
}
