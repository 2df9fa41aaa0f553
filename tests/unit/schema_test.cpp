// The derived relations of the schema table: each row says how it is computed,
// the table resolves the names it reads (a name that does not exist is an
// error, never an index past the end), and the model computes every relation
// from the rows alone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "gen/generate.h"
#include "schema/schema.h"
#include "test_util.h"

using namespace kubus;
using schema::Compute;
using schema::Rel;

namespace {

schema::DerivedSpec& row(std::vector<schema::KindSpec>& table, std::string_view kind, std::string_view name) {
  for (auto& k : table)
    if (k.name == kind)
      for (auto& d : k.derived)
        if (d.name == name) return d;
  FAIL("no relation " << kind << "." << name);
  throw std::logic_error("unreachable");
}

bool mentions(const std::vector<std::string>& errors, std::string_view text) {
  return std::any_of(errors.begin(), errors.end(), [&](const std::string& e) { return e.find(text) != std::string::npos; });
}

}  // namespace

TEST_CASE("every derived relation resolves, once, after what it reads", "[schema]") {
  const auto& order = schema::derivation_order();
  REQUIRE(order.size() == schema::kRelCount);
  CHECK(std::set<Rel>(order.begin(), order.end()).size() == schema::kRelCount);
  auto place = [&](Rel r) { return std::find(order.begin(), order.end(), r) - order.begin(); };
  for (Rel r : order) {
    const auto& d = schema::derived(r);
    CHECK(d.id == r);
    REQUIRE(d.kind >= 0);
    const auto& kind = schema::kinds()[static_cast<std::size_t>(d.kind)];
    CHECK(schema::find_derived(kind, d.name) == &d);  // the name a rule reads finds the same row
    if (d.via_member.derived) CHECK(place(static_cast<Rel>(d.via_member.index)) < place(r));
    if (d.compute == Compute::Split && d.then_member.derived) CHECK(place(static_cast<Rel>(d.then_member.index)) < place(r));
  }
  CHECK(schema::derived(Rel::ChannelYearlyCost).then_member.derived);  // through touchpoint.yearly-cost
  // The rows LANGUAGE.md §6 and §7 describe, by what they compute.
  CHECK(schema::derived(Rel::TouchpointDepartment).compute == Compute::Chain);
  CHECK(schema::derived(Rel::HandoffFrom).compute == Compute::From);
  CHECK(schema::derived(Rel::HandoffSlas).compute == Compute::Coverage);
  CHECK(schema::derived(Rel::HandoffCovered).compute == Compute::NonEmpty);
  CHECK(schema::derived(Rel::HandoffCrosses).compute == Compute::Crosses);
  CHECK(schema::derived(Rel::DepartmentTouchpoints).via_member.derived);  // through touchpoint.department
  CHECK(schema::derived(Rel::TouchpointOutgoing).source_kind == schema::kind_index("handoff"));
}

TEST_CASE("a derived relation that names a missing kind or member is an error", "[schema]") {
  std::vector<Rel> order;
  SECTION("a misspelt field") {
    auto table = schema::kinds();
    row(table, "unit", "touchpoints").via = "unitt";
    auto errors = schema::resolve_derived(table, order);
    CHECK(mentions(errors, "unit.touchpoints: touchpoint has no field or relation 'unitt'"));
  }
  SECTION("a misspelt kind") {
    auto table = schema::kinds();
    row(table, "practice", "observations").source = "observaton";
    CHECK(mentions(schema::resolve_derived(table, order), "practice.observations: no kind 'observaton'"));
  }
  SECTION("a member that refers to another kind") {
    auto table = schema::kinds();
    row(table, "segment", "touchpoints").via = "unit";
    CHECK(mentions(schema::resolve_derived(table, order), "touchpoint.unit does not refer to a segment"));
  }
  SECTION("a chain through something that is no reference") {
    auto table = schema::kinds();
    row(table, "touchpoint", "department").then = "holder";
    CHECK(mentions(schema::resolve_derived(table, order), "holder is not a single reference field"));
  }
  SECTION("a relation given twice, and one given to no row") {
    auto table = schema::kinds();
    row(table, "handoff", "crosses").id = Rel::HandoffCovered;
    auto errors = schema::resolve_derived(table, order);
    CHECK(mentions(errors, "handoff.crosses: its Rel is given to another row too"));
    CHECK(mentions(errors, "Rel " + std::to_string(static_cast<int>(Rel::HandoffCrosses)) + " is given to no row"));
  }
  SECTION("relations that read each other") {
    auto table = schema::kinds();
    auto& kpis = row(table, "touchpoint", "kpis");
    kpis.source = "unit";
    kpis.via = "touchpoints";
    kpis.choices = {"unit"};
    auto& touchpoints = row(table, "unit", "touchpoints");
    touchpoints.via = "kpis";
    CHECK(mentions(schema::resolve_derived(table, order), "derived relations read each other in a cycle"));
  }
  SECTION("the bundled table has none of these") {
    auto table = schema::kinds();
    CHECK(schema::resolve_derived(table, order).empty());
    CHECK(order == schema::derivation_order());
  }
}

