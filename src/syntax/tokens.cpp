#include "syntax/tokens.h"

#include <antlr4-runtime.h>

#include "KubusLexer.h"
#include "support/text.h"
#include "syntax/lexer.h"

namespace kubus::syntax {
namespace {

using L = kubus_antlr::KubusLexer;

TokenClass class_of(std::size_t type) {
  switch (type) {
    case L::IDENT: return TokenClass::Name;
    case L::TRUE: case L::FALSE: return TokenClass::Bool;
    case L::STRING: return TokenClass::String;
    case L::UNTERMINATED_STRING: return TokenClass::UnterminatedString;
    case L::NUMBER: return TokenClass::Number;
    case L::DATE: return TokenClass::Date;
    case L::QUARTER: return TokenClass::Quarter;
    case L::COMMENT: return TokenClass::Comment;
    case L::ERROR_CHAR: return TokenClass::Error;
    case L::PER_UNIT: return TokenClass::Unit;
    default: return type >= L::USE && type <= L::NO ? TokenClass::Keyword : TokenClass::Punct;
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = find_invalid_utf8(text)) text = text.substr(0, *bad);
  std::vector<LexToken> lexed;
  lex(text, lexed);
  std::vector<Token> out;
  out.reserve(lexed.size());
  const LexToken* prev = nullptr;
  for (const LexToken& t : lexed) {
    if (t.type == antlr4::Token::EOF) break;
    TokenClass cls = class_of(t.type);
    // The unit rule of docs/language.md §2, as the parser applies it.
    bool unit_like = t.type == L::IDENT || t.type == L::PERCENT || t.type == L::PER_UNIT;
    if (unit_like && prev && prev->type == L::NUMBER && prev->line == t.line) cls = TokenClass::Unit;
    else if (t.type == L::PER_UNIT) cls = TokenClass::Punct;  // `/word` not after a number: a slash and a name
    out.push_back({cls, text.substr(t.begin, t.end - t.begin), t.line, t.col + 1});
    prev = &t;
  }
  return out;
}

}  // namespace kubus::syntax
