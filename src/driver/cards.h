// The contact-moment cards (issue 17, article 002 "Klantcontactmomenten als
// bindmiddel"): one per mandatory touchpoint, as data for every writer. A
// card answers the article's five questions from the model (purpose, the
// information exchanged, the intended experience and what was promised, the
// channels with their cost and the customer's effort, owner and supervisor)
// and adds the touchpoint's KPIs met or missed, its feedback loop, its mandate
// and its yearly cost. What the model does not say stays empty (or none), so
// a writer can say "not described": that is a finding in itself.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/run.h"

namespace kubus::driver {

struct Money {
  double amount = 0;
  std::string_view currency;
};

struct CardChannel {
  model::Index channel = model::kNone;
  std::optional<Money> cost;  // the channel's cost per contact
};

struct CardKpi {
  model::Index kpi = model::kNone;
  std::string_view metric;     // nps, csat, ...
  std::string target, actual;  // as written (`>= 30`); `actual` empty when not measured
  std::optional<bool> met;     // none without an actual
  std::string_view frequency;  // empty when not written
};

struct CardFeedback {
  std::vector<std::string_view> sources;
  model::Index routed_to = model::kNone;  // a role
  bool closed_loop = false;
};

// The mandate to solve it on the spot (article 002, point 3): a default of
// false is not a description, so a card tells "no" from "not described".
enum class Mandate : std::uint8_t { NotDescribed, Yes, No };

struct Card {
  model::Index touchpoint = model::kNone;
  std::string_view phase;
  // In the run's language (a language block's text, else the base text); empty: not described.
  std::string_view purpose, exchanges, experience, promised;
  std::optional<double> effort;  // 1 (none) to 7 (very high)
  std::optional<double> volume;  // contacts a year
  std::optional<Money> cost, yearly_cost;  // per contact; the derived `yearly-cost`
  std::vector<CardChannel> channels;       // as listed
  model::Index owner = model::kNone, supervisor = model::kNone;  // roles
  std::vector<CardKpi> kpis;               // the KPIs whose `of` is the touchpoint, by ID
  std::optional<CardFeedback> feedback;
  Mandate mandate = Mandate::NotDescribed;
  bool switch_moment = false;
  Span span;
};

// Every mandatory touchpoint: the highest yearly volume first (those without a
// volume last), then by ID.
const std::vector<Card>& cards(const Run& r);  // worked out once per run

}  // namespace kubus::driver
