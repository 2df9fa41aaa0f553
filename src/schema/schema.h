// The one schema table: which kinds exist, their fields, types, units, ranges,
// defaults and derived relations. The grammar knows none of this; adding a
// field means adding a row here (and a line in docs/language.md).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::schema {

// Subject: an entity ID or a handoff `a -> b`, checked by whoever reads it (waiver.entities).
enum class Type { String, Number, Quantity, Bool, Enum, Ref, Date, Quarter, Comparison, Handoff, Block, Ident, Subject };

// What a quantity measures; units convert within a dimension.
enum class Dim : std::uint8_t { None, Money, Duration, Percent, Rate, Effort };

struct FieldSpec {
  std::string_view name;
  Type type;
  bool list = false;
  bool required = false;
  bool non_empty = false;                    // a required list must have an item
  std::vector<std::string_view> choices;     // Enum: allowed values; Ref: target kinds
  Dim dim = Dim::None;                       // Quantity
  std::optional<double> min, max;            // Number
  bool integer = false;                      // Number: whole numbers only
  std::string_view default_value;            // as written, for docs and derived defaults
  std::string_view doc;
  // A display text a language block (`nl { ... }`) may give in another
  // language; besides these, every kind's title is translatable.
  bool translatable = false;
  std::uint8_t items = 0;                    // a list: exactly this many items (0: any number)
  // Ref: the indices of the kinds in `choices`, resolved when the table is built,
  // so the loader resolves a reference without looking its kinds up by name.
  std::vector<std::uint16_t> choice_kinds;
};

// Every derived relation of the table, one enumerator each, in table order.
// Code outside the rule checker names a relation by its enumerator, so it
// cannot ask for one that does not exist.
enum class Rel : std::uint8_t {
  UnitTouchpoints,
  SegmentTouchpoints,
  DepartmentRoles,
  DepartmentTouchpoints,
  DepartmentComponents,
  ChannelYearlyCost,
  CapabilityComponents,
  ComponentUsers,
  TouchpointDepartment,
  TouchpointOutgoing,
  TouchpointIncoming,
  TouchpointKpis,
  TouchpointUnit,
  TouchpointYearlyCost,
  HandoffFrom,
  HandoffTo,
  HandoffSlas,
  HandoffCovered,
  HandoffCrosses,
  PracticeObservations,
  SlaMet,
  SlaShortfall,
  SlaTargetValue,
  KpiMet,
  KpiShortfall,
  KpiTargetValue,
};
inline constexpr std::size_t kRelCount = 26;

// How the engine computes a derived relation; model/derive.cpp has one step
// per computation and runs the table's rows through them.
enum class Compute : std::uint8_t {
  Inverse,   // the elements of kind `source` whose member `via` names this element
  Chain,     // the entity this element's field `via` names, then that entity's field `then`
  From,      // a handoff's first end: the touchpoint whose `next` creates it
  To,        // a handoff's second end: the touchpoint its `next` item names
  Coverage,  // the SLAs covering a handoff (LANGUAGE.md §6); `source`.`via` is an end's department
  NonEmpty,  // whether this element's list relation `via` has an item
  Crosses,   // whether both ends' `source`.`via` (department) are present and differ
  Fallback,  // this element's field of the relation's own name when written, else the Chain `via`.`then`
  Met,       // whether the quantity field `via` (actual) satisfies the comparison field `then` (target); none without it
  Shortfall, // how far `via` misses `then`, relative to the target's magnitude (docs/language.md); none without `via`
  Product,   // the quantity field `via` times the quantity field `then` (cost x volume); none when either is absent
  Split,     // the sum over the elements of `source` whose list `via` names this element of their quantity
             // `then` divided by the length of that list (an even split); none when none has one
  TargetValue, // the value of the comparison field `via` (a target's number, in base units)
};

// A member of a kind as the table resolved it: a field, or a derived relation.
struct Member {
  bool derived = false;
  std::uint16_t index = 0;  // the field index, or the Rel
};

