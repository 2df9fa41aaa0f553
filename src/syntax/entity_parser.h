// Internal to the syntax module: the fast path for chunks that hold only entity
// declarations, by far the bulk of every model. It builds the AST straight from
// the lexed tokens, exactly as the generated parser plus transform.cpp would, and
// gives up (returning false, `out` untouched) on anything else: `use`, rules,
// syntax errors and lexical errors all take the ANTLR path, which alone reports
// diagnostics. tests/unit/lexer_test.cpp checks both paths build the same AST.
#pragma once
#include <memory>
#include <vector>

#include "syntax/ast.h"
#include "syntax/lexer.h"

namespace kubus::syntax {

struct ChunkText {
  const SourceFile& file;
  FileId id;
  std::size_t begin;         // byte offset of the chunk in the file; token offsets are relative to it
  std::uint32_t first_line;  // file line of the chunk's line 1
};

// One per file (or thread): it keeps scratch buffers from chunk to chunk.
class EntityParser {
 public:
  EntityParser();
  ~EntityParser();
  // On success appends the chunk's declarations and comments.
  bool parse(const ChunkText& chunk, const std::vector<LexToken>& tokens, std::vector<ast::Decl>& decls,
             std::vector<ast::Comment>& comments);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kubus::syntax
