// The one schema table: which kinds exist, their fields, types, units, ranges,
// defaults and derived relations. The grammar knows none of this; adding a
// field means adding a row here (and a line in docs/language.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::schema {

enum class Type { String, Number, Quantity, Bool, Enum, Ref, Date, Quarter, Comparison, Handoff, Block, Ident };

// What a quantity measures; units convert within a dimension.
enum class Dim { None, Money, Duration, Percent, Rate, Effort };

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
};

// A relation the engine computes after loading; rules read it like a field.
struct DerivedSpec {
  std::string_view name;
  Type type;            // Ref (choices = target kinds), Bool, Enum
  bool list = false;
  std::vector<std::string_view> choices;
  std::string_view doc;
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
const KindSpec* kind_by_plural(std::string_view plural);

// Names a user could have meant, for did-you-mean help.
std::vector<std::string> kind_names();
std::vector<std::string> field_names(const KindSpec& kind, bool with_derived);

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
