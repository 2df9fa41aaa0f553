// Internal to the syntax module: a hand-written lexer that produces exactly the
// token stream of the ANTLR lexer generated from grammar/Kubus.g4 (same types,
// code-point indices, lines and columns), at a fraction of its cost. Token types
// are the generated KubusLexer's; the grammar stays the single source of the token
// set, and tests/unit/lexer_test.cpp proves the equivalence.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace kubus::syntax {

struct LexToken {
  std::size_t type;     // KubusLexer::IDENT etc., or antlr4::Token::EOF
  std::uint32_t begin;  // byte offsets of the text within the lexed string
  std::uint32_t end;
  std::size_t start;    // code-point index of the first character (ANTLR's start index)
  std::size_t stop;     // code-point index of the last character; start - 1 for EOF (wraps on empty input, as ANTLR's)
  std::uint32_t line;   // 1-based, counted from the start of the lexed string
  std::uint32_t col;    // 0-based code points since the last '\n' (ANTLR's charPositionInLine)
};

// Lexes valid UTF-8 `text` (as the ANTLR lexer would after ANTLRInputStream::load,
// apart from a leading byte-order mark, which is lexed as an ERROR_CHAR: the chunker
// already skips the file's own). Whitespace is dropped; comments are kept (the caller
// puts them on the hidden channel); the last token is EOF. Replaces `out`'s content.
void lex(std::string_view text, std::vector<LexToken>& out);

}  // namespace kubus::syntax
