// Every gap kind against a deliberately simple brute-force version (no Boost:
// repeated depth-first searches, removal and recount) on generated models.
#include <catch2/catch.hpp>

#include <functional>
#include <set>

#include "gen/generate.h"
#include "graph/analysis.h"
#include "report/gap_evidence.h"
#include "test_util.h"

using namespace kubus;
using model::Index;
using model::kNone;

namespace {

using Adjacency = std::map<Index, std::set<Index>>;

std::set<Index> reach(const Adjacency& adj, Index from, Index skip = kNone) {
  std::set<Index> seen{from};
  std::vector<Index> todo{from};
  while (!todo.empty()) {
    Index v = todo.back();
    todo.pop_back();
    auto it = adj.find(v);
    if (it == adj.end()) continue;
    for (Index w : it->second)
      if (w != skip && seen.insert(w).second) todo.push_back(w);
  }
  return seen;
}

struct Brute {
  const model::Model& m;
  std::vector<Index> tps = m.of_kind("touchpoint"), comps = m.of_kind("component"), deps = m.of_kind("department");
  std::string id(Index i) const { return std::string(m.entities[i].id); }
  Index ref(Index e, std::string_view field) const {
    const auto& v = m.field(m.entities[e], field);
    return v.present() ? v.index : kNone;
  }
  Index dept(Index t) const { return ref(t, "owner") == kNone ? kNone : ref(ref(t, "owner"), "department"); }
  std::set<Index> uses(Index t) const {
    std::set<Index> out;
    for (const auto& v : m.field(m.entities[t], "uses").items) out.insert(v.index);
    return out;
  }
  bool history(Index c) const {
    for (const auto& v : m.field(m.entities[c], "capabilities").items)
      if (m.entities[v.index].id == "customer-history") return true;
    return false;
  }
  std::string pair(const model::Handoff& h) const { return id(h.from) + "->" + id(h.to); }
  std::string join(const std::set<Index>& s) const {
    std::set<std::string> names;
    for (Index i : s) names.insert(id(i));
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
    return out;
  }

  std::set<std::string> gaps;
  std::map<std::string, std::size_t> sites;
  std::map<std::string, nlohmann::json> separates;  // bottleneck component -> the groups it separates

