// Resolving the derived relations of the schema table: the names each row
// reads are looked up once, checked for the type its computation needs, and the
// rows are ordered so that every relation comes after those it reads.
#include <algorithm>
#include <optional>
#include <string>

#include "schema/schema.h"

namespace kubus::schema {
namespace {

struct Found {
  Member member;
  Type type;
  bool list;
  const std::vector<std::string_view>* targets;  // Ref: the kinds it may name
};

class Resolver {
 public:
  Resolver(std::vector<KindSpec>& table, std::vector<std::string>& errors) : table_(table), errors_(errors) {}

  void row(int k, DerivedSpec& d) {
    const KindSpec& kind = table_[static_cast<std::size_t>(k)];
    d.kind = k;
    std::string where = std::string(kind.name) + "." + std::string(d.name);
    if (d.compute != Compute::Fallback && field_of(kind, d.name) >= 0)
      error(where + ": only a fallback may share its name with a field");
    switch (d.compute) {
      case Compute::Inverse:
        inverse(kind, d, where);
        break;
      case Compute::Chain:
        chain(k, d, where);
        break;
      case Compute::Fallback:
        fallback(k, d, where);
        break;
      case Compute::Met:
      case Compute::Shortfall:
        against_target(k, d, where);
        break;
      case Compute::Product:
        product(k, d, where);
        break;
      case Compute::Split:
        split(kind, d, where);
        break;
      case Compute::TargetValue:
        target_value(k, d, where);
        break;
      case Compute::From:
      case Compute::To:
        if (!kind.implicit) error(where + ": only handoffs have ends");
        break;
      case Compute::Coverage:
      case Compute::Crosses: {
        if (!kind.implicit) error(where + ": only handoffs are covered or cross");
        d.source_kind = kind_of(d.source, where);
        auto via = member(d.source_kind, d.via, where);
        if (via && (via->type != Type::Ref || via->list))
          error(where + ": " + std::string(d.source) + "." + std::string(d.via) + " is not a single reference");
        if (via) d.via_member = via->member;
        break;
      }
      case Compute::NonEmpty: {
        auto via = member(k, d.via, where);
        if (via && (!via->member.derived || !via->list)) error(where + ": " + std::string(d.via) + " is not a list relation");
        if (via) d.via_member = via->member;
        if (d.type != Type::Bool) error(where + ": whether a list is empty is true or false");
        break;
      }
    }
  }

 private:
  // An inverse: the elements of `source` whose `via` names this element.
  void inverse(const KindSpec& kind, DerivedSpec& d, const std::string& where) {
    d.source_kind = kind_of(d.source, where);
    auto via = member(d.source_kind, d.via, where);
    if (via && !names(*via, kind.name))
      error(where + ": " + std::string(d.source) + "." + std::string(d.via) + " does not refer to a " + std::string(kind.name));
    if (via) d.via_member = via->member;
    if (!d.list || d.type != Type::Ref) error(where + ": an inverse relation is a list of references");
  }

  // A fallback: the written field of the same name when given, else the chain.
  void fallback(int k, DerivedSpec& d, const std::string& where) {
    const KindSpec& kind = table_[static_cast<std::size_t>(k)];
    d.field = field_of(kind, d.name);
    if (d.field < 0) {
      error(where + ": a fallback stands in for a field of the same name, and " + std::string(kind.name) + " has none");
      return;
    }
    const FieldSpec& f = kind.fields[static_cast<std::size_t>(d.field)];
    if (f.type != Type::Ref || f.list || f.choices != d.choices)
      error(where + ": the field it stands in for is no single reference to the same kinds");
    chain(k, d, where);
  }

