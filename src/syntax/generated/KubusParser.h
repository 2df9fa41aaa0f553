
// Generated from Kubus.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace kubus_antlr {


class  KubusParser : public antlr4::Parser {
public:
  enum {
    USE = 1, RULE = 2, FOR = 3, IN = 4, WHERE = 5, EXPECT = 6, AND = 7, 
    OR = 8, NOT = 9, NONE = 10, IS = 11, ALL = 12, ANY = 13, NO = 14, TRUE = 15, 
    FALSE = 16, LBRACE = 17, RBRACE = 18, LBRACK = 19, RBRACK = 20, LPAREN = 21, 
    RPAREN = 22, COLON = 23, COMMA = 24, DOT = 25, ARROW = 26, EQ = 27, 
    NE = 28, LE = 29, GE = 30, LT = 31, GT = 32, PLUS = 33, MINUS = 34, 
    STAR = 35, SLASH = 36, PERCENT = 37, PER_UNIT = 38, QUARTER = 39, DATE = 40, 
    NUMBER = 41, IDENT = 42, STRING = 43, UNTERMINATED_STRING = 44, COMMENT = 45, 
    WS = 46, ERROR_CHAR = 47, UNIT = 48
  };

  enum {
    RuleFile = 0, RuleExpression = 1, RuleStatement = 2, RuleUseStmt = 3, 
    RuleRuleDecl = 4, RuleRuleItem = 5, RuleEntityDecl = 6, RuleBlock = 7, 
    RuleMember = 8, RuleValue = 9, RuleScalar = 10, RuleQuantity = 11, RuleUnit = 12, 
    RuleCmpOp = 13, RuleExpr = 14, RulePrimary = 15, RuleExprName = 16, 
    RuleName = 17
  };

  KubusParser(antlr4::TokenStream *input);
  ~KubusParser();

  virtual std::string getGrammarFileName() const override;
  virtual const antlr4::atn::ATN& getATN() const override { return _atn; };
  virtual const std::vector<std::string>& getTokenNames() const override { return _tokenNames; }; // deprecated: use vocabulary instead.
  virtual const std::vector<std::string>& getRuleNames() const override;
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;


  class FileContext;
  class ExpressionContext;
  class StatementContext;
  class UseStmtContext;
  class RuleDeclContext;
  class RuleItemContext;
  class EntityDeclContext;
  class BlockContext;
  class MemberContext;
  class ValueContext;
  class ScalarContext;
  class QuantityContext;
  class UnitContext;
  class CmpOpContext;
  class ExprContext;
  class PrimaryContext;
  class ExprNameContext;
  class NameContext; 

  class  FileContext : public antlr4::ParserRuleContext {
  public:
    FileContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *EOF();
    std::vector<StatementContext *> statement();
    StatementContext* statement(size_t i);

   
  };

  FileContext* file();

  class  ExpressionContext : public antlr4::ParserRuleContext {
  public:
    ExpressionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    ExprContext *expr();
    antlr4::tree::TerminalNode *EOF();

   
  };

  ExpressionContext* expression();

  class  StatementContext : public antlr4::ParserRuleContext {
  public:
    StatementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    UseStmtContext *useStmt();
    RuleDeclContext *ruleDecl();
    EntityDeclContext *entityDecl();

   
  };

  StatementContext* statement();

  class  UseStmtContext : public antlr4::ParserRuleContext {
  public:
    UseStmtContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *USE();
    NameContext *name();
    antlr4::tree::TerminalNode *STRING();

   
  };

  UseStmtContext* useStmt();

  class  RuleDeclContext : public antlr4::ParserRuleContext {
  public:
    RuleDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *RULE();
    NameContext *name();
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    antlr4::tree::TerminalNode *STRING();
    std::vector<RuleItemContext *> ruleItem();
    RuleItemContext* ruleItem(size_t i);

   
  };

  RuleDeclContext* ruleDecl();

