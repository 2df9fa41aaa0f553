#include "schema/schema.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "schema/gap_kind.h"
#include "support/severity.h"

namespace kubus::schema {
namespace {

using T = Type;

FieldSpec str(std::string_view n, std::string_view doc) { return {n, T::String, false, false, false, {}, Dim::None, {}, {}, false, {}, doc}; }
// A display text: a language block may give it in another language.
FieldSpec text(std::string_view n, std::string_view doc) {
  FieldSpec f = str(n, doc);
  f.translatable = true;
  return f;
}
// Display texts in a list, such as a practice's interview questions; with
// `items`, exactly that many.
FieldSpec texts(std::string_view n, std::string_view doc, std::uint8_t items = 0) {
  FieldSpec f = text(n, doc);
  f.list = true;
  f.items = items;
  return f;
}
FieldSpec num(std::string_view n, std::string_view doc, std::optional<double> lo = 0, std::optional<double> hi = {}, bool integer = false) {
  return {n, T::Number, false, false, false, {}, Dim::None, lo, hi, integer, {}, doc};
}
FieldSpec qty(std::string_view n, Dim d, std::string_view doc) { return {n, T::Quantity, false, false, false, {}, d, {}, {}, false, {}, doc}; }
FieldSpec boolean(std::string_view n, std::string_view def, std::string_view doc) { return {n, T::Bool, false, false, false, {}, Dim::None, {}, {}, false, def, doc}; }
FieldSpec choice(std::string_view n, std::vector<std::string_view> c, std::string_view doc, bool req = false, std::string_view def = {}) {
  return {n, T::Enum, false, req, false, std::move(c), Dim::None, {}, {}, false, def, doc};
}
FieldSpec ref(std::string_view n, std::vector<std::string_view> kinds, std::string_view doc, bool req = false) {
  return {n, T::Ref, false, req, false, std::move(kinds), Dim::None, {}, {}, false, {}, doc};
}
FieldSpec refs(std::string_view n, std::vector<std::string_view> kinds, std::string_view doc, bool req = false) {
  return {n, T::Ref, true, req, req, std::move(kinds), Dim::None, {}, {}, false, {}, doc};
}
FieldSpec typed(std::string_view n, T t, std::string_view doc, bool req = false) {
  return {n, t, false, req, false, {}, Dim::None, {}, {}, false, {}, doc};
}
FieldSpec required(FieldSpec f) { f.required = true; return f; }
// Derived relations, by how they are computed (schema::Compute).
DerivedSpec inverse(Rel id, std::string_view n, std::string_view source, std::string_view via, std::string_view doc) {
  return {n, T::Ref, true, {source}, doc, id, Compute::Inverse, source, via, {}};
}
DerivedSpec chain(Rel id, std::string_view n, std::string_view target, std::string_view via, std::string_view then,
                  std::string_view doc) {
  return {n, T::Ref, false, {target}, doc, id, Compute::Chain, {}, via, then};
}
DerivedSpec end(Rel id, std::string_view n, Compute which, std::string_view doc) {
  return {n, T::Ref, false, {"touchpoint"}, doc, id, which, {}, {}, {}};
}
DerivedSpec computed(Rel id, std::string_view n, T type, bool list, std::vector<std::string_view> kinds, Compute how,
                     std::string_view source, std::string_view via, std::string_view doc) {
  return {n, type, list, std::move(kinds), doc, id, how, source, via, {}};
}

// A field's value when written, else a chain through another reference.
DerivedSpec fallback(Rel id, std::string_view n, std::string_view target, std::string_view via, std::string_view then,
                     std::string_view doc) {
  return {n, T::Ref, false, {target}, doc, id, Compute::Fallback, {}, via, then};
}
// Targets against actuals: whether `actual` meets `target`, and by how much it misses.
DerivedSpec met(Rel id, std::string_view doc) { return {"met", T::Bool, false, {}, doc, id, Compute::Met, {}, "actual", "target"}; }
DerivedSpec shortfall(Rel id, std::string_view doc) {
  return {"shortfall", T::Number, false, {}, doc, id, Compute::Shortfall, {}, "actual", "target"};
}

// Which value a target (a comparison) names, so a rule can ask for a norm: `k.target-value <= 2 days`.
DerivedSpec target_value(Rel id) {
  return {"target-value", T::Quantity, false, {}, "The target's value (`<= 2 days`: 2 days), in any unit or none.",
          id, Compute::TargetValue, {}, "target", {}, Dim::None};
}
// The yearly cost of contact: per touchpoint cost x volume, per channel its
// touchpoints' yearly costs split evenly over their channels (docs/language.md §7).
DerivedSpec yearly_cost(Rel id, std::string_view doc) {
  return {"yearly-cost", T::Quantity, false, {}, doc, id, Compute::Product, {}, "cost", "volume", Dim::Money};
}
DerivedSpec channel_yearly_cost(Rel id, std::string_view doc) {
  return {"yearly-cost", T::Quantity, false, {}, doc, id, Compute::Split, "touchpoint", "channels", "yearly-cost", Dim::Money};
}

std::vector<std::string_view> gap_kind_choices() {
  std::vector<std::string_view> out;
  out.reserve(kGapKinds.size());
  for (const auto& k : kGapKinds) out.push_back(k.name);
  return out;
}

std::vector<KindSpec> build() {
  const std::vector<std::string_view> media{"post", "email", "phone", "chat", "portal", "web", "app",
                                            "social", "sms", "print", "in-person"};
  return {
      {"organisation", "organisations", "The organisation assessed; at most one per model.",
       {str("sector", "Sector, e.g. health insurance."), str("country", "Country."),
        num("customers", "Number of customers.", 0, {}, true), num("employees", "Number of employees.", 0, {}, true)},
       {}, false, false, 1},
      {"unit", "units", "A business unit (bedrijfsonderdeel).",
       {text("description", "What the unit does.")},
       {inverse(Rel::UnitTouchpoints, "touchpoints", "touchpoint", "unit",
                "Touchpoints of this unit: written, or derived from the owner's department.")}},
      {"segment", "segments", "A customer group the strategy chooses.",
       {ref("unit", {"unit"}, "The business unit serving it."),
        choice("priority", {"high", "medium", "low"}, "How much the strategy invests in it."),
        num("customers", "Number of customers in the group.", 0, {}, true)},
       {inverse(Rel::SegmentTouchpoints, "touchpoints", "touchpoint", "segments", "Touchpoints that name this segment.")}},
      {"department", "departments", "A department of the line, staff or support organisation.",
       {choice("kind", {"line", "staff", "support"}, "Line, staff or support.", true),
        ref("unit", {"unit"}, "The business unit it belongs to.")},
       {inverse(Rel::DepartmentRoles, "roles", "role", "department", "Roles in this department."),
        inverse(Rel::DepartmentTouchpoints, "touchpoints", "touchpoint", "department", "Touchpoints owned by its roles."),
        inverse(Rel::DepartmentComponents, "components", "component", "department", "Components it owns.")}},
      {"role", "roles", "A role that can own or supervise touchpoints.",
       {ref("department", {"department"}, "The department the role sits in.", true),
        str("holder", "Who holds the role (a name or a title)."),
        boolean("ambassador", "false", "The internal ambassador for customer communication.")},
       {}},
      {"channel", "channels", "A channel the customer and the organisation use.",
       {choice("medium", media, "The medium.", true), boolean("assisted", "false", "A human answers."),
        qty("cost", Dim::Money, "Cost per contact."),
        boolean("published", "false", "The contact details are easy to find (website, letters, app)."),
        text("hours", "When a person answers.")},
       {channel_yearly_cost(Rel::ChannelYearlyCost,
                            "The yearly cost of its touchpoints: each one's yearly-cost split evenly over its channels.")}},
      {"capability", "capabilities", "A CCM capability, such as document composition.",
       {choice("family", {"inbound", "outbound", "interaction", "orchestration", "data", "process"}, "Capability family.")},
       {inverse(Rel::CapabilityComponents, "components", "component", "capabilities", "Components that offer it.")}},
      {"component", "components", "A CCM component or system behind touchpoints.",
       {refs("capabilities", {"capability"}, "What it does; at least one.", true),
        ref("department", {"department"}, "The department that owns it.", true),
        choice("deployment", {"on-premise", "cloud", "outsourced"}, "Where it runs."),
        boolean("shared", "false", "Run as one enterprise service for all departments."),
        refs("integrates", {"component"}, "Components it exchanges data with."),
        str("vendor", "Supplier or product."), qty("cost", Dim::Money, "Cost per year."),
        qty("retention", Dim::Duration, "How long customer documents stay available to the customer."),
        boolean("ex-customer-access", "false", "Former customers can still reach their documents."),
        boolean("own-login", "false", "A portal the customer must log in to separately.")},
       {inverse(Rel::ComponentUsers, "users", "touchpoint", "uses", "Touchpoints whose `uses` lists it.")}},
      {"touchpoint", "touchpoints", "A customer contact moment (klantcontactmoment).",
       {choice("phase", {"promise", "deliver", "settle", "use"}, "Phase of the customer relationship.", true),
        boolean("mandatory", "false", "Every customer passes through it (onontkoombaar)."),
        ref("unit", {"unit"}, "Business unit."), refs("segments", {"segment"}, "Customer groups it serves."),
        ref("owner", {"role"}, "Accountable owner."), ref("supervisor", {"role"}, "Supervisor."),
        refs("channels", {"channel"}, "Channels it runs on."), refs("uses", {"component"}, "Components behind it."),
        text("purpose", "Why the contact exists."), text("exchanges", "Information exchanged."),
        text("experience", "The desired customer experience."),
        num("effort", "Customer effort, 1 (none) to 7 (very high).", 1, 7),
        qty("volume", Dim::Rate, "Contacts per year: a plain number or a rate such as 1200000 /year."), qty("cost", Dim::Money, "Cost per contact."),
        typed("feedback", T::Block, "How feedback is captured and routed."),
        refs("next", {"touchpoint"}, "The handoffs to the next touchpoints."),
        boolean("mandate", "false", "The employee may solve the problem or make a gesture without escalation."),
        text("promised", "What campaigns and sales promise about this moment."),
        boolean("switch-moment", "false", "Customers look around for alternatives here.")},
       {chain(Rel::TouchpointDepartment, "department", "department", "owner", "department",
              "owner.department (none without an owner)."),
        inverse(Rel::TouchpointOutgoing, "outgoing", "handoff", "from", "Handoffs from this touchpoint."),
        inverse(Rel::TouchpointIncoming, "incoming", "handoff", "to", "Handoffs to this touchpoint."),
        inverse(Rel::TouchpointKpis, "kpis", "kpi", "of", "KPIs whose `of` is this touchpoint."),
        fallback(Rel::TouchpointUnit, "unit", "unit", "department", "unit",
                 "The `unit` written, else owner.department.unit (none when neither says)."),
        yearly_cost(Rel::TouchpointYearlyCost, "cost x volume (none when either is missing).")}},
      {"feedback", "", "How a touchpoint captures feedback (a block inside a touchpoint).",
       {{"sources", T::Enum, true, false, false, {"survey", "complaints", "contact-centre", "social", "review", "interview"},
         Dim::None, {}, {}, false, {}, "Where feedback comes from."},
        ref("routed-to", {"role"}, "Who receives it."),
        boolean("closed-loop", "false", "The customer hears back.")},
       {}, true},
      {"handoff", "handoffs", "A handoff a -> b, created by `next` on touchpoint a.",
       {},
       {end(Rel::HandoffFrom, "from", Compute::From, "Where the customer comes from."),
        end(Rel::HandoffTo, "to", Compute::To, "Where the customer goes."),
        computed(Rel::HandoffSlas, "slas", T::Ref, true, {"sla"}, Compute::Coverage, "touchpoint", "department",
                 "SLAs that cover it."),
        computed(Rel::HandoffCovered, "covered", T::Bool, false, {}, Compute::NonEmpty, {}, "slas", "count(slas) > 0."),
        computed(Rel::HandoffCrosses, "crosses", T::Bool, false, {}, Compute::Crosses, "touchpoint", "department",
                 "Both ends have a department and they differ.")},
       false, true},
      {"sla", "slas", "An internal service-level agreement between departments.",
       {ref("from", {"department"}, "The department handing over.", true),
        ref("to", {"department"}, "The department taking over.", true),
        {"covers", T::Handoff, true, false, false, {}, Dim::None, {}, {}, false, {}, "Handoffs it covers."},
        typed("target", T::Comparison, "The agreed norm, e.g. response-time <= 2 days.", true),
        typed("actual", T::Quantity, "The measured value.")},
       {met(Rel::SlaMet, "Whether actual satisfies target (none without an actual)."),
        shortfall(Rel::SlaShortfall, "How far actual misses target, relative to the target (0 when met, none without an actual)."),
        target_value(Rel::SlaTargetValue)}},
      {"kpi", "kpis", "A key performance indicator.",
       {ref("of", {"touchpoint", "unit", "segment"}, "What it measures (absent: the organisation)."),
        typed("metric", T::Ident, "nps, csat, ces, fcr, retention, aht, cost-per-contact, response-time, backlog, ...", true),
        typed("target", T::Comparison, "The target, e.g. >= 30.", true), typed("actual", T::Quantity, "The measured value."),
        choice("orientation", {"customer", "internal"}, "Derived from the metric when absent."),
        ref("owner", {"role"}, "Who answers for it."),
        choice("frequency", {"realtime", "daily", "weekly", "monthly", "quarterly", "yearly"}, "How often it is measured.")},
       {met(Rel::KpiMet, "Whether actual satisfies target (none without an actual)."),
        shortfall(Rel::KpiShortfall, "How far actual misses target, relative to the target (0 when met, none without an actual)."),
        target_value(Rel::KpiTargetValue)}},
      {"practice", "practices", "A capability or condition of a market-driven organisation.",
       {text("description", "What the practice means."),
        texts("questions", "Open interview questions whose answers place the practice on the 1 to 5 scale."),
        texts("levels", "What the practice looks like at level 1, 2, 3, 4 and 5: exactly five texts.", 5)},
       {inverse(Rel::PracticeObservations, "observations", "observation", "practice", "Observations of this practice.")}},
      {"observation", "observations", "Interview evidence of a practice's level.",
       {ref("practice", {"practice"}, "The practice observed.", true),
        required(num("level", "Observed maturity, 1 to 5.", 1, 5)),
        choice("confidence", {"low", "medium", "high"}, "How sure the observation is.", false, "medium"),
        str("evidence", "What was seen or heard."), str("source", "Who or what it comes from."),
        str("interviewee", "Who was interviewed, when the source is an interview."),
        typed("date", T::Date, "When it was observed.")},
       {}},
      {"rule", "rules", "An assessment rule (`rule` syntax).",
       {choice("severity", rule_severity_words(), "How serious a finding is.", false,
               rule_severity_name(Severity::Warning)),
        text("rationale", "Why the rule exists; cite the idea from the domain."),
        text("message", "Finding text; {expression} is interpolated.")},
       {}},
      {"test", "tests", "A rule test: which subjects of this fixture model a rule must flag (`kubus test`).",
       {ref("rule", {"rule"}, "The rule under test.", true),
        typed("description", T::String, "What the test shows."),
        {"flags", T::Ident, true, false, false, {}, Dim::None, {}, {}, false, {},
         "Exactly the entity IDs the rule must flag; [] for none."},
        {"flags-handoffs", T::Handoff, true, false, false, {}, Dim::None, {}, {}, false, {},
         "Exactly the handoffs `a -> b` the rule must flag."},
        typed("passes", T::Bool, "For a rule without `for`: whether its one instance holds."),
        {"waived", T::Subject, true, false, false, {}, Dim::None, {}, {}, false, {},
         "Exactly the subjects the fixture's waivers take out of the rule (handoffs as a -> b)."},
        typed("date", T::Date, "The assessment date the fixture's waivers are judged against; without it none expires.")},
       {}},
      {"waiver", "waivers", "An accepted deviation: instances of a rule, or gaps of a kind, taken out until a date.",
       {ref("rule", {"rule"}, "The rule waived: a rule of the model or its libraries."),
        choice("gap", gap_kind_choices(), "The silo-gap kind waived, instead of a rule."),
        {"entities", T::Subject, true, false, false, {}, Dim::None, {}, {}, false, {},
         "The subjects waived (handoffs as a -> b); absent: every instance."},
        required(text("reason", "Why the deviation is accepted.")),
        ref("owner", {"role"}, "The role that answers for the deviation.", true),
        typed("expires", T::Date, "The last day it applies, judged against the assessment's date.", true)},
       {}},
  };
}

}  // namespace

namespace {

struct Table {
  std::vector<KindSpec> kinds;
  std::vector<Rel> order;
  std::array<const DerivedSpec*, kRelCount> by_rel{};
};

// The loader looks up a kind per declaration and a field per member: comparing
// the length and the first byte before the bytes skips the call to memcmp for
// nearly every other name (6.6% of `kubus check`'s instructions before).
template <class Specs>
int index_of(const Specs& specs, std::string_view name) {
  if (name.empty()) return -1;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    std::string_view n = specs[i].name;
    if (n.size() == name.size() && n.front() == name.front() && n == name) return static_cast<int>(i);
  }
  return -1;
}

// Every Ref field's target kinds as indices; an unknown target kind is an error of the table.
void resolve_choice_kinds(std::vector<KindSpec>& kinds, std::vector<std::string>& errors) {
  for (auto& k : kinds)
    for (auto& f : k.fields) {
      if (f.type != Type::Ref) continue;
      for (auto choice : f.choices) {
        int i = index_of(kinds, choice);
        if (i < 0) errors.push_back(std::string(k.name) + "." + std::string(f.name) + ": no kind '" + std::string(choice) + "'");
        else f.choice_kinds.push_back(static_cast<std::uint16_t>(i));
      }
    }
}

// A table that does not resolve is a mistake in this file: it stops the
// program at its first use, naming what is wrong, rather than letting the
// engine read a relation that is not there.
Table make_table() {
  Table t;
  t.kinds = build();
  std::vector<std::string> errors = resolve_derived(t.kinds, t.order);
  resolve_choice_kinds(t.kinds, errors);
  if (!errors.empty()) {
    std::string all = "the schema table is inconsistent:";
    for (const auto& e : errors) all += "\n  " + e;
    throw std::logic_error(all);
  }
  for (const auto& k : t.kinds)
    for (const auto& d : k.derived) t.by_rel[static_cast<std::size_t>(d.id)] = &d;
  return t;
}

const Table& table() {
  static const Table t = make_table();
  return t;
}

}  // namespace