TEST_CASE("the model computes every inverse relation as its row says", "[schema][model]") {
  auto l = test::load_text(gen::generate_model({300, 11}));
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();
  REQUIRE(m.relations.size() == schema::kRelCount);
  std::size_t checked = 0;
  for (Rel r : schema::derivation_order()) {
    const auto& d = schema::derived(r);
    if (d.compute != Compute::Inverse) continue;
    // Brute force from the row: every source element whose member names the target.
    auto [tb, te] = m.elements(static_cast<std::size_t>(d.kind));
    auto [sb, se] = m.elements(static_cast<std::size_t>(d.source_kind));
    std::vector<std::set<model::Index>> expected(te - tb);
    for (model::Index s = sb; s < se; ++s) {
      std::vector<model::Index> named;
      if (d.via_member.derived) {
        const auto& via = m.relations[d.via_member.index];
        if (via.shape == model::Relation::Shape::Single) named.push_back(via.single(s));
        else for (model::Index x : via.list(s)) named.push_back(x);
      } else {
        const model::Val& v = m.entities[s].fields[d.via_member.index];
        if (v.tag == model::Val::Tag::Ref) named.push_back(v.index);
        for (const auto& item : v.items) named.push_back(item.index);
      }
      for (model::Index t : named)
        if (t >= tb && t < te) expected[t - tb].insert(s);
    }
    for (model::Index t = tb; t < te; ++t) {
      auto got = m.relation(r).list(t);
      INFO(schema::kinds()[static_cast<std::size_t>(d.kind)].name << "." << d.name << " of " << t);
      CHECK(std::vector<model::Index>(got.begin(), got.end()) ==
            std::vector<model::Index>(expected[t - tb].begin(), expected[t - tb].end()));
      checked += got.size();
    }
  }
  CHECK(checked > 1000);  // the generated model exercises them
}

TEST_CASE("the model computes the yearly cost of contact as the rows say", "[schema][model]") {
  auto l = test::load_text(gen::generate_model({300, 11}));
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();
  const auto& tp_kind = *schema::find_kind("touchpoint");
  const int cost = schema::field_index(tp_kind, "cost"), volume = schema::field_index(tp_kind, "volume");
  const int channels = schema::field_index(tp_kind, "channels");
  const auto& by_touchpoint = m.relation(Rel::TouchpointYearlyCost);
  const auto& by_channel = m.relation(Rel::ChannelYearlyCost);
  auto [cb, ce] = m.elements(static_cast<std::size_t>(schema::kind_index("channel")));
  std::vector<double> expected(ce - cb, 0.0);
  std::vector<bool> some(ce - cb, false);
  std::size_t costed = 0;
  for (model::Index t : m.of_kind("touchpoint")) {
    const model::Val& c = m.entities[t].fields[static_cast<std::size_t>(cost)];
    const model::Val& v = m.entities[t].fields[static_cast<std::size_t>(volume)];
    const model::Val& got = by_touchpoint.quantity(t);
    INFO("touchpoint " << m.entities[t].id);
    if (!c.present() || !v.present()) {
      CHECK_FALSE(got.present());
      continue;
    }
    ++costed;
    REQUIRE(got.present());
    CHECK(got.number == Approx(c.number * v.number));
    CHECK(got.text == c.text);  // the cost's currency
    const auto& items = m.entities[t].fields[static_cast<std::size_t>(channels)].items;
    for (const auto& item : items) {
      expected[item.index - cb] += got.number / static_cast<double>(items.size());
      some[item.index - cb] = true;
    }
  }
  CHECK(costed > 100);  // the generated model gives most touchpoints a cost and a volume
  for (model::Index ch = cb; ch < ce; ++ch) {
    INFO("channel " << m.entities[ch].id);
    const model::Val& got = by_channel.quantity(ch);
    REQUIRE(got.present() == some[ch - cb]);
    if (got.present()) CHECK(got.number == Approx(expected[ch - cb]));
  }
}
