// The contact-moment cards (driver/cards.h) in the run's language: a card per
// mandatory touchpoint answering the five questions of article 002, then its
// KPIs, feedback loop and mandate. An answer the model does not give reads
// "not described", muted, and the section counts them: a consultant's finding.
#include "driver/cards.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

struct Builder {
  const Run& r;
  std::size_t undescribed = 0;  // answers not described, over every card

  Lang l() const { return r.lang; }
  std::string name(model::Index i) const { return std::string(r.model.display(r.model.entities[i], r.lang)); }

  Fact not_described() {
    ++undescribed;
    return {i18n::tr(l(), "not described"), Tone::Muted};
  }
  std::vector<Fact> described(std::string_view text) {
    if (text.empty()) return {not_described()};
    return {{std::string(text)}};
  }
  std::string per_contact(const driver::Money& m) const {
    return say(l(), "{cost} a contact", fmt::arg("cost", i18n::money(l(), m.amount, m.currency, 2)));
  }

  std::vector<Fact> channels(const driver::Card& c) {
    if (c.channels.empty()) return {not_described()};
    std::vector<Fact> out;
    for (const auto& ch : c.channels)
      out.push_back({ch.cost ? say(l(), "{channel}: {cost}", fmt::arg("channel", name(ch.channel)),
                                   fmt::arg("cost", per_contact(*ch.cost)))
                             : name(ch.channel)});
    return out;
  }

  // The derived yearly cost; without it, what the model lacks for one.
  std::vector<Fact> cost(const driver::Card& c) {
    if (c.yearly_cost)
      return {{say(l(), "{yearly} a year ({cost})",
                   fmt::arg("yearly", i18n::money(l(), c.yearly_cost->amount, c.yearly_cost->currency)),
                   fmt::arg("cost", per_contact(*c.cost)))}};
    if (!c.cost) return {not_described()};
    ++undescribed;
    return {{per_contact(*c.cost)}, {i18n::tr(l(), "no yearly cost without a volume"), Tone::Muted}};
  }

  std::vector<Fact> effort(const driver::Card& c) {
    if (!c.effort) return {not_described()};
    return {{say(l(), "{effort} of 7", fmt::arg("effort", i18n::number(l(), *c.effort, *c.effort == int(*c.effort) ? 0 : 1)))}};
  }

  std::vector<Fact> role(model::Index role) {
    if (role == model::kNone) return {not_described()};
    const model::Val& dep = r.model.field(r.model.entities[role], "department");
    if (dep.tag != model::Val::Tag::Ref) return {{name(role)}};
    return {{say(l(), "{role}, {department}", fmt::arg("role", name(role)), fmt::arg("department", name(dep.index)))}};
  }

  // "csat >= 8: 7, missed": the metric and its target as the model writes them.
  Fact kpi(const driver::CardKpi& k) const {
    const std::string target = fmt::format("{} {}", k.metric, k.target);
    if (!k.met) return {say(l(), "{target}: not measured", fmt::arg("target", target)), Tone::Muted};
    if (*k.met) return {say(l(), "{target}: {actual}, met", fmt::arg("target", target), fmt::arg("actual", k.actual)), Tone::Good};
    return {say(l(), "{target}: {actual}, missed", fmt::arg("target", target), fmt::arg("actual", k.actual)), Tone::Bad};
  }

  std::vector<Fact> kpis(const driver::Card& c) const {
    if (c.kpis.empty()) return {{i18n::tr(l(), "none"), Tone::Muted}};
    std::vector<Fact> out;
    for (const auto& k : c.kpis) {
      Fact f = kpi(k);
      if (!k.frequency.empty()) f.text += " (" + frequency(k.frequency) + ")";
      out.push_back(std::move(f));
    }
    return out;
  }

  std::string frequency(std::string_view f) const {
    if (f == "realtime") return i18n::tr(l(), "measured in real time");
    if (f == "daily") return i18n::tr(l(), "measured daily");
    if (f == "weekly") return i18n::tr(l(), "measured weekly");
    if (f == "monthly") return i18n::tr(l(), "measured monthly");
    if (f == "quarterly") return i18n::tr(l(), "measured quarterly");
    return i18n::tr(l(), "measured yearly");
  }

  std::string source(std::string_view s) const {
    if (s == "survey") return i18n::tr(l(), "surveys");
    if (s == "complaints") return i18n::tr(l(), "complaints");
    if (s == "contact-centre") return i18n::tr(l(), "the contact centre");
    if (s == "social") return i18n::tr(l(), "social media");
    if (s == "review") return i18n::tr(l(), "reviews");
    return i18n::tr(l(), "interviews");
  }

  std::vector<Fact> feedback(const driver::Card& c) {
    if (!c.feedback) return {not_described()};
    std::vector<Fact> out;
    std::string sources;
    for (auto s : c.feedback->sources) sources += (sources.empty() ? "" : ", ") + source(s);
    out.push_back(sources.empty() ? not_described() : Fact{say(l(), "from {sources}", fmt::arg("sources", sources))});
    if (c.feedback->routed_to == model::kNone) out.push_back({i18n::tr(l(), "routed to no one"), Tone::Bad});
    else out.push_back({say(l(), "to {role}", fmt::arg("role", name(c.feedback->routed_to)))});
    out.push_back(c.feedback->closed_loop ? Fact{i18n::tr(l(), "the customer hears back"), Tone::Good}
                                          : Fact{i18n::tr(l(), "the customer does not hear back"), Tone::Bad});
    return out;
  }

