
// Generated from Kubus.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace kubus_antlr {


class  KubusLexer : public antlr4::Lexer {
public:
  enum {
    USE = 1, RULE = 2, FOR = 3, IN = 4, WHERE = 5, EXPECT = 6, AND = 7, 
    OR = 8, NOT = 9, NONE = 10, IS = 11, ALL = 12, ANY = 13, NO = 14, TRUE = 15, 
    FALSE = 16, LBRACE = 17, RBRACE = 18, LBRACK = 19, RBRACK = 20, LPAREN = 21, 
    RPAREN = 22, COLON = 23, COMMA = 24, DOT = 25, ARROW = 26, EQ = 27, 
    NE = 28, LE = 29, GE = 30, LT = 31, GT = 32, PLUS = 33, MINUS = 34, 
    STAR = 35, SLASH = 36, PERCENT = 37, PER_UNIT = 38, QUARTER = 39, DATE = 40, 
    NUMBER = 41, IDENT = 42, STRING = 43, UNTERMINATED_STRING = 44, COMMENT = 45, 
    WS = 46, ERROR_CHAR = 47
  };

  KubusLexer(antlr4::CharStream *input);
  ~KubusLexer();

  virtual std::string getGrammarFileName() const override;
  virtual const std::vector<std::string>& getRuleNames() const override;

  virtual const std::vector<std::string>& getChannelNames() const override;
  virtual const std::vector<std::string>& getModeNames() const override;
  virtual const std::vector<std::string>& getTokenNames() const override; // deprecated, use vocabulary instead
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;

  virtual const std::vector<uint16_t> getSerializedATN() const override;
  virtual const antlr4::atn::ATN& getATN() const override;

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;
  static std::vector<std::string> _channelNames;
  static std::vector<std::string> _modeNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  // Individual action functions triggered by action() above.

  // Individual semantic predicate functions triggered by sempred() above.

  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace kubus_antlr
