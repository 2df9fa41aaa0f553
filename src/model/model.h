// The checked model: every declaration resolved against the schema, references
// turned into indices, quantities converted, and the derived relations of
// LANGUAGE.md computed once, as the schema table says. Later stages (rules,
// graph, scores) read only this.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "model/id_table.h"
#include "schema/schema.h"
#include "support/language.h"
#include "support/text.h"
#include "syntax/ast.h"

namespace kubus::model {

struct Val;

// A run of Vals in the model's arena (Model::vals): a list's items, an entity's
// fields. Packed to 12 bytes so that a Val is 64 bytes, one cache line.
struct [[gnu::packed]] Vals {
  Val* ptr = nullptr;
  std::uint32_t count = 0;

  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  Val* begin();
  Val* end();
  const Val* begin() const;
  const Val* end() const;
  const Val* data() const { return begin(); }
  Val& operator[](std::size_t i);
  const Val& operator[](std::size_t i) const;
  const Val& front() const { return (*this)[0]; }
  const Val& at(std::size_t i) const;  // throws std::out_of_range past the end, as std::vector's
};

// Every entity holds one Val per field of its kind, so the members are ordered to
// leave no padding (64 bytes).
struct Val {
  enum class Tag : std::uint8_t { Absent, String, Number, Quantity, Bool, Enum, Ref, Date, Quarter, Comparison, Handoff, Block, Ident, List };
  Tag tag = Tag::Absent;
  ast::CmpOp op = ast::CmpOp::Eq;       // Comparison
  bool boolean = false;
  schema::Dim dim = schema::Dim::None;  // Quantity
  Index index = kNone;                  // Ref/Block: entity; Handoff: the handoff (kNone: none); Enum: choice
  Vals items;                           // List items; Comparison: items[0] is the target;
                                        // Handoff: items[0], items[1] its ends (touchpoint Refs, index kNone when unknown)
  Span span;
  double number = 0;                    // Number; Quantity in base units (seconds, per year, pm, %, money)
  std::string_view text;                // String: the text, escapes decoded; Enum/Ident: the name; Date/Quarter: text;
                                        // Quantity: the unit as written (money: the currency);
                                        // Comparison: metric name
  bool present() const { return tag != Tag::Absent; }
};
static_assert(sizeof(Val) == 64);

inline Val* Vals::begin() { return ptr; }
inline Val* Vals::end() { return ptr + count; }
inline const Val* Vals::begin() const { return ptr; }
inline const Val* Vals::end() const { return ptr + count; }
inline Val& Vals::operator[](std::size_t i) { return ptr[i]; }
inline const Val& Vals::operator[](std::size_t i) const { return ptr[i]; }
inline const Val& Vals::at(std::size_t i) const {
  if (i >= count) throw std::out_of_range("model::Vals::at");
  return ptr[i];
}

// Where every Val of a model lives: runs handed out one after another from
// large blocks, so that the fields of entities resolved one after another (a
// kind's, in ID order) and their list items lie one after another in memory,
// and a list costs no allocation of its own. Runs are never freed or moved.
class ValArena {
 public:
  Vals make(std::size_t n);                 // n Absent Vals
  Vals copy(std::span<const Val> values);   // a run holding copies of `values`

 private:
  std::vector<std::unique_ptr<Val[]>> blocks_;
  Val* next_ = nullptr;
  std::size_t left_ = 0;
};

struct Entity {
  std::uint16_t kind = 0;            // index into schema::kinds()
  std::uint32_t written = 0;         // bit i: the declaration wrote field i, valid or not (a default
                                     // the loader applied is not written); every kind has at most 32 fields
  std::string_view id;
  std::string_view title;            // the title, escapes decoded; empty when none
  Span span;                         // the whole declaration
  Span id_span;
  const ast::Decl* decl = nullptr;   // null for nested blocks, and for entities other than rules
                                     // once loaded unless LoadOptions::keep_syntax
  Vals fields;                       // by schema field index, in Model::vals
};

// A display text of a declaration in another language, from a language block
// such as `nl { title: "..." message: "..." }` (docs/language.md, "Language blocks").
inline constexpr std::int32_t kTitleField = -1;  // Variant::field for the declaration's title
struct Variant {
  Index entity = kNone;               // into Model::entities
  std::int32_t field = kTitleField;   // the translatable field's index, or kTitleField
  Lang lang = kDefaultLang;
  std::string_view text;              // escapes decoded
  std::vector<std::string_view> items;  // a list of texts (a practice's questions): its items, escapes decoded
  const ast::Value* value = nullptr;  // the string (or list) as written (a message is type-checked from it);
                                      // null once loaded when the declaration's tree was freed (Entity::decl)
};

// An element of the implicit kind `handoff`: created by `next`, identified by its ends.
struct Handoff {
  Index from = kNone;
  Index to = kNone;
  Span span;                 // the `next` item that creates it
};

// One derived relation of the schema table, for every element of its kind: an
// entity, by its offset from the kind's first, or a handoff, by its index.
struct Relation {
  enum class Shape : std::uint8_t { List, Single, Flag, Number, Quantity };
  Shape shape = Shape::List;
  Index first = 0;             // the entity (or handoff) index of element 0
  std::vector<Index> offsets;  // List: element e's items are values[offsets[e], offsets[e + 1])
  std::vector<Index> values;   // List: the items, sorted; Single: one per element (kNone: none);
                               // Flag: 0, 1, or kNone for none (kpi.met without an actual)
  std::vector<double> numbers; // Number: one per element, NaN for none
  std::vector<Val> quantities; // Quantity: one per element, Absent for none (money: text is the currency)