  std::vector<Fact> mandate(const driver::Card& c) {
    switch (c.mandate) {
      case driver::Mandate::Yes: return {{i18n::tr(l(), "may solve it or make a gesture on the spot"), Tone::Good}};
      case driver::Mandate::No: return {{i18n::tr(l(), "must escalate to solve it or make a gesture"), Tone::Bad}};
      case driver::Mandate::NotDescribed: break;
    }
    return {not_described()};
  }

  std::string lead(const driver::Card& c) const {
    std::string out = c.volume ? say(l(), "{phase}, {volume} contacts a year", fmt::arg("phase", phase_title(l(), c.phase)),
                                     fmt::arg("volume", i18n::number(l(), *c.volume)))
                               : say(l(), "{phase}, volume not described", fmt::arg("phase", phase_title(l(), c.phase)));
    if (c.switch_moment) out += "; " + i18n::tr(l(), "customers look around for alternatives here");
    return out;
  }

  CardRow answer(std::string_view key, std::vector<Fact> facts) const { return {key, answer_label(l(), key), std::move(facts)}; }

  Card card(const driver::Card& c) {
    const model::Entity& e = r.model.entities[c.touchpoint];
    Card out{name(c.touchpoint), std::string(e.id), lead(c), {}};
    out.rows = {answer("purpose", described(c.purpose)),   answer("exchanges", described(c.exchanges)),
                answer("experience", described(c.experience)), answer("promised", described(c.promised)),
                answer("channels", channels(c)),              answer("cost", cost(c)),
                answer("effort", effort(c)),                  answer("owner", role(c.owner)),
                answer("supervisor", role(c.supervisor)),     answer("kpis", kpis(c)),
                answer("feedback", feedback(c)),              answer("mandate", mandate(c))};
    return out;
  }
};

}  // namespace

std::string answer_label(Lang l, std::string_view key) {
  if (key == "purpose") return i18n::tr(l, "Purpose");
  // Short, so the labels of a card take a narrow column (the sentence above the cards says what they mean).
  if (key == "exchanges") return i18n::tr(l, "Information");
  if (key == "experience") return i18n::tr(l, "Experience");
  if (key == "promised") return i18n::tr(l, "Promised");
  if (key == "channels") return i18n::tr(l, "Channels");
  if (key == "cost") return i18n::tr(l, "Cost");
  if (key == "effort") return i18n::tr(l, "Customer effort");
  if (key == "owner") return i18n::tr(l, "Owner");
  if (key == "supervisor") return i18n::tr(l, "Supervisor");
  if (key == "kpis") return i18n::tr(l, "KPIs");
  if (key == "feedback") return i18n::tr(l, "Feedback loop");
  return i18n::tr(l, "Mandate");
}

std::vector<Card> cards(const Run& r, const std::vector<driver::Card>& all, std::size_t* undescribed) {
  Builder b{r};
  std::vector<Card> out;
  out.reserve(all.size());
  for (const auto& c : all) out.push_back(b.card(c));
  if (undescribed) *undescribed = b.undescribed;
  return out;
}

Section contacts(const Run& r) {
  const Lang l = r.lang;
  Section s{"contacts", i18n::tr(l, "Contact moments"), {}};
  const auto& all = driver::cards(r);
  if (all.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "The model marks no touchpoint as mandatory: it does not say which "
                                                  "contact moments every customer passes.")}},
                                    Para::Flag});
    return s;
  }
  std::size_t undescribed = 0;
  Cards shown{cards(r, all, &undescribed), kCards};
  std::string intro = say_n(l,
                            "A card for the {n} contact moment every customer passes (mandatory): its purpose, the "
                            "information exchanged, the experience intended and promised, the channels with their cost "
                            "and the customer's effort, and who owns and supervises it.",
                            "A card for each of the {n} contact moments every customer passes (mandatory): its "
                            "purpose, the information exchanged, the experience intended and promised, the channels "
                            "with their cost and the customer's effort, and who owns and supervises it.",
                            static_cast<long>(all.size()));
  if (undescribed)
    intro += " " + say_n(l, "{n} answer is not described in the model.", "{n} answers are not described in the model.",
                         static_cast<long>(undescribed));
  // Said before the cards, not after: a note after a full page of cards would print on a page of its own.
  if (all.size() > kCards)
    intro += " " + say_n(l, "Below the {shown} with the most contacts a year; report.json and report.xlsx have all {n}.",
                         "Below the {shown} with the most contacts a year; report.json and report.xlsx have all {n}.",
                         static_cast<long>(all.size()), fmt::arg("shown", kCards));
  s.blocks.emplace_back(Paragraph{{{intro}}});
  s.blocks.emplace_back(std::move(shown));
  return s;
}

}  // namespace kubus::report::view
