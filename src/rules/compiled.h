// The compiled form of a rule expression: typed, with every name resolved.
// Rules are compiled once after type-checking; the evaluator walks these
// nodes per instance and never looks up a name, a field or a unit again.
//
//   variables   -> frame slots (Var; binders say which slot they fill)
//   collections -> a schema kind index (Collection; "handoffs" -> Model::handoffs)
//   a.b         -> an Access per schema kind of a's element: which field or
//                  derived relation (a handoff's ends and coverage among them) to read
//   literals    -> model::Val constants: quantities in base units, enum names
//                  as choice indices, entity IDs as entity indices
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "model/model.h"
#include "rules/types.h"

namespace kubus::rules {

enum class Op : std::uint8_t {
  Const,       // value
  Var,         // the value in frame slot `slot`
  Collection,  // every entity of schema kind `kind`, in model order; the handoff kind: every handoff
  Path,        // kids[0].member, read through `access`; maps over a list base and flattens
  List,        // [kids...]
  Call,        // fn(kids[0])
  Filter,      // [slot in kids[0] where kids[1]]
  All, Any, No,  // quantifiers: slot in kids[0]: kids[1]
  Neg, Not, And, Or, Add, Sub, Mul, Div,
  Cmp,         // kids[0] cmp kids[1]; how to compare follows from the kids' types
  In,          // kids[0] in kids[1] (negated: not in)
  IsNone,      // kids[0] is none (negated: is not none)
};

enum class Fn : std::uint8_t { Count, Sum, Avg, Min, Max };

// How a path member is read from one base element.
enum class AccessKind : std::uint8_t {
  Absent,   // this kind has no such member: the path yields none
  Field,    // Entity::fields[index] (for a Block base: Model::nested[i].fields[index])
  Derived,  // Model::relations[index] (a schema::Rel), for the element: a list, one entity or true/false
};

struct Access {
  AccessKind how = AccessKind::Absent;
  std::uint16_t index = 0;  // Field: the field index; Derived: the schema::Rel
};

struct Node {
  Op op = Op::Const;
  Type type;                  // the static type of the result
  Span span;                  // the source text it was compiled from
  model::Val value;           // Const: Absent for `none`
  std::uint16_t slot = 0;     // Var: slot read; Filter/All/Any/No: slot bound per element
  std::uint16_t kind = 0;     // Collection: schema kind index
  Fn fn = Fn::Count;          // Call
  ast::CmpOp cmp = ast::CmpOp::Eq;  // Cmp
  bool negated = false;       // In: `not in`; IsNone: `is not none`
  bool map = false;           // Path: the base is a list
  std::vector<Access> access; // Path: indexed by the schema kind of the base element (handoff kind for handoffs)
  std::string_view name;      // Path: the member name; Var: the variable (for explanations)
  std::vector<Node> kids;

  bool is_const() const { return op == Op::Const; }
};

// A compact, stable text form of a node, for tests and debugging:
// (== (. (var 0) phase field#0) settle#2).
std::string dump(const Node& n);

}  // namespace kubus::rules
