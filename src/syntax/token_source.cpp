#include "syntax/token_source.h"

#include "KubusLexer.h"

namespace kubus::syntax {

ViewToken::ViewToken(antlr4::TokenSource* source, const LexToken& t, std::string_view text)
    : antlr4::CommonToken({source, nullptr}, t.type,
                          t.type == kubus_antlr::KubusLexer::COMMENT ? antlr4::Token::HIDDEN_CHANNEL
                                                                     : antlr4::Token::DEFAULT_CHANNEL,
                          t.start, t.stop),
      view_(text.substr(t.begin, t.end - t.begin)) {
  setLine(t.line);
  setCharPositionInLine(t.col);
}

// As CommonToken, which answers "<EOF>" for the end of the input.
std::string ViewToken::getText() const {
  if (!_text.empty()) return _text;
  if (getType() == antlr4::Token::EOF) return "<EOF>";
  return std::string(view_);
}

void LexedTokenSource::reset(std::string_view text) {
  text_ = text;
  lex(text, tokens_);
  next_ = 0;
}

std::unique_ptr<antlr4::Token> LexedTokenSource::nextToken() {
  const LexToken& t = tokens_[next_];
  if (next_ + 1 < tokens_.size()) ++next_;
  return std::make_unique<ViewToken>(this, t, text_);
}

std::size_t LexedTokenSource::getLine() const { return tokens_[next_].line; }

std::size_t LexedTokenSource::getCharPositionInLine() { return tokens_[next_].col; }

}  // namespace kubus::syntax
