// What is under the cursor in a file's syntax tree: the declaration, the
// member (through nested blocks) and the files a `use` brings in.
#pragma once
#include <span>
#include <string>
#include <vector>

#include "lsp/workspace.h"
#include "schema/schema.h"

namespace kubus::lsp {

// The declaration of `file` whose span holds (line, col); nullptr between declarations.
const ast::Decl* decl_at(const ast::File& file, std::uint32_t line, std::uint32_t col);

struct MemberAt {
  const ast::Member* member = nullptr;
  const schema::KindSpec* kind = nullptr;  // the kind the member belongs to (a nested kind inside a block)
};

// The innermost member of `d` that holds (line, col), with its kind.
MemberAt member_at(const ast::Decl& d, std::uint32_t line, std::uint32_t col);

// The schema kind of a declaration (`rule` for rules); nullptr for `use` and unknown kinds.
const schema::KindSpec* kind_of(const ast::Decl& d);

// The files of the model a `use` declaration of `from` (a path) brought in.
std::vector<std::string> use_targets(const Workspace& ws, const Snapshot& snap, const ast::Decl& use,
                                     const std::string& from);

}  // namespace kubus::lsp
