#include "syntax/fast_pass.h"

#include <algorithm>
#include <iterator>
#include <system_error>
#include <thread>

#include "syntax/entity_parser.h"
#include "syntax/lexer.h"

namespace kubus::syntax {
namespace {

// Below this a second thread costs more than it saves.
constexpr std::size_t kParallelBytes = std::size_t{256} * 1024;

}  // namespace

FastPass::FastPass(const SourceFile& file, FileId id, const std::vector<Chunk>& chunks) : counts_(chunks.size()) {
  split_ = chunks.size();
  if (file.text.size() >= kParallelBytes) {
    std::size_t half = file.text.size() / 2;
    split_ = 0;
    while (split_ < chunks.size() && chunks[split_].begin < half) ++split_;
  }
  // The first half's vector has room for every declaration, so that take_all
  // appends the second half's without holding them all twice.
  parts_[0].decls.reserve(chunks.size());
  parts_[1].decls.reserve(chunks.size() - split_);
  if (split_ == chunks.size()) {
    run(file, id, chunks, 0, chunks.size(), parts_[0]);
    return;
  }
  std::thread second;
  try {
    second = std::thread([&] { run(file, id, chunks, split_, chunks.size(), parts_[1]); });
  } catch (const std::system_error&) {
    // No thread to be had (a process limit): the same work, one half after the other.
    run(file, id, chunks, split_, chunks.size(), parts_[1]);
  }
  run(file, id, chunks, 0, split_, parts_[0]);
  if (second.joinable()) second.join();
}

void FastPass::run(const SourceFile& file, FileId id, const std::vector<Chunk>& chunks, std::size_t begin,
                   std::size_t end, Part& part) {
  EntityParser parser;
  std::vector<LexToken> tokens;
  for (std::size_t i = begin; i < end; ++i) {
    const Chunk& c = chunks[i];
    if (c.too_deep) continue;
    lex(std::string_view(file.text).substr(c.begin, c.end - c.begin), tokens);
    std::size_t decls = part.decls.size(), comments = part.comments.size();
    if (!parser.parse({file, id, c.begin, c.first_line}, tokens, part.decls, part.comments)) continue;
    counts_[i] = {static_cast<std::int32_t>(part.decls.size() - decls),
                  static_cast<std::int32_t>(part.comments.size() - comments)};
  }
}

bool FastPass::took_all() const {
  return std::all_of(counts_.begin(), counts_.end(), [](const Counts& n) { return n.decls >= 0; });
}

void FastPass::take_all(std::vector<ast::Decl>& decls, std::vector<ast::Comment>& comments) {
  auto append = [](auto& to, auto& from) {
    auto taken = std::move(from);  // freed on return, before the caller goes on
    std::move(taken.begin(), taken.end(), std::back_inserter(to));
  };
  append(parts_[0].decls, parts_[1].decls);
  append(parts_[0].comments, parts_[1].comments);
  decls = std::move(parts_[0].decls);
  comments = std::move(parts_[0].comments);
}

bool FastPass::take(std::size_t i, std::vector<ast::Decl>& decls, std::vector<ast::Comment>& comments) {
  const Counts& n = counts_[i];
  if (n.decls < 0) return false;
  Part& part = parts_[i < split_ ? 0 : 1];
  auto d = part.decls.begin() + static_cast<std::ptrdiff_t>(part.next_decl);
  std::move(d, d + n.decls, std::back_inserter(decls));
  part.next_decl += static_cast<std::size_t>(n.decls);
  auto c = part.comments.begin() + static_cast<std::ptrdiff_t>(part.next_comment);
  std::move(c, c + n.comments, std::back_inserter(comments));
  part.next_comment += static_cast<std::size_t>(n.comments);
  return true;
}

}  // namespace kubus::syntax