  // Met and Shortfall: the quantity field `via` judged against the target field `then`.
  void against_target(int k, DerivedSpec& d, const std::string& where) {
    auto actual = member(k, d.via, where);
    auto target = member(k, d.then, where);
    if (actual && (actual->member.derived || actual->type != Type::Quantity || actual->list))
      error(where + ": " + std::string(d.via) + " is not a quantity field");
    if (target && (target->member.derived || target->type != Type::Comparison || target->list))
      error(where + ": " + std::string(d.then) + " is not a target (comparison) field");
    if (actual) d.via_member = actual->member;
    if (target) d.then_member = target->member;
    Type want = d.compute == Compute::Met ? Type::Bool : Type::Number;
    if (d.type != want || d.list) error(where + ": its value is " + (d.compute == Compute::Met ? "true or false" : "a number"));
  }

  // Product: two single quantity fields of this kind, the first of the relation's dimension.
  void product(int k, DerivedSpec& d, const std::string& where) {
    auto a = member(k, d.via, where);
    auto b = member(k, d.then, where);
    for (const auto& f : {a, b})
      if (f && (f->member.derived || f->type != Type::Quantity || f->list))
        error(where + ": a product multiplies two quantity fields");
    if (a && !a->member.derived && table_[static_cast<std::size_t>(k)].fields[a->member.index].dim != d.dim)
      error(where + ": " + std::string(d.via) + " is not of the relation's dimension");
    if (a) d.via_member = a->member;
    if (b) d.then_member = b->member;
    quantity_result(d, where);
  }

  // Split: the elements of `source` whose list `via` names this kind, and their quantity `then`.
  void split(const KindSpec& kind, DerivedSpec& d, const std::string& where) {
    d.source_kind = kind_of(d.source, where);
    auto via = member(d.source_kind, d.via, where);
    auto then = member(d.source_kind, d.then, where);
    if (via && (via->member.derived || !via->list || !names(*via, kind.name)))
      error(where + ": " + std::string(d.source) + "." + std::string(d.via) + " is not a list field of " + std::string(kind.name));
    if (then && (then->type != Type::Quantity || then->list))
      error(where + ": " + std::string(d.source) + "." + std::string(d.then) + " is not a single quantity");
    if (via) d.via_member = via->member;
    if (then) d.then_member = then->member;
    quantity_result(d, where);
  }

  // TargetValue: the comparison field `via` of this kind.
  void target_value(int k, DerivedSpec& d, const std::string& where) {
    auto target = member(k, d.via, where);
    if (target && (target->member.derived || target->type != Type::Comparison || target->list))
      error(where + ": " + std::string(d.via) + " is not a target (comparison) field");
    if (target) d.via_member = target->member;
    quantity_result(d, where);
  }

  void quantity_result(const DerivedSpec& d, const std::string& where) {
    if (d.type != Type::Quantity || d.list) error(where + ": its value is a quantity");
  }

  // A chain: this element's single reference `via` (a field or a derived
  // relation), then the single reference field `then` of what it names.
  void chain(int k, DerivedSpec& d, const std::string& where) {
    auto via = member(k, d.via, where);
    if (!via) return;
    d.via_member = via->member;
    if (via->type != Type::Ref || via->list || via->targets->empty()) {
      error(where + ": " + std::string(d.via) + " is not a single reference");
      return;
    }
    auto then = member(kind_of(via->targets->front(), where), d.then, where);
    if (then && (then->member.derived || then->type != Type::Ref || then->list))
      error(where + ": " + std::string(d.then) + " is not a single reference field");
    if (then) d.then_member = then->member;
  }

  static int field_of(const KindSpec& kind, std::string_view name) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i)
      if (kind.fields[i].name == name) return static_cast<int>(i);
    return -1;
  }

  int kind_of(std::string_view name, const std::string& where) {
    for (std::size_t i = 0; i < table_.size(); ++i)
      if (table_[i].name == name) return static_cast<int>(i);
    error(where + ": no kind '" + std::string(name) + "'");
    return -1;
  }

