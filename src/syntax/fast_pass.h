// Internal to the syntax module: runs the entity fast path (entity_parser.h) over
// all chunks of a file before the ANTLR loop, on two threads for large files (the
// machine the targets are set for has two cores). Each thread takes a contiguous
// half of the chunks; the results are handed out in chunk order, so the AST is the
// same as a single-threaded run.
#pragma once
#include <cstdint>
#include <vector>

#include "syntax/ast.h"
#include "syntax/chunker.h"

namespace kubus::syntax {

class FastPass {
 public:
  FastPass(const SourceFile& file, FileId id, const std::vector<Chunk>& chunks);

  // Appends chunk i's declarations and comments; false when that chunk needs the
  // ANTLR path. Call with increasing i.
  bool take(std::size_t i, std::vector<ast::Decl>& decls, std::vector<ast::Comment>& comments);
  std::size_t decl_count() const { return parts_[0].decls.size() + parts_[1].decls.size(); }
  // Whether every chunk was parsed here (none needs the ANTLR path or is too deep).
  bool took_all() const;
  // Then, instead of take: every declaration and comment in chunk order, the
  // first half's vectors handed over rather than copied.
  void take_all(std::vector<ast::Decl>& decls, std::vector<ast::Comment>& comments);

 private:
  struct Part {
    std::vector<ast::Decl> decls;
    std::vector<ast::Comment> comments;
    std::size_t next_decl = 0;
    std::size_t next_comment = 0;
  };
  struct Counts {
    std::int32_t decls = -1;  // -1: not parsed by the fast path
    std::int32_t comments = 0;
  };

  void run(const SourceFile& file, FileId id, const std::vector<Chunk>& chunks, std::size_t begin, std::size_t end,
           Part& part);

  std::size_t split_ = 0;  // chunks before it are in parts_[0], the rest in parts_[1]
  Part parts_[2];
  std::vector<Counts> counts_;
};

}  // namespace kubus::syntax