const std::vector<KindSpec>& kinds() { return table().kinds; }

const DerivedSpec& derived(Rel r) { return *table().by_rel[static_cast<std::size_t>(r)]; }

const std::vector<Rel>& derivation_order() { return table().order; }

int kind_index(std::string_view name) { return index_of(kinds(), name); }

const KindSpec* find_kind(std::string_view name) {
  int i = kind_index(name);
  return i < 0 ? nullptr : &kinds()[static_cast<std::size_t>(i)];
}

int field_index(const KindSpec& kind, std::string_view name) { return index_of(kind.fields, name); }

const FieldSpec* find_field(const KindSpec& kind, std::string_view name) {
  int i = field_index(kind, name);
  return i < 0 ? nullptr : &kind.fields[static_cast<std::size_t>(i)];
}

const DerivedSpec* find_derived(const KindSpec& kind, std::string_view name) {
  for (const auto& d : kind.derived)
    if (d.name == name) return &d;
  return nullptr;
}

const KindSpec* kind_by_plural(std::string_view plural) {
  for (const auto& k : kinds())
    if (!k.plural.empty() && k.plural == plural) return &k;
  return nullptr;
}

std::vector<std::string> kind_names() {
  std::vector<std::string> out;
  for (const auto& k : kinds())
    if (!k.nested && !k.implicit && k.name != "rule") out.emplace_back(k.name);
  return out;
}

std::vector<std::string> field_names(const KindSpec& kind, bool with_derived) {
  std::vector<std::string> out;
  for (const auto& f : kind.fields) out.emplace_back(f.name);
  if (with_derived)
    for (const auto& d : kind.derived) out.emplace_back(d.name);
  return out;
}

std::vector<std::string> translatable_names(const KindSpec& kind) {
  std::vector<std::string> out{"title"};
  for (const auto& f : kind.fields)
    if (f.translatable) out.emplace_back(f.name);
  return out;
}

bool customer_metric(std::string_view m) {
  return m == "nps" || m == "csat" || m == "ces" || m == "fcr" || m == "retention";
}

}  // namespace kubus::schema
