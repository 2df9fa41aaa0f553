// The tokens of a text by lexical class, for editors: the language server reads
// them to know what the cursor is in (a block, a field's value, a list, a rule)
// while the text is being typed and does not parse. Produced by the lexer the
// parser uses, so both agree on every string, comment and bracket.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace kubus::syntax {

enum class TokenClass : std::uint8_t {
  Name,      // an identifier: kind, ID, field, enumerated value
  Keyword,   // use rule for in where expect and or not none is all any no (contextual)
  Bool,      // true false
  String,
  UnterminatedString,
  Number,
  Unit,      // a word, % or /word directly after a number on its line
  Date,
  Quarter,
  Comment,
  Punct,     // { } [ ] ( ) : , . -> and the operators
  Error,     // a character that starts no token
};

struct Token {
  TokenClass cls;
  std::string_view text;  // a view into the lexed text
  std::uint32_t line;     // 1-based
  std::uint32_t col;      // 1-based, in code points (as Span)
};

// Tokens of `text` in order; a leading byte-order mark is skipped. Text after
// an invalid UTF-8 sequence is not lexed.
std::vector<Token> tokenize(std::string_view text);

}  // namespace kubus::syntax