  // A fallback row shadows the field it stands in for: what reads the name reads the row.
  std::optional<Found> member(int k, std::string_view name, const std::string& where) {
    if (k < 0) return std::nullopt;
    const KindSpec& kind = table_[static_cast<std::size_t>(k)];
    for (const auto& d : kind.derived)
      if (d.name == name) return Found{{true, static_cast<std::uint16_t>(d.id)}, d.type, d.list, &d.choices};
    if (int i = field_of(kind, name); i >= 0) {
      const FieldSpec& f = kind.fields[static_cast<std::size_t>(i)];
      return Found{{false, static_cast<std::uint16_t>(i)}, f.type, f.list, &f.choices};
    }
    error(where + ": " + std::string(kind.name) + " has no field or relation '" + std::string(name) + "'");
    return std::nullopt;
  }

  static bool names(const Found& f, std::string_view kind) {
    return f.type == Type::Ref && std::find(f.targets->begin(), f.targets->end(), kind) != f.targets->end();
  }

  void error(std::string message) { errors_.push_back(std::move(message)); }

  std::vector<KindSpec>& table_;
  std::vector<std::string>& errors_;
};

// What a relation reads that is itself derived: it is computed after that. No
// row reads two derived relations; a Split's quantity may be one (channel.yearly-cost).
std::optional<Rel> reads(const DerivedSpec& d) {
  if (d.via_member.derived) return static_cast<Rel>(d.via_member.index);
  if (d.compute == Compute::Split && d.then_member.derived) return static_cast<Rel>(d.then_member.index);
  return std::nullopt;
}

}  // namespace

namespace {

// Each row by its Rel: a Rel out of range, given twice or to no row is an error.
std::vector<DerivedSpec*> rows_by_rel(std::vector<KindSpec>& table, std::vector<std::string>& errors) {
  std::vector<DerivedSpec*> by_rel(kRelCount, nullptr);
  for (auto& kind : table) {
    if (kind.nested && !kind.derived.empty()) errors.push_back(std::string(kind.name) + ": a block has no derived relations");
    for (auto& d : kind.derived) {
      auto r = static_cast<std::size_t>(d.id);
      std::string where = std::string(kind.name) + "." + std::string(d.name);
      if (r >= kRelCount) {
        errors.push_back(where + ": its Rel is out of range");
        continue;
      }
      if (by_rel[r]) errors.push_back(where + ": its Rel is given to another row too");
      by_rel[r] = &d;
    }
  }
  for (std::size_t r = 0; r < kRelCount; ++r)
    if (!by_rel[r]) errors.push_back("Rel " + std::to_string(r) + " is given to no row");
  return by_rel;
}

// Rows in table order, each after what it reads; a relation that reaches
// itself can never be computed.
void order_rows(const std::vector<DerivedSpec*>& by_rel, std::vector<Rel>& order, std::vector<std::string>& errors) {
  order.clear();
  std::vector<char> state(kRelCount, 0);  // 0 new, 1 being placed, 2 placed
  for (std::size_t start = 0; start < kRelCount; ++start) {
    std::vector<std::size_t> chain;
    for (std::size_t r = start; state[r] == 0;) {
      state[r] = 1;
      chain.push_back(r);
      auto next = reads(*by_rel[r]);
      if (!next) break;
      r = static_cast<std::size_t>(*next);
      if (state[r] == 1) {
        errors.push_back(std::string(by_rel[r]->name) + ": derived relations read each other in a cycle");
        return;
      }
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      state[*it] = 2;
      order.push_back(static_cast<Rel>(*it));
    }
  }
}

}  // namespace

std::vector<std::string> resolve_derived(std::vector<KindSpec>& table, std::vector<Rel>& order) {
  std::vector<std::string> errors;
  std::vector<DerivedSpec*> by_rel = rows_by_rel(table, errors);
  if (!errors.empty()) return errors;
  Resolver resolver(table, errors);
  for (std::size_t k = 0; k < table.size(); ++k)
    for (auto& d : table[k].derived) resolver.row(static_cast<int>(k), d);
  if (!errors.empty()) return errors;
  order_rows(by_rel, order, errors);
  return errors;
}

}  // namespace kubus::schema
