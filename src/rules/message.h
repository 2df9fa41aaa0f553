// Internal to the rules module: message templates. Each `{expression}` is
// parsed with the real parser and checked in the rule's scope; `{{` and `}}`
// stand for literal braces.
#pragma once
#include <vector>

#include "rules/check.h"
#include "rules/checker.h"

namespace kubus::rules {

// `literal` is the message's string value as written; expressions are parsed
// into `scratch`, which must outlive the returned nodes.
std::vector<MessagePart> check_message(Checker& checker, const ast::Value& literal, SourceManager& scratch);

}  // namespace kubus::rules
