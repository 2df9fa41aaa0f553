// The checked model: every declaration resolved against the schema, references
// turned into indices, quantities converted, and the derived relations of
// LANGUAGE.md computed once. Later stages (rules, graph, scores) read only this.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema/schema.h"
#include "syntax/ast.h"

namespace kubus::model {

using Index = std::uint32_t;
inline constexpr Index kNone = 0xFFFFFFFF;

// Every entity holds one Val per field of its kind, so the members are ordered to
// leave no padding (80 bytes, not 96).
struct Val {
  enum class Tag : std::uint8_t { Absent, String, Number, Quantity, Bool, Enum, Ref, Date, Quarter, Comparison, Handoff, Block, Ident, List };
  Tag tag = Tag::Absent;
  ast::CmpOp op = ast::CmpOp::Eq;       // Comparison
  bool boolean = false;
  schema::Dim dim = schema::Dim::None;  // Quantity
  Index index = kNone;                  // Ref/Block: entity; Handoff: handoff; Enum: choice
  Span span;
  double number = 0;                    // Number; Quantity in base units (seconds, per year, pm, %, money)
  std::string_view text;                // String: literal as written; Enum/Ident: the name; Date/Quarter: text;
                                        // Quantity: currency for money; Comparison: metric name
  std::vector<Val> items;               // List items; Comparison: items[0] is the target
  bool present() const { return tag != Tag::Absent; }
};

struct Entity {
  std::uint16_t kind = 0;            // index into schema::kinds()
  std::string_view id;
  std::string_view title;            // string literal as written, empty when none
  Span span;                         // the whole declaration
  Span id_span;
  const ast::Decl* decl = nullptr;   // null for nested blocks
  std::vector<Val> fields;           // by schema field index
  std::vector<std::vector<Index>> derived;  // list relations, by schema derived index
  Index single = kNone;              // touchpoint.department (the one non-list relation of a declared kind)
};

struct Handoff {
  Index from = kNone;
  Index to = kNone;
  Span span;                 // the `next` item that creates it
  std::vector<Index> slas;   // SLAs that cover it, sorted by ID
  bool crosses = false;
};

struct Model {
  std::vector<Entity> entities;      // declared entities, sorted by (kind, id)
  std::vector<Entity> nested;        // blocks such as feedback, referenced by Val::Block
  std::vector<std::pair<Index, Index>> kind_range;  // [begin, end) into entities, by kind index
  std::vector<std::unordered_map<std::string_view, Index>> ids;  // per kind: ID -> entity
  std::vector<Handoff> handoffs;     // sorted by (from ID, to ID)
  // The syntax trees the entities point into, in load order; shared with a
  // ParseCache that keeps them for the next load.
  std::vector<std::shared_ptr<const ast::File>> files;

  const schema::KindSpec& spec(const Entity& e) const { return schema::kinds()[e.kind]; }
  Index find(std::string_view kind, std::string_view id) const;
  Index find_handoff(Index from, Index to) const;
  std::vector<Index> of_kind(std::string_view kind) const;
  const Val& field(const Entity& e, std::string_view name) const;
  std::string_view display(const Entity& e) const;  // the title without quotes, or the ID
};

}  // namespace kubus::model
