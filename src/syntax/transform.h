// Internal to the syntax module: turns an error-free ANTLR parse tree of one
// chunk into ast::Decl values.
#pragma once
#include <vector>

#include "syntax/ast.h"
#include "KubusParser.h"
#include "syntax/token_map.h"

namespace kubus::syntax {

void transform_file(kubus_antlr::KubusParser::FileContext* ctx, const TokenMap& map, std::vector<ast::Decl>& out);

}  // namespace kubus::syntax
