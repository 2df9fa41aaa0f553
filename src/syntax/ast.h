// The Kubus syntax tree: our own types with source spans; no ANTLR type appears
// here. Text is held as views into the SourceManager's buffers, which outlive it.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "support/source.h"
#include "syntax/array.h"

namespace kubus::ast {

struct Name {
  std::string_view text;
  Span span;
};

enum class CmpOp : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };
std::string_view cmp_text(CmpOp op);

enum class ValueKind : std::uint8_t { String, Bool, Date, Quarter, Quantity, Handoff, Comparison, Ref, List };

// One written value. Which members are used depends on the kind:
//   String:     text = the literal with quotes and escapes as written
//   Bool:       boolean
//   Date/Quarter/Ref: text
//   Quantity:   text = number as written (sign included), unit() = unit as written or empty
//   Handoff:    left() = from, text = to
//   Comparison: left() = metric (may be empty), op, items[0] = the target value
//   List:       items
// 64 bytes: a generated model holds millions. The unit and the left name share
// `aux`; the left name starts the value, so its span is the value's start.
struct Value {
  ValueKind kind = ValueKind::Ref;
  CmpOp op = CmpOp::Eq;
  bool boolean = false;
  Span span;
  std::string_view text;
  std::string_view aux;  // Quantity: the unit; Handoff, Comparison: the left name
  Array<Value> items;

  std::string_view unit() const { return kind == ValueKind::Quantity ? aux : std::string_view(); }
  // Names are ASCII on one line (the lexer's rule), so bytes are columns.
  Name left() const {
    if (kind == ValueKind::Quantity || aux.empty()) return {};
    return {aux, Span{span.file, span.line, span.col, span.line, span.col + static_cast<std::uint32_t>(aux.size())}};
  }
};

// `key: value` or `key { members }`. Its span runs from the key to the end of
// the value or the block's `}`, which a block member keeps as its value's end.
struct Member {
  Name key;
  bool is_block = false;
  Value value;
  Array<Member> members;

  Span span() const {
    Span s = key.span;
    s.end_line = value.span.end_line;
    s.end_col = value.span.end_col;
    return s;
  }
};

enum class ExprKind {
  Number, String, Bool, None, Date, Quarter, Name, Path, Call, Filter, List, Paren,
  Neg, Not, Mul, Div, Add, Sub, Cmp, In, IsNone, And, Or, All, Any, No
};

struct Expr {
  ExprKind kind;
  Span span;
  std::string_view text;  // literal text, name, path field, function name
  std::string_view unit;  // Number: its unit
  CmpOp op = CmpOp::Eq;   // Cmp
  bool negated = false;   // In: `not in`; IsNone: `is not none`
  bool boolean = false;   // Bool
  Name var;               // Filter and quantifiers: the bound variable
  std::vector<std::unique_ptr<Expr>> kids;  // operands; Filter/quantifier: [collection, condition]
};
using ExprPtr = std::unique_ptr<Expr>;

enum class RuleItemKind { Field, For, Expect };

struct RuleItem {
  RuleItemKind kind;
  Span span;
  Member field;      // Field
  Name var;          // For
  ExprPtr coll;      // For: the collection; Expect: the condition
  ExprPtr where;     // For: optional filter
};

enum class DeclKind { Use, Rule, Entity };

struct Decl {
  DeclKind kind;
  Span span;
  Name keyword_or_kind;      // `use`, `rule`, or the entity kind
  Name id;                   // entity or rule ID; Use: the library name (if not a path)
  std::string_view title;    // string literal as written (with quotes) or empty; Use: the path literal
  Span title_span;
  bool has_block = false;
  Array<Member> members;         // Entity
  std::vector<RuleItem> items;   // Rule
};

struct Comment {
  std::uint32_t line;
  std::uint32_t col;
  std::string_view text;  // from '#' to the end of the line
};

struct File {
  FileId file = 0;
  std::vector<Decl> decls;
  std::vector<Comment> comments;
  bool ok = true;  // false when the file had syntax errors
  std::vector<std::string_view> broken_ids;  // IDs of declarations that failed to parse
};

}  // namespace kubus::ast