  void uncovered() {
    for (const auto& h : m.handoffs) {
      Index a = dept(h.from), b = dept(h.to);
      if (a == kNone || b == kNone || a == b) continue;
      ++sites["uncovered-handoff"];
      if (m.relation(schema::Rel::HandoffSlas).list(m.find_handoff(h.from, h.to)).empty())
        gaps.insert("uncovered-handoff:" + pair(h));
    }
  }
  void ping_pong() {
    Adjacency next;
    for (const auto& h : m.handoffs) next[h.from].insert(h.to);
    std::map<Index, std::set<Index>> forward;
    for (Index t : tps) forward[t] = reach(next, t);
    std::set<std::set<Index>> circles;
    for (Index t : tps) {
      std::set<Index> scc;
      for (Index u : forward[t])
        if (forward[u].count(t)) scc.insert(u);
      if (scc.size() >= 2) circles.insert(scc);
    }
    for (const auto& c : circles) {
      ++sites["ping-pong"];
      std::set<Index> ds;
      for (Index t : c)
        if (dept(t) != kNone) ds.insert(dept(t));
      if (ds.size() >= 2) gaps.insert("ping-pong:" + join(c));
    }
  }
  void island() {
    for (Index cap : m.of_kind("capability")) {
      std::set<Index> with, ds;
      bool shared = true;
      for (Index c : comps)
        for (const auto& v : m.field(m.entities[c], "capabilities").items)
          if (v.index == cap) {
            with.insert(c);
            ds.insert(ref(c, "department"));
            shared = shared && m.field(m.entities[c], "shared").boolean;
          }
      if (ds.size() < 2) continue;
      ++sites["island-implementation"];
      if (!shared) gaps.insert("island-implementation:" + id(cap) + ":" + join(with));
    }
  }
  void context_break() {
    Adjacency links;
    for (Index c : comps)
      for (const auto& v : m.field(m.entities[c], "integrates").items) {
        links[c].insert(v.index);
        links[v.index].insert(c);
      }
    for (const auto& h : m.handoffs) {
      ++sites["context-break"];
      bool shared = false;
      for (Index x : uses(h.from))
        for (Index y : uses(h.to))
          shared = shared || (history(x) && history(y) && reach(links, x).count(y));
      if (!shared) gaps.insert("context-break:" + pair(h));
    }
  }
  void isolated() {
    std::set<Index> owners;
    for (Index t : tps)
      if (dept(t) != kNone) owners.insert(dept(t));
    Adjacency adj;
    auto link = [&](Index a, Index b) {
      if (owners.count(a) && owners.count(b) && a != b) adj[a].insert(b), adj[b].insert(a);
    };
    for (const auto& h : m.handoffs) link(dept(h.from), dept(h.to));
    for (Index s : m.of_kind("sla")) link(ref(s, "from"), ref(s, "to"));
    for (Index t : tps)
      for (Index u : tps)
        for (Index c : uses(t))
          if (uses(u).count(c)) link(dept(t), dept(u));
    std::set<Index> largest;
    for (Index d : owners) {  // in ID order: a later group must be strictly larger
      auto group = reach(adj, d);
      if (group.size() > largest.size()) largest = group;
    }
    for (Index d : owners) {
      ++sites["isolated-department"];
      if (!largest.count(d)) gaps.insert("isolated-department:" + id(d));
    }
  }
  void bottleneck() {
    Adjacency adj;
    for (const auto& h : m.handoffs)
      if (h.from != h.to) adj[h.from].insert(h.to), adj[h.to].insert(h.from);
    for (Index t : tps)
      for (Index c : uses(t)) adj[t].insert(c), adj[c].insert(t);
    std::vector<Index> all = tps;
    all.insert(all.end(), comps.begin(), comps.end());
    auto groups = [&](Index skip) {
      std::set<Index> seen;
      std::size_t n = 0;
      for (Index v : all)
        if (v != skip && !seen.count(v)) {
          ++n;
          auto r = reach(adj, v, skip);
          seen.insert(r.begin(), r.end());
        }
      return n;
    };
    std::size_t base = groups(kNone);
    for (Index c : comps) {
      if (adj[c].size() >= 2) ++sites["bottleneck-component"];
      // Removing a vertex that joins nothing leaves one group fewer (isolated) or as many.
      if (groups(c) <= base) continue;
      gaps.insert("bottleneck-component:" + id(c));
      std::set<std::set<Index>> parts;
      for (Index w : adj[c]) parts.insert(reach(adj, w, c));
      nlohmann::json groups_json = nlohmann::json::array();
      std::vector<std::pair<std::string, std::size_t>> sorted;
      for (const auto& part : parts) {
        std::set<std::string> names;
        for (Index v : part)
          if (std::find(tps.begin(), tps.end(), v) != tps.end()) names.insert(id(v));
        sorted.emplace_back(*names.begin(), names.size());
      }
      std::sort(sorted.begin(), sorted.end());
      for (const auto& [first, n] : sorted) groups_json.push_back({{"first", first}, {"touchpoints", n}});
      separates[id(c)] = groups_json;
    }
  }
};

// A few departments the generator never makes: apart, joined in pairs, tied.
std::string islands(std::uint64_t seed) {
  std::string out;
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i);
    out += "department zz-dep" + n + " { kind: line }\nrole zz-role" + n + " { department: zz-dep" + n + " }\n";
    out += "touchpoint zz-tp" + n + " { phase: use owner: zz-role" + n;
    if ((seed >> i) & 1U && i < 4) out += " next: [zz-tp" + std::to_string(i + 1) + "]";
    out += " }\n";
  }
  return out;
}

}  // namespace

TEST_CASE("every gap kind matches a brute-force implementation on generated models", "[graph][property]") {
  std::map<std::string, std::size_t> total;
  for (std::uint64_t seed : {1U, 2U, 5U, 11U}) {
    gen::GenOptions options;
    options.touchpoints = 250;
    options.seed = seed;
    auto loaded = test::load_files({{"model.kubus", gen::generate_model(options)}, {"islands.kubus", islands(seed)}});
    REQUIRE_FALSE(loaded->diags.has_errors());
    const auto& m = loaded->model();
    auto analysis = graph::analyse(m);
    const auto& report = analysis.gaps;
    Brute brute{m};
    brute.uncovered();
    brute.ping_pong();
    brute.island();
    brute.context_break();
    brute.isolated();
    brute.bottleneck();
    std::set<std::string> found;
    for (const auto& g : report.gaps) found.insert(g.id);
    INFO("seed " << seed);
    CHECK(found == brute.gaps);
    for (const auto& [kind, n] : report.sites) {
      INFO(schema::name_of(kind));
      CHECK(n == brute.sites[std::string(schema::name_of(kind))]);
    }
    for (const auto& g : report.gaps) {
      ++total[std::string(schema::name_of(g.kind))];
      // The exports and the evidence read the members by index: they must name the same entities.
      REQUIRE(g.entities.size() == g.members.size());
      for (std::size_t i = 0; i < g.members.size(); ++i) CHECK(m.entities[g.entities[i]].id == g.members[i]);
      if (g.kind == schema::GapKind::BottleneckComponent) CHECK(report::evidence_json(analysis.graph, g)["separates"] == brute.separates[g.members[0]]);
    }
  }
  for (std::string_view kind : {"uncovered-handoff", "ping-pong", "island-implementation", "context-break",
                                "isolated-department", "bottleneck-component"}) {
    INFO(kind);
    CHECK(total[std::string(kind)] > 0);  // the comparison means something for every kind
  }
}
