// Internal to the rules module: message templates. Each `{expression}` is
// parsed with the real parser and checked in the rule's scope;
// `{expression|default}` prints the default text where the value is none or
// an empty list; `{{` and `}}` stand for literal braces.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "rules/check.h"
#include "rules/checker.h"

namespace kubus::rules {

// `literal` is the message's string value as written; the text of each
// expression is kept in `texts`, which must outlive the returned nodes.
std::vector<MessagePart> check_message(Checker& checker, const ast::Value& literal, std::deque<std::string>& texts);

}  // namespace kubus::rules