// A relation the engine computes after loading; rules read it like a field.
struct DerivedSpec {
  std::string_view name;
  Type type;            // Ref (choices = target kinds), Bool, Enum, Number, Quantity (of `dim`)
  bool list = false;
  std::vector<std::string_view> choices;
  std::string_view doc;
  Rel id{};
  Compute compute = Compute::Inverse;
  std::string_view source, via, then;  // what `compute` reads, by name (see Compute)
  Dim dim = Dim::None;  // Quantity: what it measures (None: any dimension, as kpi.actual)
  // Resolved from the names when the table is built (resolve_derived):
  int kind = -1;         // the kind this relation belongs to
  int source_kind = -1;  // Inverse, Coverage, Crosses: `source`
  Member via_member;     // `via`, a member of the source kind (Inverse, Coverage, Crosses) or of this kind
  Member then_member;    // Chain, Fallback: `then`, a field of the kind `via` refers to; Met, Shortfall: the target;
                         // Product: the second factor; Split: the quantity of the `source` element
  int field = -1;        // Fallback: the field of this kind that the relation stands in for when it is absent
};

struct KindSpec {
  std::string_view name;
  std::string_view plural;      // the collection name in rules; empty: not a collection
  std::string_view doc;
  std::vector<FieldSpec> fields;
  std::vector<DerivedSpec> derived;
  bool nested = false;          // only written as a block inside another kind
  bool implicit = false;        // never declared: created by the engine (handoff)
  int max_count = 0;            // 0: unlimited
};

const std::vector<KindSpec>& kinds();
const KindSpec* find_kind(std::string_view name);
int kind_index(std::string_view name);  // -1 when unknown
const FieldSpec* find_field(const KindSpec& kind, std::string_view name);
int field_index(const KindSpec& kind, std::string_view name);
const DerivedSpec* find_derived(const KindSpec& kind, std::string_view name);
// The row of a derived relation.
const DerivedSpec& derived(Rel r);
// Every derived relation, each after the relations it reads: the order the
// engine computes them in.
const std::vector<Rel>& derivation_order();

// Resolves the names in the table's derived relations (`source`, `via`,
// `then`) and orders the relations by what they read. Returns one message per
// problem: an unknown kind or member, a member of the wrong type, a Rel given to
// no row or to two, relations that read each other in a cycle. kinds() resolves
// its own table so and refuses to start with a broken one.
std::vector<std::string> resolve_derived(std::vector<KindSpec>& table, std::vector<Rel>& order);
const KindSpec* kind_by_plural(std::string_view plural);

// Names a user could have meant, for did-you-mean help.
std::vector<std::string> kind_names();
std::vector<std::string> field_names(const KindSpec& kind, bool with_derived);
// What a language block of `kind` may hold: `title`, then the translatable fields.
std::vector<std::string> translatable_names(const KindSpec& kind);

// Metrics with a known orientation and measure (LANGUAGE.md, kpi).
bool customer_metric(std::string_view metric);

struct UnitInfo {
  Dim dim;
  double factor;              // to the dimension's base unit (seconds, EUR-as-is, per year, pm, %)
  std::string_view currency;  // Money: the currency code
};
std::optional<UnitInfo> find_unit(std::string_view unit);

// A quantity written as text ("6 pm", "250000 EUR", "6pm"): a number, then a
// unit of dimension `dim`, converted to the dimension's base unit. The YAML
// files and the command line read quantities through this one function. On a
// problem `value` is empty and `message` ("'6' has no unit") and `help` say
// what is wrong; the caller names the key or flag.
struct ParsedQuantity {
  enum class Problem { None, NotANumber, NoUnit, WrongUnit };
  std::optional<double> value;
  std::string currency;  // Money: the currency code
  Problem problem = Problem::None;
  std::string message, help;
};
ParsedQuantity parse_quantity(std::string_view text, Dim dim, bool bare_ok = false);
std::vector<std::string> unit_names();
std::string_view dim_name(Dim d);
std::string_view type_name(Type t);

}  // namespace kubus::schema