  class  RuleItemContext : public antlr4::ParserRuleContext {
  public:
    RuleItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    RuleItemContext() = default;
    void copyFrom(RuleItemContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  RuleFieldContext : public RuleItemContext {
  public:
    RuleFieldContext(RuleItemContext *ctx);

    MemberContext *member();
  };

  class  ForClauseContext : public RuleItemContext {
  public:
    ForClauseContext(RuleItemContext *ctx);

    antlr4::tree::TerminalNode *FOR();
    NameContext *name();
    antlr4::tree::TerminalNode *IN();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *WHERE();
  };

  class  ExpectClauseContext : public RuleItemContext {
  public:
    ExpectClauseContext(RuleItemContext *ctx);

    antlr4::tree::TerminalNode *EXPECT();
    ExprContext *expr();
  };

  RuleItemContext* ruleItem();

  class  EntityDeclContext : public antlr4::ParserRuleContext {
  public:
    KubusParser::NameContext *kind = nullptr;;
    KubusParser::NameContext *id = nullptr;;
    EntityDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *STRING();
    BlockContext *block();

   
  };

  EntityDeclContext* entityDecl();

  class  BlockContext : public antlr4::ParserRuleContext {
  public:
    BlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    antlr4::tree::TerminalNode *RBRACE();
    std::vector<MemberContext *> member();
    MemberContext* member(size_t i);

   
  };

  BlockContext* block();

  class  MemberContext : public antlr4::ParserRuleContext {
  public:
    MemberContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    MemberContext() = default;
    void copyFrom(MemberContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  FieldMemberContext : public MemberContext {
  public:
    FieldMemberContext(MemberContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *COLON();
    ValueContext *value();
  };

  class  BlockMemberContext : public MemberContext {
  public:
    BlockMemberContext(MemberContext *ctx);

    NameContext *name();
    BlockContext *block();
  };

  MemberContext* member();

  class  ValueContext : public antlr4::ParserRuleContext {
  public:
    ValueContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    ValueContext() = default;
    void copyFrom(ValueContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  DateValueContext : public ValueContext {
  public:
    DateValueContext(ValueContext *ctx);

    antlr4::tree::TerminalNode *DATE();
  };

  class  ListValueContext : public ValueContext {
  public:
    ListValueContext(ValueContext *ctx);

    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    std::vector<ValueContext *> value();
    ValueContext* value(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
  };

  class  StringValueContext : public ValueContext {
  public:
    StringValueContext(ValueContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  class  HandoffValueContext : public ValueContext {
  public:
    HandoffValueContext(ValueContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *ARROW();
  };

  class  ComparisonValueContext : public ValueContext {
  public:
    ComparisonValueContext(ValueContext *ctx);

    CmpOpContext *cmpOp();
    ScalarContext *scalar();
    NameContext *name();
  };

  class  QuantityValueContext : public ValueContext {
  public:
    QuantityValueContext(ValueContext *ctx);

    QuantityContext *quantity();
  };

  class  QuarterValueContext : public ValueContext {
  public:
    QuarterValueContext(ValueContext *ctx);

    antlr4::tree::TerminalNode *QUARTER();
  };

  class  BoolValueContext : public ValueContext {
  public:
    BoolValueContext(ValueContext *ctx);

    antlr4::tree::TerminalNode *TRUE();
    antlr4::tree::TerminalNode *FALSE();
  };

  class  RefValueContext : public ValueContext {
  public:
    RefValueContext(ValueContext *ctx);

    NameContext *name();
  };

  ValueContext* value();

  class  ScalarContext : public antlr4::ParserRuleContext {
  public:
    ScalarContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    QuantityContext *quantity();
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *DATE();
    antlr4::tree::TerminalNode *QUARTER();
    NameContext *name();
    antlr4::tree::TerminalNode *TRUE();
    antlr4::tree::TerminalNode *FALSE();

   
  };

  ScalarContext* scalar();

  class  QuantityContext : public antlr4::ParserRuleContext {
  public:
    QuantityContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *NUMBER();
    antlr4::tree::TerminalNode *MINUS();
    UnitContext *unit();

   
  };

  QuantityContext* quantity();

  class  UnitContext : public antlr4::ParserRuleContext {
  public:
    UnitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *UNIT();

   
  };

  UnitContext* unit();

  class  CmpOpContext : public antlr4::ParserRuleContext {
  public:
    CmpOpContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *EQ();
    antlr4::tree::TerminalNode *NE();
    antlr4::tree::TerminalNode *LT();
    antlr4::tree::TerminalNode *LE();
    antlr4::tree::TerminalNode *GT();
    antlr4::tree::TerminalNode *GE();

   
  };

  CmpOpContext* cmpOp();

  class  ExprContext : public antlr4::ParserRuleContext {
  public:
    ExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    ExprContext() = default;
    void copyFrom(ExprContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  NotExprContext : public ExprContext {
  public:
    NotExprContext(ExprContext *ctx);

    antlr4::tree::TerminalNode *NOT();
    ExprContext *expr();
  };

  class  PrimaryExprContext : public ExprContext {
  public:
    PrimaryExprContext(ExprContext *ctx);

    PrimaryContext *primary();
  };

  class  AddExprContext : public ExprContext {
  public:
    AddExprContext(ExprContext *ctx);

    antlr4::Token *op = nullptr;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *PLUS();
    antlr4::tree::TerminalNode *MINUS();
  };

  class  IsNoneExprContext : public ExprContext {
  public:
    IsNoneExprContext(ExprContext *ctx);

    ExprContext *expr();
    antlr4::tree::TerminalNode *IS();
    antlr4::tree::TerminalNode *NONE();
    antlr4::tree::TerminalNode *NOT();
  };

  class  NegExprContext : public ExprContext {
  public:
    NegExprContext(ExprContext *ctx);

    antlr4::tree::TerminalNode *MINUS();
    ExprContext *expr();
  };

  class  InExprContext : public ExprContext {
  public:
    InExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *IN();
    antlr4::tree::TerminalNode *NOT();
  };

  class  PathExprContext : public ExprContext {
  public:
    PathExprContext(ExprContext *ctx);

    ExprContext *expr();
    antlr4::tree::TerminalNode *DOT();
    NameContext *name();
  };

  class  MulExprContext : public ExprContext {
  public:
    MulExprContext(ExprContext *ctx);

    antlr4::Token *op = nullptr;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *STAR();
    antlr4::tree::TerminalNode *SLASH();
  };

  class  OrExprContext : public ExprContext {
  public:
    OrExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *OR();
  };

  class  QuantExprContext : public ExprContext {
  public:
    QuantExprContext(ExprContext *ctx);

    antlr4::Token *q = nullptr;
    NameContext *name();
    antlr4::tree::TerminalNode *IN();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *COLON();
    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *ANY();
    antlr4::tree::TerminalNode *NO();
  };

  class  CmpExprContext : public ExprContext {
  public:
    CmpExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    CmpOpContext *cmpOp();
  };

  class  AndExprContext : public ExprContext {
  public:
    AndExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *AND();
  };

  ExprContext* expr();
  ExprContext* expr(int precedence);
  class  PrimaryContext : public antlr4::ParserRuleContext {
  public:
    PrimaryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    PrimaryContext() = default;
    void copyFrom(PrimaryContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  ListPrimaryContext : public PrimaryContext {
  public:
    ListPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
  };

  class  ParenPrimaryContext : public PrimaryContext {
  public:
    ParenPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *LPAREN();
    ExprContext *expr();
    antlr4::tree::TerminalNode *RPAREN();
  };

  class  FilterPrimaryContext : public PrimaryContext {
  public:
    FilterPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *LBRACK();
    NameContext *name();
    antlr4::tree::TerminalNode *IN();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *WHERE();
    antlr4::tree::TerminalNode *RBRACK();
  };

  class  QuarterPrimaryContext : public PrimaryContext {
  public:
    QuarterPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *QUARTER();
  };

  class  StringPrimaryContext : public PrimaryContext {
  public:
    StringPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  class  NonePrimaryContext : public PrimaryContext {
  public:
    NonePrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *NONE();
  };

  class  DatePrimaryContext : public PrimaryContext {
  public:
    DatePrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *DATE();
  };

  class  CallPrimaryContext : public PrimaryContext {
  public:
    CallPrimaryContext(PrimaryContext *ctx);

    ExprNameContext *exprName();
    antlr4::tree::TerminalNode *LPAREN();
    ExprContext *expr();
    antlr4::tree::TerminalNode *RPAREN();
  };

  class  BoolPrimaryContext : public PrimaryContext {
  public:
    BoolPrimaryContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *TRUE();
    antlr4::tree::TerminalNode *FALSE();
  };

  class  NumberPrimaryContext : public PrimaryContext {
  public:
    NumberPrimaryContext(PrimaryContext *ctx);

    QuantityContext *quantity();
  };

  class  NamePrimaryContext : public PrimaryContext {
  public:
    NamePrimaryContext(PrimaryContext *ctx);

    ExprNameContext *exprName();
  };

  PrimaryContext* primary();

  class  ExprNameContext : public antlr4::ParserRuleContext {
  public:
    ExprNameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *USE();
    antlr4::tree::TerminalNode *RULE();

   
  };

  ExprNameContext* exprName();

  class  NameContext : public antlr4::ParserRuleContext {
  public:
    NameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *USE();
    antlr4::tree::TerminalNode *RULE();
    antlr4::tree::TerminalNode *FOR();
    antlr4::tree::TerminalNode *IN();
    antlr4::tree::TerminalNode *WHERE();
    antlr4::tree::TerminalNode *EXPECT();
    antlr4::tree::TerminalNode *AND();
    antlr4::tree::TerminalNode *OR();
    antlr4::tree::TerminalNode *NOT();
    antlr4::tree::TerminalNode *NONE();
    antlr4::tree::TerminalNode *IS();
    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *ANY();
    antlr4::tree::TerminalNode *NO();

   
  };

  NameContext* name();


  virtual bool sempred(antlr4::RuleContext *_localctx, size_t ruleIndex, size_t predicateIndex) override;
  bool exprSempred(ExprContext *_localctx, size_t predicateIndex);

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace kubus_antlr
