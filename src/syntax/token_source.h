// Internal to the syntax module: feeds the tokens of syntax/lexer.h to the
// generated ANTLR parser, in place of the generated ANTLR lexer.
#pragma once
#include <antlr4-runtime.h>

#include <string_view>
#include <vector>

#include "syntax/lexer.h"

namespace kubus::syntax {

// A token whose text is a view of the source, copied only when asked for
// (error messages): most tokens are never read as text by the parser.
class ViewToken : public antlr4::CommonToken {
 public:
  ViewToken(antlr4::TokenSource* source, const LexToken& t, std::string_view text);
  std::string getText() const override;

 private:
  std::string_view view_;
};

// Hands out the lexed tokens of one chunk, then EOF forever.
class LexedTokenSource : public antlr4::TokenSource {
 public:
  // Lexes `text`, which must outlive this source and its tokens.
  void reset(std::string_view text);
  const std::vector<LexToken>& tokens() const { return tokens_; }

  std::unique_ptr<antlr4::Token> nextToken() override;
  std::size_t getLine() const override;
  std::size_t getCharPositionInLine() override;
  antlr4::CharStream* getInputStream() override { return nullptr; }
  std::string getSourceName() override { return "kubus"; }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }

 private:
  std::string_view text_;
  std::vector<LexToken> tokens_;
  std::size_t next_ = 0;
};

}  // namespace kubus::syntax
