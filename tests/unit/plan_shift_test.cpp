// Channel shifts of initiatives: how a catalogue declares them, the load
// errors of bad ones, and the yearly saving the planner computes from the
// model's costs per contact and volumes, against numbers worked out by hand.
#include <catch2/catch.hpp>

#include "plan/plan.h"
#include "test_util.h"

using namespace kubus;

namespace {

struct Catalogue {
  SourceManager sm;
  Diagnostics diags;
  bool unreadable = false;
  std::optional<plan::Catalogue> catalogue;
  const Diagnostic* find(Code c) const {
    for (const auto& d : diags.all())
      if (d.code == c) return &d;
    return nullptr;
  }
};

// One initiative `s` with the given `shifts:` value (YAML, on one line).
std::unique_ptr<Catalogue> with_shifts(const std::string& shifts) {
  auto out = std::make_unique<Catalogue>();
  auto path = test::temp_dir() / "initiatives.yaml";
  test::write_file(path, "kubus-initiatives: 1\ninitiatives:\n  - id: s\n    title: Shift\n    fixes: [{rule: x}]\n"
                         "    effort: 1 pm\n    shifts: " + shifts + "\n");
  out->catalogue = plan::load_catalogues({path.string()}, nullptr, out->sm, out->diags, out->unreadable);
  return out;
}

// Channels with and without a cost per contact, and touchpoints on them:
//   a: 100000 contacts on phone alone, 5 EUR a contact;
//   b: 40000 contacts split over phone and chat, no cost of its own;
//   c: 1000 contacts split over post (no channel cost) and chat, 1.50 EUR a contact;
//   d: on e-mail, without a volume.
const char* kModel = R"(
channel phone "Phone" { medium: phone  cost: 6 EUR }
channel chat "Chat" { medium: chat  cost: 2 EUR }
channel post "Post" { medium: post }
channel email "E-mail" { medium: email  cost: 0.50 EUR }
channel web "Web shop" { medium: web  cost: 1 USD }
touchpoint a "A" { phase: deliver  channels: [phone]  volume: 100000 /year  cost: 5 EUR }
touchpoint b "B" { phase: deliver  channels: [phone, chat]  volume: 40000 /year }
touchpoint c "C" { phase: settle  channels: [post, chat]  volume: 1000 /year  cost: 1.50 EUR }
touchpoint d "D" { phase: use  channels: [email] }
touchpoint e "E" { phase: use  channels: [web]  volume: 500 /year }
)";

plan::Initiative shifting(std::vector<plan::Shift> shifts) {
  plan::Initiative in;
  in.id = "s";
  in.shifts = std::move(shifts);
  return in;
}

}  // namespace

TEST_CASE("an initiative declares one channel shift as a map, or several as a list", "[plan][shift]") {
  auto one = with_shifts("{from: phone, to: chat, share: 30 %}");
  REQUIRE(one->catalogue);
  const auto& s = one->catalogue->initiatives.at(0).shifts;
  REQUIRE(s.size() == 1);
  CHECK(s[0].from == "phone");
  CHECK(s[0].to == "chat");
  CHECK(s[0].share == 30);
  CHECK(s[0].from_span.line == 7);

  auto two = with_shifts("[{from: post, to: portal, share: 40 %}, {from: post, to: app, share: 60 %}]");
  REQUIRE(two->catalogue);
  CHECK(two->catalogue->initiatives.at(0).shifts.size() == 2);
}

