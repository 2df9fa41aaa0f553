// Where the cursor is, for completion, read from the tokens before it: the
// text is being typed and seldom parses, so the syntax tree cannot say.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "schema/schema.h"

namespace kubus::lsp {

struct CompletionSite {
  enum class What {
    Nothing,      // a name being declared, a string, a comment, after a complete value
    Kinds,        // a declaration starts: the kinds, `use`, `rule`
    Libraries,    // after `use`
    Fields,       // a member of a block starts (in a rule: also `for` and `expect`)
    Value,        // a field's value (or a list item)
    Unit,         // after a number
    Expression,   // in a rule expression: variables, collections, functions, literals
    Operators,    // in a rule, after a complete operand
    Members,      // after `path.`
  };
  What what = What::Nothing;
  std::string prefix;                              // the part of a name before the cursor
  bool insert_space = false;                       // right after `:`, `,` or a number: the item starts with a space
  const schema::KindSpec* kind = nullptr;          // Fields: the block's kind; Value, Unit: the field's kind
  const schema::FieldSpec* field = nullptr;        // Value, Unit
  bool rule = false;                               // Fields: the block is a rule
  std::vector<std::string> written;                // Fields: keys written; Value in a list: items listed
  std::vector<const schema::KindSpec*> members_of; // Members: the kinds of the path before the dot
  std::vector<std::string> variables;              // Expression: the rule's bound variables
};

// The site of the cursor at byte `offset` of `text`.
CompletionSite completion_site(std::string_view text, std::size_t offset);

}  // namespace kubus::lsp