  // The value for entity (or handoff) `i` of the relation's kind.
  std::span<const Index> list(Index i) const {
    Index e = i - first;
    return {values.data() + offsets[e], offsets[e + 1] - offsets[e]};
  }
  Index single(Index i) const { return values[i - first]; }
  bool flag(Index i) const { return values[i - first] != 0 && values[i - first] != kNone; }
  bool flag_none(Index i) const { return values[i - first] == kNone; }
  // Number: the value, NaN for none.
  double number(Index i) const { return numbers[i - first]; }
  // Quantity: the value, Absent for none.
  const Val& quantity(Index i) const { return quantities[i - first]; }
};

struct Model {
  std::vector<Entity> entities;      // declared entities, sorted by (kind, id)
  std::vector<Entity> nested;        // blocks such as feedback, referenced by Val::Block
  std::vector<std::pair<Index, Index>> kind_range;  // [begin, end) into entities, by kind index
  IdTable ids;                       // (kind, ID) -> entity
  std::vector<Handoff> handoffs;     // sorted by (from ID, to ID)
  std::vector<Relation> relations;   // by schema::Rel, computed once after loading
  // The syntax trees the entities point into, in load order; shared with a
  // ParseCache that keeps them for the next load.
  std::vector<std::shared_ptr<const ast::File>> files;
  std::vector<FileId> library_files; // the files a library brought in (`use NAME`, a matrix's `uses:`), sorted
  StringStore strings;               // decoded string literals that had escapes
  ValArena vals;                     // every entity's fields and every list's items
  std::vector<Variant> variants;     // the language blocks' texts, sorted by (entity, field, lang)

  const schema::KindSpec& spec(const Entity& e) const { return schema::kinds()[e.kind]; }
  Index find(std::string_view kind, std::string_view id) const;
  Index find(std::size_t kind, std::string_view id) const { return ids.find(kind, id); }
  Index find_handoff(Index from, Index to) const;
  std::vector<Index> of_kind(std::string_view kind) const;
  const Val& field(const Entity& e, std::string_view name) const;
  const Relation& relation(schema::Rel r) const { return relations[static_cast<std::size_t>(r)]; }
  // The elements of schema kind `kind`: entity indices, or handoff indices for the implicit kind.
  std::pair<Index, Index> elements(std::size_t kind) const;
  std::string_view display(const Entity& e) const;  // the title without quotes, or the ID
  // The same in `lang`: the title of that language block, else the base title, else the ID.
  std::string_view display(const Entity& e, Lang lang) const;
  // A display text of a declared entity in `lang`, falling back to the base
  // text: its title (field kTitleField) or a translatable string field.
  std::string_view text(const Entity& e, std::int32_t field, Lang lang) const;
  std::string_view text(const Entity& e, std::string_view field, Lang lang) const;
  // A list of texts (a practice's `questions`, `levels`) in `lang`, falling
  // back to the base list; empty when neither is given.
  std::vector<std::string_view> texts(const Entity& e, std::string_view field, Lang lang) const;
  // The variant a language block gives, or null.
  const Variant* variant(Index entity, std::int32_t field, Lang lang) const;
  // Whether `file` belongs to a library rather than to the model the user wrote.
  bool in_library(FileId file) const;
};

}  // namespace kubus::model
