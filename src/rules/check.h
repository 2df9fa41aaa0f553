// Type-checking and compiling the rules of a loaded model (LANGUAGE.md, Rules).
// Runs once after loading; a misspelt field in a rule is a load error, never a
// silent false at evaluation time.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "model/model.h"
#include "model/waiver.h"
#include "rules/compiled.h"
#include "support/language.h"

namespace kubus::rules {

// One piece of a message template: literal text, or an expression to render.
struct MessagePart {
  std::string text;            // unescaped; `{{` and `}}` already reduced to braces
  std::optional<Node> expr;    // set: render this value instead of `text`
  bool has_default = false;    // `{expr|default}`: `text` is printed where expr is none or an empty list
};

struct CheckedRule {
  model::Index entity = model::kNone;  // the rule's entity (kind "rule")
  std::string_view var;                // the `for` variable; empty: the rule has one instance
  std::optional<Node> collection;      // `for` collection (a list); each element fills slot 0
  std::optional<Node> where;           // `where` condition, with the instance in slot 0
  Node expect;                         // must be true for each instance
  std::vector<MessagePart> message;    // empty: no message field
  // The message of each language block that gives one (`nl { message: "..." }`),
  // type-checked in the same scope as `message`, in language order.
  std::vector<std::pair<Lang, std::vector<MessagePart>>> translations;
  std::uint16_t slots = 0;             // frame size: variable slots an evaluation needs
  // The message findings get in `lang`: its language block's, else the base one.
  const std::vector<MessagePart>& message_in(Lang lang) const;
  // Every message, the base one first: what reads the model's fields.
  std::vector<const std::vector<MessagePart>*> messages() const;
  // Owns the text that constants of parsed message expressions point into.
  std::shared_ptr<const void> keep;
};

// Checks every rule of the model and compiles those without errors, in model
// order (by ID). A rule with an error is reported and left out. Then checks
// the model's waivers against the rules (check_waivers) and, with `waivers`,
// hands them out.
std::vector<CheckedRule> check_rules(const model::Model& m, Diagnostics& diags,
                                     std::vector<model::Waiver>* waivers = nullptr);

// Resolves each waiver's `entities` against its rule's subjects or its gap
// kind's members (with did-you-mean); a waiver with an error is reported and
// left out. In model order; expiry is the caller's (model::active).
std::vector<model::Waiver> check_waivers(const model::Model& m, const std::vector<CheckedRule>& rules,
                                         Diagnostics& diags);

}  // namespace kubus::rules