TEST_CASE("a bad channel shift is a load error at its place", "[plan][shift]") {
  SECTION("a share over 100 %") {
    auto r = with_shifts("{from: phone, to: chat, share: 130 %}");
    CHECK_FALSE(r->catalogue);
    auto d = r->find(Code::BadShare);
    REQUIRE(d);
    CHECK(d->span.line == 7);
    CHECK(d->span.col == 44);
  }
  SECTION("a share of zero") {
    auto r = with_shifts("{from: phone, to: chat, share: 0 %}");
    CHECK(r->find(Code::BadShare));
  }
  SECTION("a share without its unit") {
    auto r = with_shifts("{from: phone, to: chat, share: 30}");
    CHECK_FALSE(r->catalogue);
    CHECK(r->diags.has_errors());
  }
  SECTION("shares out of one channel that add up to more than all of it") {
    auto r = with_shifts("[{from: phone, to: chat, share: 70 %}, {from: phone, to: app, share: 40 %}]");
    auto d = r->find(Code::BadShare);
    REQUIRE(d);
    CHECK(d->message.find("110 %") != std::string::npos);
  }
  SECTION("a missing key") {
    auto r = with_shifts("{from: phone, share: 30 %}");
    auto d = r->find(Code::MissingKey);
    REQUIRE(d);
    CHECK(d->message.find("to") != std::string::npos);
  }
  SECTION("a shift to the channel it comes from") {
    auto r = with_shifts("{from: phone, to: phone, share: 30 %}");
    CHECK(r->find(Code::BadValue));
  }
}

TEST_CASE("a shift names channels of the model, with did-you-mean", "[plan][shift]") {
  auto l = test::load_text(kModel);
  REQUIRE_FALSE(l->diags.has_errors());
  auto r = with_shifts("{from: phon, to: chat, share: 30 %}");
  REQUIRE(r->catalogue);
  plan::check_catalogue(*r->catalogue, l->model(), "EUR", Span{}, r->diags);
  auto d = r->find(Code::UnknownShiftChannel);
  REQUIRE(d);
  CHECK(d->span.line == 7);
  CHECK(d->help == "did you mean 'phone'?");
}

TEST_CASE("the yearly saving of a shift, worked out by hand", "[plan][shift]") {
  auto l = test::load_text(kModel);
  REQUIRE_FALSE(l->diags.has_errors());
  const model::Model& m = l->model();

  SECTION("per touchpoint on `from`: share x its volume split over its channels, times the difference in cost") {
    // a: 30 % of 100000 = 30000 moved, (6 - 2) each = 120000;
    // b: 30 % of 40000 / 2 = 6000 moved, (6 - 2) each = 24000.
    auto s = plan::yearly_saving(shifting({{"phone", "chat", 30, {}, {}}}), m, "EUR");
    REQUIRE(s.amount);
    CHECK(*s.amount == Approx(144000));
    CHECK(s.moved == Approx(36000));
    CHECK(s.why == plan::NoSaving::None);
  }
  SECTION("a channel without a cost falls back on the cost of the touchpoint that runs on it; shifts add up") {
    // c: 50 % of 1000 / 2 = 250 moved from post (c's own 1.50) to chat (2): -125.
    auto s = plan::yearly_saving(shifting({{"phone", "chat", 30, {}, {}}, {"post", "chat", 50, {}, {}}}), m, "EUR");
    REQUIRE(s.amount);
    CHECK(*s.amount == Approx(144000 - 125));
    CHECK(s.moved == Approx(36250));
  }
  SECTION("no saving, not zero, when the channel shifted to has no cost for a touchpoint that moves") {
    // b moves from chat to post; post has no cost and b does not run on post.
    auto s = plan::yearly_saving(shifting({{"chat", "post", 10, {}, {}}}), m, "EUR");
    CHECK_FALSE(s.amount);
    CHECK(s.why == plan::NoSaving::NoCost);
    CHECK(s.channel == "post");
  }
  SECTION("no saving when no touchpoint on `from` has a volume") {
    auto s = plan::yearly_saving(shifting({{"email", "chat", 50, {}, {}}}), m, "EUR");
    CHECK_FALSE(s.amount);
    CHECK(s.why == plan::NoSaving::NoVolume);
  }
  SECTION("no saving when a cost per contact is in another currency than the budget") {
    auto s = plan::yearly_saving(shifting({{"web", "chat", 50, {}, {}}}), m, "EUR");
    CHECK_FALSE(s.amount);
    CHECK(s.why == plan::NoSaving::OtherCurrency);
    CHECK(s.currency == "USD");
  }
  SECTION("an initiative without shifts has none to show") {
    auto s = plan::yearly_saving(shifting({}), m, "EUR");
    CHECK_FALSE(s.amount);
    CHECK(s.why == plan::NoSaving::NoShifts);
  }
}
