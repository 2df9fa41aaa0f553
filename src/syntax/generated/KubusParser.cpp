
// Generated from Kubus.g4 by ANTLR 4.7.2



#include "KubusParser.h"


using namespace antlrcpp;
using namespace kubus_antlr;
using namespace antlr4;

KubusParser::KubusParser(TokenStream *input) : Parser(input) {
  _interpreter = new atn::ParserATNSimulator(this, _atn, _decisionToDFA, _sharedContextCache);
}

KubusParser::~KubusParser() {
  delete _interpreter;
}

std::string KubusParser::getGrammarFileName() const {
  return "Kubus.g4";
}

const std::vector<std::string>& KubusParser::getRuleNames() const {
  return _ruleNames;
}

dfa::Vocabulary& KubusParser::getVocabulary() const {
  return _vocabulary;
}


//----------------- FileContext ------------------------------------------------------------------

KubusParser::FileContext::FileContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::FileContext::EOF() {
  return getToken(KubusParser::EOF, 0);
}

std::vector<KubusParser::StatementContext *> KubusParser::FileContext::statement() {
  return getRuleContexts<KubusParser::StatementContext>();
}

KubusParser::StatementContext* KubusParser::FileContext::statement(size_t i) {
  return getRuleContext<KubusParser::StatementContext>(i);
}


size_t KubusParser::FileContext::getRuleIndex() const {
  return KubusParser::RuleFile;
}


KubusParser::FileContext* KubusParser::file() {
  FileContext *_localctx = _tracker.createInstance<FileContext>(_ctx, getState());
  enterRule(_localctx, 0, KubusParser::RuleFile);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(39);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::USE)
      | (1ULL << KubusParser::RULE)
      | (1ULL << KubusParser::FOR)
      | (1ULL << KubusParser::IN)
      | (1ULL << KubusParser::WHERE)
      | (1ULL << KubusParser::EXPECT)
      | (1ULL << KubusParser::AND)
      | (1ULL << KubusParser::OR)
      | (1ULL << KubusParser::NOT)
      | (1ULL << KubusParser::NONE)
      | (1ULL << KubusParser::IS)
      | (1ULL << KubusParser::ALL)
      | (1ULL << KubusParser::ANY)
      | (1ULL << KubusParser::NO)
      | (1ULL << KubusParser::IDENT))) != 0)) {
      setState(36);
      statement();
      setState(41);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(42);
    match(KubusParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExpressionContext ------------------------------------------------------------------

KubusParser::ExpressionContext::ExpressionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

KubusParser::ExprContext* KubusParser::ExpressionContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

tree::TerminalNode* KubusParser::ExpressionContext::EOF() {
  return getToken(KubusParser::EOF, 0);
}


size_t KubusParser::ExpressionContext::getRuleIndex() const {
  return KubusParser::RuleExpression;
}


KubusParser::ExpressionContext* KubusParser::expression() {
  ExpressionContext *_localctx = _tracker.createInstance<ExpressionContext>(_ctx, getState());
  enterRule(_localctx, 2, KubusParser::RuleExpression);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(44);
    expr(0);
    setState(45);
    match(KubusParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- StatementContext ------------------------------------------------------------------

KubusParser::StatementContext::StatementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

KubusParser::UseStmtContext* KubusParser::StatementContext::useStmt() {
  return getRuleContext<KubusParser::UseStmtContext>(0);
}

KubusParser::RuleDeclContext* KubusParser::StatementContext::ruleDecl() {
  return getRuleContext<KubusParser::RuleDeclContext>(0);
}

KubusParser::EntityDeclContext* KubusParser::StatementContext::entityDecl() {
  return getRuleContext<KubusParser::EntityDeclContext>(0);
}


size_t KubusParser::StatementContext::getRuleIndex() const {
  return KubusParser::RuleStatement;
}


KubusParser::StatementContext* KubusParser::statement() {
  StatementContext *_localctx = _tracker.createInstance<StatementContext>(_ctx, getState());
  enterRule(_localctx, 4, KubusParser::RuleStatement);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(50);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 1, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(47);
      useStmt();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(48);
      ruleDecl();
      break;
    }

    case 3: {
      enterOuterAlt(_localctx, 3);
      setState(49);
      entityDecl();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- UseStmtContext ------------------------------------------------------------------

KubusParser::UseStmtContext::UseStmtContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::UseStmtContext::USE() {
  return getToken(KubusParser::USE, 0);
}

KubusParser::NameContext* KubusParser::UseStmtContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::UseStmtContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}


size_t KubusParser::UseStmtContext::getRuleIndex() const {
  return KubusParser::RuleUseStmt;
}


KubusParser::UseStmtContext* KubusParser::useStmt() {
  UseStmtContext *_localctx = _tracker.createInstance<UseStmtContext>(_ctx, getState());
  enterRule(_localctx, 6, KubusParser::RuleUseStmt);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(52);
    match(KubusParser::USE);
    setState(55);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case KubusParser::USE:
      case KubusParser::RULE:
      case KubusParser::FOR:
      case KubusParser::IN:
      case KubusParser::WHERE:
      case KubusParser::EXPECT:
      case KubusParser::AND:
      case KubusParser::OR:
      case KubusParser::NOT:
      case KubusParser::NONE:
      case KubusParser::IS:
      case KubusParser::ALL:
      case KubusParser::ANY:
      case KubusParser::NO:
      case KubusParser::IDENT: {
        setState(53);
        name();
        break;
      }

      case KubusParser::STRING: {
        setState(54);
        match(KubusParser::STRING);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RuleDeclContext ------------------------------------------------------------------

KubusParser::RuleDeclContext::RuleDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::RuleDeclContext::RULE() {
  return getToken(KubusParser::RULE, 0);
}

KubusParser::NameContext* KubusParser::RuleDeclContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::RuleDeclContext::LBRACE() {
  return getToken(KubusParser::LBRACE, 0);
}

tree::TerminalNode* KubusParser::RuleDeclContext::RBRACE() {
  return getToken(KubusParser::RBRACE, 0);
}

tree::TerminalNode* KubusParser::RuleDeclContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}

std::vector<KubusParser::RuleItemContext *> KubusParser::RuleDeclContext::ruleItem() {
  return getRuleContexts<KubusParser::RuleItemContext>();
}

KubusParser::RuleItemContext* KubusParser::RuleDeclContext::ruleItem(size_t i) {
  return getRuleContext<KubusParser::RuleItemContext>(i);
}


size_t KubusParser::RuleDeclContext::getRuleIndex() const {
  return KubusParser::RuleRuleDecl;
}


KubusParser::RuleDeclContext* KubusParser::ruleDecl() {
  RuleDeclContext *_localctx = _tracker.createInstance<RuleDeclContext>(_ctx, getState());
  enterRule(_localctx, 8, KubusParser::RuleRuleDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(57);
    match(KubusParser::RULE);
    setState(58);
    name();
    setState(60);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == KubusParser::STRING) {
      setState(59);
      match(KubusParser::STRING);
    }
    setState(62);
    match(KubusParser::LBRACE);
    setState(66);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::USE)
      | (1ULL << KubusParser::RULE)
      | (1ULL << KubusParser::FOR)
      | (1ULL << KubusParser::IN)
      | (1ULL << KubusParser::WHERE)
      | (1ULL << KubusParser::EXPECT)
      | (1ULL << KubusParser::AND)
      | (1ULL << KubusParser::OR)
      | (1ULL << KubusParser::NOT)
      | (1ULL << KubusParser::NONE)
      | (1ULL << KubusParser::IS)
      | (1ULL << KubusParser::ALL)
      | (1ULL << KubusParser::ANY)
      | (1ULL << KubusParser::NO)
      | (1ULL << KubusParser::IDENT))) != 0)) {
      setState(63);
      ruleItem();
      setState(68);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(69);
    match(KubusParser::RBRACE);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- RuleItemContext ------------------------------------------------------------------

KubusParser::RuleItemContext::RuleItemContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t KubusParser::RuleItemContext::getRuleIndex() const {
  return KubusParser::RuleRuleItem;
}

void KubusParser::RuleItemContext::copyFrom(RuleItemContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- RuleFieldContext ------------------------------------------------------------------

KubusParser::MemberContext* KubusParser::RuleFieldContext::member() {
  return getRuleContext<KubusParser::MemberContext>(0);
}

KubusParser::RuleFieldContext::RuleFieldContext(RuleItemContext *ctx) { copyFrom(ctx); }


//----------------- ForClauseContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::ForClauseContext::FOR() {
  return getToken(KubusParser::FOR, 0);
}

KubusParser::NameContext* KubusParser::ForClauseContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::ForClauseContext::IN() {
  return getToken(KubusParser::IN, 0);
}

std::vector<KubusParser::ExprContext *> KubusParser::ForClauseContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::ForClauseContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::ForClauseContext::WHERE() {
  return getToken(KubusParser::WHERE, 0);
}

KubusParser::ForClauseContext::ForClauseContext(RuleItemContext *ctx) { copyFrom(ctx); }


//----------------- ExpectClauseContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::ExpectClauseContext::EXPECT() {
  return getToken(KubusParser::EXPECT, 0);
}

KubusParser::ExprContext* KubusParser::ExpectClauseContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

KubusParser::ExpectClauseContext::ExpectClauseContext(RuleItemContext *ctx) { copyFrom(ctx); }


KubusParser::RuleItemContext* KubusParser::ruleItem() {
  RuleItemContext *_localctx = _tracker.createInstance<RuleItemContext>(_ctx, getState());
  enterRule(_localctx, 10, KubusParser::RuleRuleItem);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(82);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 6, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<RuleItemContext *>(_tracker.createInstance<KubusParser::ForClauseContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(71);
      match(KubusParser::FOR);
      setState(72);
      name();
      setState(73);
      match(KubusParser::IN);
      setState(74);
      expr(0);
      setState(77);
      _errHandler->sync(this);

      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 5, _ctx)) {
      case 1: {
        setState(75);
        match(KubusParser::WHERE);
        setState(76);
        expr(0);
        break;
      }

      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<RuleItemContext *>(_tracker.createInstance<KubusParser::ExpectClauseContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(79);
      match(KubusParser::EXPECT);
      setState(80);
      expr(0);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<RuleItemContext *>(_tracker.createInstance<KubusParser::RuleFieldContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(81);
      member();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- EntityDeclContext ------------------------------------------------------------------

KubusParser::EntityDeclContext::EntityDeclContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<KubusParser::NameContext *> KubusParser::EntityDeclContext::name() {
  return getRuleContexts<KubusParser::NameContext>();
}

KubusParser::NameContext* KubusParser::EntityDeclContext::name(size_t i) {
  return getRuleContext<KubusParser::NameContext>(i);
}

tree::TerminalNode* KubusParser::EntityDeclContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}

KubusParser::BlockContext* KubusParser::EntityDeclContext::block() {
  return getRuleContext<KubusParser::BlockContext>(0);
}


size_t KubusParser::EntityDeclContext::getRuleIndex() const {
  return KubusParser::RuleEntityDecl;
}


KubusParser::EntityDeclContext* KubusParser::entityDecl() {
  EntityDeclContext *_localctx = _tracker.createInstance<EntityDeclContext>(_ctx, getState());
  enterRule(_localctx, 12, KubusParser::RuleEntityDecl);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(84);
    dynamic_cast<EntityDeclContext *>(_localctx)->kind = name();
    setState(85);
    dynamic_cast<EntityDeclContext *>(_localctx)->id = name();
    setState(87);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == KubusParser::STRING) {
      setState(86);
      match(KubusParser::STRING);
    }
    setState(90);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == KubusParser::LBRACE) {
      setState(89);
      block();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BlockContext ------------------------------------------------------------------

KubusParser::BlockContext::BlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::BlockContext::LBRACE() {
  return getToken(KubusParser::LBRACE, 0);
}

tree::TerminalNode* KubusParser::BlockContext::RBRACE() {
  return getToken(KubusParser::RBRACE, 0);
}

std::vector<KubusParser::MemberContext *> KubusParser::BlockContext::member() {
  return getRuleContexts<KubusParser::MemberContext>();
}

KubusParser::MemberContext* KubusParser::BlockContext::member(size_t i) {
  return getRuleContext<KubusParser::MemberContext>(i);
}


size_t KubusParser::BlockContext::getRuleIndex() const {
  return KubusParser::RuleBlock;
}


KubusParser::BlockContext* KubusParser::block() {
  BlockContext *_localctx = _tracker.createInstance<BlockContext>(_ctx, getState());
  enterRule(_localctx, 14, KubusParser::RuleBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(92);
    match(KubusParser::LBRACE);
    setState(96);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::USE)
      | (1ULL << KubusParser::RULE)
      | (1ULL << KubusParser::FOR)
      | (1ULL << KubusParser::IN)
      | (1ULL << KubusParser::WHERE)
      | (1ULL << KubusParser::EXPECT)
      | (1ULL << KubusParser::AND)
      | (1ULL << KubusParser::OR)
      | (1ULL << KubusParser::NOT)
      | (1ULL << KubusParser::NONE)
      | (1ULL << KubusParser::IS)
      | (1ULL << KubusParser::ALL)
      | (1ULL << KubusParser::ANY)
      | (1ULL << KubusParser::NO)
      | (1ULL << KubusParser::IDENT))) != 0)) {
      setState(93);
      member();
      setState(98);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(99);
    match(KubusParser::RBRACE);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MemberContext ------------------------------------------------------------------

KubusParser::MemberContext::MemberContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t KubusParser::MemberContext::getRuleIndex() const {
  return KubusParser::RuleMember;
}

void KubusParser::MemberContext::copyFrom(MemberContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- FieldMemberContext ------------------------------------------------------------------

KubusParser::NameContext* KubusParser::FieldMemberContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::FieldMemberContext::COLON() {
  return getToken(KubusParser::COLON, 0);
}

KubusParser::ValueContext* KubusParser::FieldMemberContext::value() {
  return getRuleContext<KubusParser::ValueContext>(0);
}

KubusParser::FieldMemberContext::FieldMemberContext(MemberContext *ctx) { copyFrom(ctx); }


//----------------- BlockMemberContext ------------------------------------------------------------------

KubusParser::NameContext* KubusParser::BlockMemberContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

KubusParser::BlockContext* KubusParser::BlockMemberContext::block() {
  return getRuleContext<KubusParser::BlockContext>(0);
}

KubusParser::BlockMemberContext::BlockMemberContext(MemberContext *ctx) { copyFrom(ctx); }


KubusParser::MemberContext* KubusParser::member() {
  MemberContext *_localctx = _tracker.createInstance<MemberContext>(_ctx, getState());
  enterRule(_localctx, 16, KubusParser::RuleMember);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(108);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 10, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<MemberContext *>(_tracker.createInstance<KubusParser::FieldMemberContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(101);
      name();
      setState(102);
      match(KubusParser::COLON);
      setState(103);
      value();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<MemberContext *>(_tracker.createInstance<KubusParser::BlockMemberContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(105);
      name();
      setState(106);
      block();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ValueContext ------------------------------------------------------------------

KubusParser::ValueContext::ValueContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t KubusParser::ValueContext::getRuleIndex() const {
  return KubusParser::RuleValue;
}

void KubusParser::ValueContext::copyFrom(ValueContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- DateValueContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::DateValueContext::DATE() {
  return getToken(KubusParser::DATE, 0);
}

KubusParser::DateValueContext::DateValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- ListValueContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::ListValueContext::LBRACK() {
  return getToken(KubusParser::LBRACK, 0);
}

tree::TerminalNode* KubusParser::ListValueContext::RBRACK() {
  return getToken(KubusParser::RBRACK, 0);
}

std::vector<KubusParser::ValueContext *> KubusParser::ListValueContext::value() {
  return getRuleContexts<KubusParser::ValueContext>();
}

KubusParser::ValueContext* KubusParser::ListValueContext::value(size_t i) {
  return getRuleContext<KubusParser::ValueContext>(i);
}

std::vector<tree::TerminalNode *> KubusParser::ListValueContext::COMMA() {
  return getTokens(KubusParser::COMMA);
}

tree::TerminalNode* KubusParser::ListValueContext::COMMA(size_t i) {
  return getToken(KubusParser::COMMA, i);
}

KubusParser::ListValueContext::ListValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- StringValueContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::StringValueContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}

KubusParser::StringValueContext::StringValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- HandoffValueContext ------------------------------------------------------------------

std::vector<KubusParser::NameContext *> KubusParser::HandoffValueContext::name() {
  return getRuleContexts<KubusParser::NameContext>();
}

KubusParser::NameContext* KubusParser::HandoffValueContext::name(size_t i) {
  return getRuleContext<KubusParser::NameContext>(i);
}

tree::TerminalNode* KubusParser::HandoffValueContext::ARROW() {
  return getToken(KubusParser::ARROW, 0);
}

KubusParser::HandoffValueContext::HandoffValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- ComparisonValueContext ------------------------------------------------------------------

KubusParser::CmpOpContext* KubusParser::ComparisonValueContext::cmpOp() {
  return getRuleContext<KubusParser::CmpOpContext>(0);
}

KubusParser::ScalarContext* KubusParser::ComparisonValueContext::scalar() {
  return getRuleContext<KubusParser::ScalarContext>(0);
}

KubusParser::NameContext* KubusParser::ComparisonValueContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

KubusParser::ComparisonValueContext::ComparisonValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- QuantityValueContext ------------------------------------------------------------------

KubusParser::QuantityContext* KubusParser::QuantityValueContext::quantity() {
  return getRuleContext<KubusParser::QuantityContext>(0);
}

KubusParser::QuantityValueContext::QuantityValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- QuarterValueContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::QuarterValueContext::QUARTER() {
  return getToken(KubusParser::QUARTER, 0);
}

KubusParser::QuarterValueContext::QuarterValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- BoolValueContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::BoolValueContext::TRUE() {
  return getToken(KubusParser::TRUE, 0);
}

tree::TerminalNode* KubusParser::BoolValueContext::FALSE() {
  return getToken(KubusParser::FALSE, 0);
}

KubusParser::BoolValueContext::BoolValueContext(ValueContext *ctx) { copyFrom(ctx); }


//----------------- RefValueContext ------------------------------------------------------------------

KubusParser::NameContext* KubusParser::RefValueContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

KubusParser::RefValueContext::RefValueContext(ValueContext *ctx) { copyFrom(ctx); }


KubusParser::ValueContext* KubusParser::value() {
  ValueContext *_localctx = _tracker.createInstance<ValueContext>(_ctx, getState());
  enterRule(_localctx, 18, KubusParser::RuleValue);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(141);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 15, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::StringValueContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(110);
      match(KubusParser::STRING);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::BoolValueContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(111);
      _la = _input->LA(1);
      if (!(_la == KubusParser::TRUE

      || _la == KubusParser::FALSE)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      break;
    }

    case 3: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::DateValueContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(112);
      match(KubusParser::DATE);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::QuarterValueContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(113);
      match(KubusParser::QUARTER);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::QuantityValueContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(114);
      quantity();
      break;
    }

    case 6: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::HandoffValueContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(115);
      name();
      setState(116);
      match(KubusParser::ARROW);
      setState(117);
      name();
      break;
    }

    case 7: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::ComparisonValueContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(120);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << KubusParser::USE)
        | (1ULL << KubusParser::RULE)
        | (1ULL << KubusParser::FOR)
        | (1ULL << KubusParser::IN)
        | (1ULL << KubusParser::WHERE)
        | (1ULL << KubusParser::EXPECT)
        | (1ULL << KubusParser::AND)
        | (1ULL << KubusParser::OR)
        | (1ULL << KubusParser::NOT)
        | (1ULL << KubusParser::NONE)
        | (1ULL << KubusParser::IS)
        | (1ULL << KubusParser::ALL)
        | (1ULL << KubusParser::ANY)
        | (1ULL << KubusParser::NO)
        | (1ULL << KubusParser::IDENT))) != 0)) {
        setState(119);
        name();
      }
      setState(122);
      cmpOp();
      setState(123);
      scalar();
      break;
    }

    case 8: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::RefValueContext>(_localctx));
      enterOuterAlt(_localctx, 8);
      setState(125);
      name();
      break;
    }

    case 9: {
      _localctx = dynamic_cast<ValueContext *>(_tracker.createInstance<KubusParser::ListValueContext>(_localctx));
      enterOuterAlt(_localctx, 9);
      setState(126);
      match(KubusParser::LBRACK);
      setState(138);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << KubusParser::USE)
        | (1ULL << KubusParser::RULE)
        | (1ULL << KubusParser::FOR)
        | (1ULL << KubusParser::IN)
        | (1ULL << KubusParser::WHERE)
        | (1ULL << KubusParser::EXPECT)
        | (1ULL << KubusParser::AND)
        | (1ULL << KubusParser::OR)
        | (1ULL << KubusParser::NOT)
        | (1ULL << KubusParser::NONE)
        | (1ULL << KubusParser::IS)
        | (1ULL << KubusParser::ALL)
        | (1ULL << KubusParser::ANY)
        | (1ULL << KubusParser::NO)
        | (1ULL << KubusParser::TRUE)
        | (1ULL << KubusParser::FALSE)
        | (1ULL << KubusParser::LBRACK)
        | (1ULL << KubusParser::EQ)
        | (1ULL << KubusParser::NE)
        | (1ULL << KubusParser::LE)
        | (1ULL << KubusParser::GE)
        | (1ULL << KubusParser::LT)
        | (1ULL << KubusParser::GT)
        | (1ULL << KubusParser::MINUS)
        | (1ULL << KubusParser::QUARTER)
        | (1ULL << KubusParser::DATE)
        | (1ULL << KubusParser::NUMBER)
        | (1ULL << KubusParser::IDENT)
        | (1ULL << KubusParser::STRING))) != 0)) {
        setState(127);
        value();
        setState(132);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
        while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
          if (alt == 1) {
            setState(128);
            match(KubusParser::COMMA);
            setState(129);
            value(); 
          }
          setState(134);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
        }
        setState(136);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == KubusParser::COMMA) {
          setState(135);
          match(KubusParser::COMMA);
        }
      }
      setState(140);
      match(KubusParser::RBRACK);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ScalarContext ------------------------------------------------------------------

KubusParser::ScalarContext::ScalarContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

KubusParser::QuantityContext* KubusParser::ScalarContext::quantity() {
  return getRuleContext<KubusParser::QuantityContext>(0);
}

tree::TerminalNode* KubusParser::ScalarContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}

tree::TerminalNode* KubusParser::ScalarContext::DATE() {
  return getToken(KubusParser::DATE, 0);
}

tree::TerminalNode* KubusParser::ScalarContext::QUARTER() {
  return getToken(KubusParser::QUARTER, 0);
}

KubusParser::NameContext* KubusParser::ScalarContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::ScalarContext::TRUE() {
  return getToken(KubusParser::TRUE, 0);
}

tree::TerminalNode* KubusParser::ScalarContext::FALSE() {
  return getToken(KubusParser::FALSE, 0);
}


size_t KubusParser::ScalarContext::getRuleIndex() const {
  return KubusParser::RuleScalar;
}


KubusParser::ScalarContext* KubusParser::scalar() {
  ScalarContext *_localctx = _tracker.createInstance<ScalarContext>(_ctx, getState());
  enterRule(_localctx, 20, KubusParser::RuleScalar);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(150);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case KubusParser::MINUS:
      case KubusParser::NUMBER: {
        enterOuterAlt(_localctx, 1);
        setState(143);
        quantity();
        break;
      }

      case KubusParser::STRING: {
        enterOuterAlt(_localctx, 2);
        setState(144);
        match(KubusParser::STRING);
        break;
      }

      case KubusParser::DATE: {
        enterOuterAlt(_localctx, 3);
        setState(145);
        match(KubusParser::DATE);
        break;
      }

      case KubusParser::QUARTER: {
        enterOuterAlt(_localctx, 4);
        setState(146);
        match(KubusParser::QUARTER);
        break;
      }

      case KubusParser::USE:
      case KubusParser::RULE:
      case KubusParser::FOR:
      case KubusParser::IN:
      case KubusParser::WHERE:
      case KubusParser::EXPECT:
      case KubusParser::AND:
      case KubusParser::OR:
      case KubusParser::NOT:
      case KubusParser::NONE:
      case KubusParser::IS:
      case KubusParser::ALL:
      case KubusParser::ANY:
      case KubusParser::NO:
      case KubusParser::IDENT: {
        enterOuterAlt(_localctx, 5);
        setState(147);
        name();
        break;
      }

      case KubusParser::TRUE: {
        enterOuterAlt(_localctx, 6);
        setState(148);
        match(KubusParser::TRUE);
        break;
      }

      case KubusParser::FALSE: {
        enterOuterAlt(_localctx, 7);
        setState(149);
        match(KubusParser::FALSE);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- QuantityContext ------------------------------------------------------------------

KubusParser::QuantityContext::QuantityContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::QuantityContext::NUMBER() {
  return getToken(KubusParser::NUMBER, 0);
}

tree::TerminalNode* KubusParser::QuantityContext::MINUS() {
  return getToken(KubusParser::MINUS, 0);
}

KubusParser::UnitContext* KubusParser::QuantityContext::unit() {
  return getRuleContext<KubusParser::UnitContext>(0);
}


size_t KubusParser::QuantityContext::getRuleIndex() const {
  return KubusParser::RuleQuantity;
}


KubusParser::QuantityContext* KubusParser::quantity() {
  QuantityContext *_localctx = _tracker.createInstance<QuantityContext>(_ctx, getState());
  enterRule(_localctx, 22, KubusParser::RuleQuantity);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(153);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == KubusParser::MINUS) {
      setState(152);
      match(KubusParser::MINUS);
    }
    setState(155);
    match(KubusParser::NUMBER);
    setState(157);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 18, _ctx)) {
    case 1: {
      setState(156);
      unit();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- UnitContext ------------------------------------------------------------------

KubusParser::UnitContext::UnitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::UnitContext::UNIT() {
  return getToken(KubusParser::UNIT, 0);
}


size_t KubusParser::UnitContext::getRuleIndex() const {
  return KubusParser::RuleUnit;
}


KubusParser::UnitContext* KubusParser::unit() {
  UnitContext *_localctx = _tracker.createInstance<UnitContext>(_ctx, getState());
  enterRule(_localctx, 24, KubusParser::RuleUnit);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(159);
    match(KubusParser::UNIT);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CmpOpContext ------------------------------------------------------------------

KubusParser::CmpOpContext::CmpOpContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::CmpOpContext::EQ() {
  return getToken(KubusParser::EQ, 0);
}

tree::TerminalNode* KubusParser::CmpOpContext::NE() {
  return getToken(KubusParser::NE, 0);
}

tree::TerminalNode* KubusParser::CmpOpContext::LT() {
  return getToken(KubusParser::LT, 0);
}

tree::TerminalNode* KubusParser::CmpOpContext::LE() {
  return getToken(KubusParser::LE, 0);
}

tree::TerminalNode* KubusParser::CmpOpContext::GT() {
  return getToken(KubusParser::GT, 0);
}

tree::TerminalNode* KubusParser::CmpOpContext::GE() {
  return getToken(KubusParser::GE, 0);
}


size_t KubusParser::CmpOpContext::getRuleIndex() const {
  return KubusParser::RuleCmpOp;
}


KubusParser::CmpOpContext* KubusParser::cmpOp() {
  CmpOpContext *_localctx = _tracker.createInstance<CmpOpContext>(_ctx, getState());
  enterRule(_localctx, 26, KubusParser::RuleCmpOp);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(161);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::EQ)
      | (1ULL << KubusParser::NE)
      | (1ULL << KubusParser::LE)
      | (1ULL << KubusParser::GE)
      | (1ULL << KubusParser::LT)
      | (1ULL << KubusParser::GT))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExprContext ------------------------------------------------------------------

KubusParser::ExprContext::ExprContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t KubusParser::ExprContext::getRuleIndex() const {
  return KubusParser::RuleExpr;
}

void KubusParser::ExprContext::copyFrom(ExprContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- NotExprContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::NotExprContext::NOT() {
  return getToken(KubusParser::NOT, 0);
}

KubusParser::ExprContext* KubusParser::NotExprContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

KubusParser::NotExprContext::NotExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- PrimaryExprContext ------------------------------------------------------------------

KubusParser::PrimaryContext* KubusParser::PrimaryExprContext::primary() {
  return getRuleContext<KubusParser::PrimaryContext>(0);
}

KubusParser::PrimaryExprContext::PrimaryExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- AddExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::AddExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::AddExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::AddExprContext::PLUS() {
  return getToken(KubusParser::PLUS, 0);
}

tree::TerminalNode* KubusParser::AddExprContext::MINUS() {
  return getToken(KubusParser::MINUS, 0);
}

KubusParser::AddExprContext::AddExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- IsNoneExprContext ------------------------------------------------------------------

KubusParser::ExprContext* KubusParser::IsNoneExprContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

tree::TerminalNode* KubusParser::IsNoneExprContext::IS() {
  return getToken(KubusParser::IS, 0);
}

tree::TerminalNode* KubusParser::IsNoneExprContext::NONE() {
  return getToken(KubusParser::NONE, 0);
}

tree::TerminalNode* KubusParser::IsNoneExprContext::NOT() {
  return getToken(KubusParser::NOT, 0);
}

KubusParser::IsNoneExprContext::IsNoneExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- NegExprContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::NegExprContext::MINUS() {
  return getToken(KubusParser::MINUS, 0);
}

KubusParser::ExprContext* KubusParser::NegExprContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

KubusParser::NegExprContext::NegExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- InExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::InExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::InExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::InExprContext::IN() {
  return getToken(KubusParser::IN, 0);
}

tree::TerminalNode* KubusParser::InExprContext::NOT() {
  return getToken(KubusParser::NOT, 0);
}

KubusParser::InExprContext::InExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- PathExprContext ------------------------------------------------------------------

KubusParser::ExprContext* KubusParser::PathExprContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

tree::TerminalNode* KubusParser::PathExprContext::DOT() {
  return getToken(KubusParser::DOT, 0);
}

KubusParser::NameContext* KubusParser::PathExprContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

KubusParser::PathExprContext::PathExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- MulExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::MulExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::MulExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::MulExprContext::STAR() {
  return getToken(KubusParser::STAR, 0);
}

tree::TerminalNode* KubusParser::MulExprContext::SLASH() {
  return getToken(KubusParser::SLASH, 0);
}

KubusParser::MulExprContext::MulExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- OrExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::OrExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::OrExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::OrExprContext::OR() {
  return getToken(KubusParser::OR, 0);
}

KubusParser::OrExprContext::OrExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- QuantExprContext ------------------------------------------------------------------

KubusParser::NameContext* KubusParser::QuantExprContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::QuantExprContext::IN() {
  return getToken(KubusParser::IN, 0);
}

std::vector<KubusParser::ExprContext *> KubusParser::QuantExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::QuantExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::QuantExprContext::COLON() {
  return getToken(KubusParser::COLON, 0);
}

tree::TerminalNode* KubusParser::QuantExprContext::ALL() {
  return getToken(KubusParser::ALL, 0);
}

tree::TerminalNode* KubusParser::QuantExprContext::ANY() {
  return getToken(KubusParser::ANY, 0);
}

tree::TerminalNode* KubusParser::QuantExprContext::NO() {
  return getToken(KubusParser::NO, 0);
}

KubusParser::QuantExprContext::QuantExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- CmpExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::CmpExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::CmpExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

KubusParser::CmpOpContext* KubusParser::CmpExprContext::cmpOp() {
  return getRuleContext<KubusParser::CmpOpContext>(0);
}

KubusParser::CmpExprContext::CmpExprContext(ExprContext *ctx) { copyFrom(ctx); }


//----------------- AndExprContext ------------------------------------------------------------------

std::vector<KubusParser::ExprContext *> KubusParser::AndExprContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::AndExprContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::AndExprContext::AND() {
  return getToken(KubusParser::AND, 0);
}

KubusParser::AndExprContext::AndExprContext(ExprContext *ctx) { copyFrom(ctx); }



KubusParser::ExprContext* KubusParser::expr() {
   return expr(0);
}

KubusParser::ExprContext* KubusParser::expr(int precedence) {
  ParserRuleContext *parentContext = _ctx;
  size_t parentState = getState();
  KubusParser::ExprContext *_localctx = _tracker.createInstance<ExprContext>(_ctx, parentState);
  KubusParser::ExprContext *previousContext = _localctx;
  (void)previousContext; // Silence compiler, in case the context is not used by generated code.
  size_t startState = 28;
  enterRecursionRule(_localctx, 28, KubusParser::RuleExpr, precedence);

    size_t _la = 0;

  auto onExit = finally([=] {
    unrollRecursionContexts(parentContext);
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(176);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 19, _ctx)) {
    case 1: {
      _localctx = _tracker.createInstance<PrimaryExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;

      setState(164);
      primary();
      break;
    }

    case 2: {
      _localctx = _tracker.createInstance<NegExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(165);
      match(KubusParser::MINUS);
      setState(166);
      expr(10);
      break;
    }

    case 3: {
      _localctx = _tracker.createInstance<NotExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(167);
      match(KubusParser::NOT);
      setState(168);
      expr(4);
      break;
    }

    case 4: {
      _localctx = _tracker.createInstance<QuantExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(169);
      dynamic_cast<QuantExprContext *>(_localctx)->q = _input->LT(1);
      _la = _input->LA(1);
      if (!((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << KubusParser::ALL)
        | (1ULL << KubusParser::ANY)
        | (1ULL << KubusParser::NO))) != 0))) {
        dynamic_cast<QuantExprContext *>(_localctx)->q = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(170);
      name();
      setState(171);
      match(KubusParser::IN);
      setState(172);
      expr(0);
      setState(173);
      match(KubusParser::COLON);
      setState(174);
      expr(1);
      break;
    }

    }
    _ctx->stop = _input->LT(-1);
    setState(211);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 23, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        if (!_parseListeners.empty())
          triggerExitRuleEvent();
        previousContext = _localctx;
        setState(209);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 22, _ctx)) {
        case 1: {
          auto newContext = _tracker.createInstance<MulExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(178);

          if (!(precpred(_ctx, 9))) throw FailedPredicateException(this, "precpred(_ctx, 9)");
          setState(179);
          dynamic_cast<MulExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == KubusParser::STAR

          || _la == KubusParser::SLASH)) {
            dynamic_cast<MulExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(180);
          expr(10);
          break;
        }

        case 2: {
          auto newContext = _tracker.createInstance<AddExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(181);

          if (!(precpred(_ctx, 8))) throw FailedPredicateException(this, "precpred(_ctx, 8)");
          setState(182);
          dynamic_cast<AddExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == KubusParser::PLUS

          || _la == KubusParser::MINUS)) {
            dynamic_cast<AddExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(183);
          expr(9);
          break;
        }

        case 3: {
          auto newContext = _tracker.createInstance<CmpExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(184);

          if (!(precpred(_ctx, 7))) throw FailedPredicateException(this, "precpred(_ctx, 7)");
          setState(185);
          cmpOp();
          setState(186);
          expr(8);
          break;
        }

        case 4: {
          auto newContext = _tracker.createInstance<InExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(188);

          if (!(precpred(_ctx, 6))) throw FailedPredicateException(this, "precpred(_ctx, 6)");
          setState(190);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == KubusParser::NOT) {
            setState(189);
            match(KubusParser::NOT);
          }
          setState(192);
          match(KubusParser::IN);
          setState(193);
          expr(7);
          break;
        }

        case 5: {
          auto newContext = _tracker.createInstance<AndExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(194);

          if (!(precpred(_ctx, 3))) throw FailedPredicateException(this, "precpred(_ctx, 3)");
          setState(195);
          match(KubusParser::AND);
          setState(196);
          expr(4);
          break;
        }

        case 6: {
          auto newContext = _tracker.createInstance<OrExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(197);

          if (!(precpred(_ctx, 2))) throw FailedPredicateException(this, "precpred(_ctx, 2)");
          setState(198);
          match(KubusParser::OR);
          setState(199);
          expr(3);
          break;
        }

        case 7: {
          auto newContext = _tracker.createInstance<PathExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(200);

          if (!(precpred(_ctx, 11))) throw FailedPredicateException(this, "precpred(_ctx, 11)");
          setState(201);
          match(KubusParser::DOT);
          setState(202);
          name();
          break;
        }

        case 8: {
          auto newContext = _tracker.createInstance<IsNoneExprContext>(_tracker.createInstance<ExprContext>(parentContext, parentState));
          _localctx = newContext;
          pushNewRecursionContext(newContext, startState, RuleExpr);
          setState(203);

          if (!(precpred(_ctx, 5))) throw FailedPredicateException(this, "precpred(_ctx, 5)");
          setState(204);
          match(KubusParser::IS);
          setState(206);
          _errHandler->sync(this);

          _la = _input->LA(1);
          if (_la == KubusParser::NOT) {
            setState(205);
            match(KubusParser::NOT);
          }
          setState(208);
          match(KubusParser::NONE);
          break;
        }

        } 
      }
      setState(213);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 23, _ctx);
    }
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }
  return _localctx;
}

//----------------- PrimaryContext ------------------------------------------------------------------

KubusParser::PrimaryContext::PrimaryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t KubusParser::PrimaryContext::getRuleIndex() const {
  return KubusParser::RulePrimary;
}

void KubusParser::PrimaryContext::copyFrom(PrimaryContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- ListPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::ListPrimaryContext::LBRACK() {
  return getToken(KubusParser::LBRACK, 0);
}

tree::TerminalNode* KubusParser::ListPrimaryContext::RBRACK() {
  return getToken(KubusParser::RBRACK, 0);
}

std::vector<KubusParser::ExprContext *> KubusParser::ListPrimaryContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::ListPrimaryContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

std::vector<tree::TerminalNode *> KubusParser::ListPrimaryContext::COMMA() {
  return getTokens(KubusParser::COMMA);
}

tree::TerminalNode* KubusParser::ListPrimaryContext::COMMA(size_t i) {
  return getToken(KubusParser::COMMA, i);
}

KubusParser::ListPrimaryContext::ListPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- ParenPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::ParenPrimaryContext::LPAREN() {
  return getToken(KubusParser::LPAREN, 0);
}

KubusParser::ExprContext* KubusParser::ParenPrimaryContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

tree::TerminalNode* KubusParser::ParenPrimaryContext::RPAREN() {
  return getToken(KubusParser::RPAREN, 0);
}

KubusParser::ParenPrimaryContext::ParenPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- FilterPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::FilterPrimaryContext::LBRACK() {
  return getToken(KubusParser::LBRACK, 0);
}

KubusParser::NameContext* KubusParser::FilterPrimaryContext::name() {
  return getRuleContext<KubusParser::NameContext>(0);
}

tree::TerminalNode* KubusParser::FilterPrimaryContext::IN() {
  return getToken(KubusParser::IN, 0);
}

std::vector<KubusParser::ExprContext *> KubusParser::FilterPrimaryContext::expr() {
  return getRuleContexts<KubusParser::ExprContext>();
}

KubusParser::ExprContext* KubusParser::FilterPrimaryContext::expr(size_t i) {
  return getRuleContext<KubusParser::ExprContext>(i);
}

tree::TerminalNode* KubusParser::FilterPrimaryContext::WHERE() {
  return getToken(KubusParser::WHERE, 0);
}

tree::TerminalNode* KubusParser::FilterPrimaryContext::RBRACK() {
  return getToken(KubusParser::RBRACK, 0);
}

KubusParser::FilterPrimaryContext::FilterPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- QuarterPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::QuarterPrimaryContext::QUARTER() {
  return getToken(KubusParser::QUARTER, 0);
}

KubusParser::QuarterPrimaryContext::QuarterPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- StringPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::StringPrimaryContext::STRING() {
  return getToken(KubusParser::STRING, 0);
}

KubusParser::StringPrimaryContext::StringPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- NonePrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::NonePrimaryContext::NONE() {
  return getToken(KubusParser::NONE, 0);
}

KubusParser::NonePrimaryContext::NonePrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- DatePrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::DatePrimaryContext::DATE() {
  return getToken(KubusParser::DATE, 0);
}

KubusParser::DatePrimaryContext::DatePrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- CallPrimaryContext ------------------------------------------------------------------

KubusParser::ExprNameContext* KubusParser::CallPrimaryContext::exprName() {
  return getRuleContext<KubusParser::ExprNameContext>(0);
}

tree::TerminalNode* KubusParser::CallPrimaryContext::LPAREN() {
  return getToken(KubusParser::LPAREN, 0);
}

KubusParser::ExprContext* KubusParser::CallPrimaryContext::expr() {
  return getRuleContext<KubusParser::ExprContext>(0);
}

tree::TerminalNode* KubusParser::CallPrimaryContext::RPAREN() {
  return getToken(KubusParser::RPAREN, 0);
}

KubusParser::CallPrimaryContext::CallPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- BoolPrimaryContext ------------------------------------------------------------------

tree::TerminalNode* KubusParser::BoolPrimaryContext::TRUE() {
  return getToken(KubusParser::TRUE, 0);
}

tree::TerminalNode* KubusParser::BoolPrimaryContext::FALSE() {
  return getToken(KubusParser::FALSE, 0);
}

KubusParser::BoolPrimaryContext::BoolPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- NumberPrimaryContext ------------------------------------------------------------------

KubusParser::QuantityContext* KubusParser::NumberPrimaryContext::quantity() {
  return getRuleContext<KubusParser::QuantityContext>(0);
}

KubusParser::NumberPrimaryContext::NumberPrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


//----------------- NamePrimaryContext ------------------------------------------------------------------

KubusParser::ExprNameContext* KubusParser::NamePrimaryContext::exprName() {
  return getRuleContext<KubusParser::ExprNameContext>(0);
}

KubusParser::NamePrimaryContext::NamePrimaryContext(PrimaryContext *ctx) { copyFrom(ctx); }


KubusParser::PrimaryContext* KubusParser::primary() {
  PrimaryContext *_localctx = _tracker.createInstance<PrimaryContext>(_ctx, getState());
  enterRule(_localctx, 30, KubusParser::RulePrimary);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    setState(253);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 27, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::NumberPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(214);
      quantity();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::StringPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(215);
      match(KubusParser::STRING);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::BoolPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(216);
      _la = _input->LA(1);
      if (!(_la == KubusParser::TRUE

      || _la == KubusParser::FALSE)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      break;
    }

    case 4: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::NonePrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(217);
      match(KubusParser::NONE);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::DatePrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(218);
      match(KubusParser::DATE);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::QuarterPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(219);
      match(KubusParser::QUARTER);
      break;
    }

    case 7: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::CallPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(220);
      exprName();
      setState(221);
      match(KubusParser::LPAREN);
      setState(222);
      expr(0);
      setState(223);
      match(KubusParser::RPAREN);
      break;
    }

    case 8: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::FilterPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 8);
      setState(225);
      match(KubusParser::LBRACK);
      setState(226);
      name();
      setState(227);
      match(KubusParser::IN);
      setState(228);
      expr(0);
      setState(229);
      match(KubusParser::WHERE);
      setState(230);
      expr(0);
      setState(231);
      match(KubusParser::RBRACK);
      break;
    }

    case 9: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::ListPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 9);
      setState(233);
      match(KubusParser::LBRACK);
      setState(245);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if ((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << KubusParser::USE)
        | (1ULL << KubusParser::RULE)
        | (1ULL << KubusParser::NOT)
        | (1ULL << KubusParser::NONE)
        | (1ULL << KubusParser::ALL)
        | (1ULL << KubusParser::ANY)
        | (1ULL << KubusParser::NO)
        | (1ULL << KubusParser::TRUE)
        | (1ULL << KubusParser::FALSE)
        | (1ULL << KubusParser::LBRACK)
        | (1ULL << KubusParser::LPAREN)
        | (1ULL << KubusParser::MINUS)
        | (1ULL << KubusParser::QUARTER)
        | (1ULL << KubusParser::DATE)
        | (1ULL << KubusParser::NUMBER)
        | (1ULL << KubusParser::IDENT)
        | (1ULL << KubusParser::STRING))) != 0)) {
        setState(234);
        expr(0);
        setState(239);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 24, _ctx);
        while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
          if (alt == 1) {
            setState(235);
            match(KubusParser::COMMA);
            setState(236);
            expr(0); 
          }
          setState(241);
          _errHandler->sync(this);
          alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 24, _ctx);
        }
        setState(243);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == KubusParser::COMMA) {
          setState(242);
          match(KubusParser::COMMA);
        }
      }
      setState(247);
      match(KubusParser::RBRACK);
      break;
    }

    case 10: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::ParenPrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 10);
      setState(248);
      match(KubusParser::LPAREN);
      setState(249);
      expr(0);
      setState(250);
      match(KubusParser::RPAREN);
      break;
    }

    case 11: {
      _localctx = dynamic_cast<PrimaryContext *>(_tracker.createInstance<KubusParser::NamePrimaryContext>(_localctx));
      enterOuterAlt(_localctx, 11);
      setState(252);
      exprName();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExprNameContext ------------------------------------------------------------------

KubusParser::ExprNameContext::ExprNameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::ExprNameContext::IDENT() {
  return getToken(KubusParser::IDENT, 0);
}

tree::TerminalNode* KubusParser::ExprNameContext::USE() {
  return getToken(KubusParser::USE, 0);
}

tree::TerminalNode* KubusParser::ExprNameContext::RULE() {
  return getToken(KubusParser::RULE, 0);
}


size_t KubusParser::ExprNameContext::getRuleIndex() const {
  return KubusParser::RuleExprName;
}


KubusParser::ExprNameContext* KubusParser::exprName() {
  ExprNameContext *_localctx = _tracker.createInstance<ExprNameContext>(_ctx, getState());
  enterRule(_localctx, 32, KubusParser::RuleExprName);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(255);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::USE)
      | (1ULL << KubusParser::RULE)
      | (1ULL << KubusParser::IDENT))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- NameContext ------------------------------------------------------------------

KubusParser::NameContext::NameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* KubusParser::NameContext::IDENT() {
  return getToken(KubusParser::IDENT, 0);
}

tree::TerminalNode* KubusParser::NameContext::USE() {
  return getToken(KubusParser::USE, 0);
}

tree::TerminalNode* KubusParser::NameContext::RULE() {
  return getToken(KubusParser::RULE, 0);
}

tree::TerminalNode* KubusParser::NameContext::FOR() {
  return getToken(KubusParser::FOR, 0);
}

tree::TerminalNode* KubusParser::NameContext::IN() {
  return getToken(KubusParser::IN, 0);
}

tree::TerminalNode* KubusParser::NameContext::WHERE() {
  return getToken(KubusParser::WHERE, 0);
}

tree::TerminalNode* KubusParser::NameContext::EXPECT() {
  return getToken(KubusParser::EXPECT, 0);
}

tree::TerminalNode* KubusParser::NameContext::AND() {
  return getToken(KubusParser::AND, 0);
}

tree::TerminalNode* KubusParser::NameContext::OR() {
  return getToken(KubusParser::OR, 0);
}

tree::TerminalNode* KubusParser::NameContext::NOT() {
  return getToken(KubusParser::NOT, 0);
}

tree::TerminalNode* KubusParser::NameContext::NONE() {
  return getToken(KubusParser::NONE, 0);
}

tree::TerminalNode* KubusParser::NameContext::IS() {
  return getToken(KubusParser::IS, 0);
}

tree::TerminalNode* KubusParser::NameContext::ALL() {
  return getToken(KubusParser::ALL, 0);
}

tree::TerminalNode* KubusParser::NameContext::ANY() {
  return getToken(KubusParser::ANY, 0);
}

tree::TerminalNode* KubusParser::NameContext::NO() {
  return getToken(KubusParser::NO, 0);
}


size_t KubusParser::NameContext::getRuleIndex() const {
  return KubusParser::RuleName;
}


KubusParser::NameContext* KubusParser::name() {
  NameContext *_localctx = _tracker.createInstance<NameContext>(_ctx, getState());
  enterRule(_localctx, 34, KubusParser::RuleName);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(257);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << KubusParser::USE)
      | (1ULL << KubusParser::RULE)
      | (1ULL << KubusParser::FOR)
      | (1ULL << KubusParser::IN)
      | (1ULL << KubusParser::WHERE)
      | (1ULL << KubusParser::EXPECT)
      | (1ULL << KubusParser::AND)
      | (1ULL << KubusParser::OR)
      | (1ULL << KubusParser::NOT)
      | (1ULL << KubusParser::NONE)
      | (1ULL << KubusParser::IS)
      | (1ULL << KubusParser::ALL)
      | (1ULL << KubusParser::ANY)
      | (1ULL << KubusParser::NO)
      | (1ULL << KubusParser::IDENT))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

bool KubusParser::sempred(RuleContext *context, size_t ruleIndex, size_t predicateIndex) {
  switch (ruleIndex) {
    case 14: return exprSempred(dynamic_cast<ExprContext *>(context), predicateIndex);

  default:
    break;
  }
  return true;
}

bool KubusParser::exprSempred(ExprContext *_localctx, size_t predicateIndex) {
  switch (predicateIndex) {
    case 0: return precpred(_ctx, 9);
    case 1: return precpred(_ctx, 8);
    case 2: return precpred(_ctx, 7);
    case 3: return precpred(_ctx, 6);
    case 4: return precpred(_ctx, 3);
    case 5: return precpred(_ctx, 2);
    case 6: return precpred(_ctx, 11);
    case 7: return precpred(_ctx, 5);

  default:
    break;
  }
  return true;
}

// Static vars and initialization.
std::vector<dfa::DFA> KubusParser::_decisionToDFA;
atn::PredictionContextCache KubusParser::_sharedContextCache;

// We own the ATN which in turn owns the ATN states.
atn::ATN KubusParser::_atn;
std::vector<uint16_t> KubusParser::_serializedATN;

std::vector<std::string> KubusParser::_ruleNames = {
  "file", "expression", "statement", "useStmt", "ruleDecl", "ruleItem", 
  "entityDecl", "block", "member", "value", "scalar", "quantity", "unit", 
  "cmpOp", "expr", "primary", "exprName", "name"
};

std::vector<std::string> KubusParser::_literalNames = {
  "", "'use'", "'rule'", "'for'", "'in'", "'where'", "'expect'", "'and'", 
  "'or'", "'not'", "'none'", "'is'", "'all'", "'any'", "'no'", "'true'", 
  "'false'", "'{'", "'}'", "'['", "']'", "'('", "')'", "':'", "','", "'.'", 
  "'->'", "'=='", "'!='", "'<='", "'>='", "'<'", "'>'", "'+'", "'-'", "'*'", 
  "'/'", "'%'"
};

std::vector<std::string> KubusParser::_symbolicNames = {
  "", "USE", "RULE", "FOR", "IN", "WHERE", "EXPECT", "AND", "OR", "NOT", 
  "NONE", "IS", "ALL", "ANY", "NO", "TRUE", "FALSE", "LBRACE", "RBRACE", 
  "LBRACK", "RBRACK", "LPAREN", "RPAREN", "COLON", "COMMA", "DOT", "ARROW", 
  "EQ", "NE", "LE", "GE", "LT", "GT", "PLUS", "MINUS", "STAR", "SLASH", 
  "PERCENT", "PER_UNIT", "QUARTER", "DATE", "NUMBER", "IDENT", "STRING", 
  "UNTERMINATED_STRING", "COMMENT", "WS", "ERROR_CHAR", "UNIT"
};

dfa::Vocabulary KubusParser::_vocabulary(_literalNames, _symbolicNames);

std::vector<std::string> KubusParser::_tokenNames;

KubusParser::Initializer::Initializer() {
	for (size_t i = 0; i < _symbolicNames.size(); ++i) {
		std::string name = _vocabulary.getLiteralName(i);
		if (name.empty()) {
			name = _vocabulary.getSymbolicName(i);
		}

		if (name.empty()) {
			_tokenNames.push_back("<INVALID>");
		} else {
      _tokenNames.push_back(name);
    }
	}

  _serializedATN = {
    0x3, 0x608b, 0xa72a, 0x8133, 0xb9ed, 0x417c, 0x3be7, 0x7786, 0x5964, 
    0x3, 0x32, 0x106, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4, 
    0x9, 0x4, 0x4, 0x5, 0x9, 0x5, 0x4, 0x6, 0x9, 0x6, 0x4, 0x7, 0x9, 0x7, 
    0x4, 0x8, 0x9, 0x8, 0x4, 0x9, 0x9, 0x9, 0x4, 0xa, 0x9, 0xa, 0x4, 0xb, 
    0x9, 0xb, 0x4, 0xc, 0x9, 0xc, 0x4, 0xd, 0x9, 0xd, 0x4, 0xe, 0x9, 0xe, 
    0x4, 0xf, 0x9, 0xf, 0x4, 0x10, 0x9, 0x10, 0x4, 0x11, 0x9, 0x11, 0x4, 
    0x12, 0x9, 0x12, 0x4, 0x13, 0x9, 0x13, 0x3, 0x2, 0x7, 0x2, 0x28, 0xa, 
    0x2, 0xc, 0x2, 0xe, 0x2, 0x2b, 0xb, 0x2, 0x3, 0x2, 0x3, 0x2, 0x3, 0x3, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x5, 0x4, 0x35, 0xa, 
    0x4, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x5, 0x5, 0x3a, 0xa, 0x5, 0x3, 0x6, 
    0x3, 0x6, 0x3, 0x6, 0x5, 0x6, 0x3f, 0xa, 0x6, 0x3, 0x6, 0x3, 0x6, 0x7, 
    0x6, 0x43, 0xa, 0x6, 0xc, 0x6, 0xe, 0x6, 0x46, 0xb, 0x6, 0x3, 0x6, 0x3, 
    0x6, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 
    0x7, 0x50, 0xa, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0x55, 0xa, 
    0x7, 0x3, 0x8, 0x3, 0x8, 0x3, 0x8, 0x5, 0x8, 0x5a, 0xa, 0x8, 0x3, 0x8, 
    0x5, 0x8, 0x5d, 0xa, 0x8, 0x3, 0x9, 0x3, 0x9, 0x7, 0x9, 0x61, 0xa, 0x9, 
    0xc, 0x9, 0xe, 0x9, 0x64, 0xb, 0x9, 0x3, 0x9, 0x3, 0x9, 0x3, 0xa, 0x3, 
    0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x3, 0xa, 0x5, 0xa, 0x6f, 
    0xa, 0xa, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 
    0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x5, 0xb, 0x7b, 0xa, 0xb, 0x3, 
    0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 
    0xb, 0x7, 0xb, 0x85, 0xa, 0xb, 0xc, 0xb, 0xe, 0xb, 0x88, 0xb, 0xb, 0x3, 
    0xb, 0x5, 0xb, 0x8b, 0xa, 0xb, 0x5, 0xb, 0x8d, 0xa, 0xb, 0x3, 0xb, 0x5, 
    0xb, 0x90, 0xa, 0xb, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 
    0x3, 0xc, 0x3, 0xc, 0x5, 0xc, 0x99, 0xa, 0xc, 0x3, 0xd, 0x5, 0xd, 0x9c, 
    0xa, 0xd, 0x3, 0xd, 0x3, 0xd, 0x5, 0xd, 0xa0, 0xa, 0xd, 0x3, 0xe, 0x3, 
    0xe, 0x3, 0xf, 0x3, 0xf, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 
    0x10, 0x3, 0x10, 0x3, 0x10, 0x5, 0x10, 0xb3, 0xa, 0x10, 0x3, 0x10, 0x3, 
    0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x5, 0x10, 0xc1, 0xa, 0x10, 
    0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 
    0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x10, 0x5, 0x10, 0xd1, 0xa, 0x10, 0x3, 0x10, 0x7, 0x10, 0xd4, 0xa, 
    0x10, 0xc, 0x10, 0xe, 0x10, 0xd7, 0xb, 0x10, 0x3, 0x11, 0x3, 0x11, 0x3, 
    0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 
    0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 
    0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 
    0x3, 0x11, 0x7, 0x11, 0xf0, 0xa, 0x11, 0xc, 0x11, 0xe, 0x11, 0xf3, 0xb, 
    0x11, 0x3, 0x11, 0x5, 0x11, 0xf6, 0xa, 0x11, 0x5, 0x11, 0xf8, 0xa, 0x11, 
    0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x5, 
    0x11, 0x100, 0xa, 0x11, 0x3, 0x12, 0x3, 0x12, 0x3, 0x13, 0x3, 0x13, 
    0x3, 0x13, 0x2, 0x3, 0x1e, 0x14, 0x2, 0x4, 0x6, 0x8, 0xa, 0xc, 0xe, 
    0x10, 0x12, 0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e, 0x20, 0x22, 0x24, 0x2, 
    0x9, 0x3, 0x2, 0x11, 0x12, 0x3, 0x2, 0x1d, 0x22, 0x3, 0x2, 0xe, 0x10, 
    0x3, 0x2, 0x25, 0x26, 0x3, 0x2, 0x23, 0x24, 0x4, 0x2, 0x3, 0x4, 0x2c, 
    0x2c, 0x4, 0x2, 0x3, 0x10, 0x2c, 0x2c, 0x2, 0x12e, 0x2, 0x29, 0x3, 0x2, 
    0x2, 0x2, 0x4, 0x2e, 0x3, 0x2, 0x2, 0x2, 0x6, 0x34, 0x3, 0x2, 0x2, 0x2, 
    0x8, 0x36, 0x3, 0x2, 0x2, 0x2, 0xa, 0x3b, 0x3, 0x2, 0x2, 0x2, 0xc, 0x54, 
    0x3, 0x2, 0x2, 0x2, 0xe, 0x56, 0x3, 0x2, 0x2, 0x2, 0x10, 0x5e, 0x3, 
    0x2, 0x2, 0x2, 0x12, 0x6e, 0x3, 0x2, 0x2, 0x2, 0x14, 0x8f, 0x3, 0x2, 
    0x2, 0x2, 0x16, 0x98, 0x3, 0x2, 0x2, 0x2, 0x18, 0x9b, 0x3, 0x2, 0x2, 
    0x2, 0x1a, 0xa1, 0x3, 0x2, 0x2, 0x2, 0x1c, 0xa3, 0x3, 0x2, 0x2, 0x2, 
    0x1e, 0xb2, 0x3, 0x2, 0x2, 0x2, 0x20, 0xff, 0x3, 0x2, 0x2, 0x2, 0x22, 
    0x101, 0x3, 0x2, 0x2, 0x2, 0x24, 0x103, 0x3, 0x2, 0x2, 0x2, 0x26, 0x28, 
    0x5, 0x6, 0x4, 0x2, 0x27, 0x26, 0x3, 0x2, 0x2, 0x2, 0x28, 0x2b, 0x3, 
    0x2, 0x2, 0x2, 0x29, 0x27, 0x3, 0x2, 0x2, 0x2, 0x29, 0x2a, 0x3, 0x2, 
    0x2, 0x2, 0x2a, 0x2c, 0x3, 0x2, 0x2, 0x2, 0x2b, 0x29, 0x3, 0x2, 0x2, 
    0x2, 0x2c, 0x2d, 0x7, 0x2, 0x2, 0x3, 0x2d, 0x3, 0x3, 0x2, 0x2, 0x2, 
    0x2e, 0x2f, 0x5, 0x1e, 0x10, 0x2, 0x2f, 0x30, 0x7, 0x2, 0x2, 0x3, 0x30, 
    0x5, 0x3, 0x2, 0x2, 0x2, 0x31, 0x35, 0x5, 0x8, 0x5, 0x2, 0x32, 0x35, 
    0x5, 0xa, 0x6, 0x2, 0x33, 0x35, 0x5, 0xe, 0x8, 0x2, 0x34, 0x31, 0x3, 
    0x2, 0x2, 0x2, 0x34, 0x32, 0x3, 0x2, 0x2, 0x2, 0x34, 0x33, 0x3, 0x2, 
    0x2, 0x2, 0x35, 0x7, 0x3, 0x2, 0x2, 0x2, 0x36, 0x39, 0x7, 0x3, 0x2, 
    0x2, 0x37, 0x3a, 0x5, 0x24, 0x13, 0x2, 0x38, 0x3a, 0x7, 0x2d, 0x2, 0x2, 
    0x39, 0x37, 0x3, 0x2, 0x2, 0x2, 0x39, 0x38, 0x3, 0x2, 0x2, 0x2, 0x3a, 
    0x9, 0x3, 0x2, 0x2, 0x2, 0x3b, 0x3c, 0x7, 0x4, 0x2, 0x2, 0x3c, 0x3e, 
    0x5, 0x24, 0x13, 0x2, 0x3d, 0x3f, 0x7, 0x2d, 0x2, 0x2, 0x3e, 0x3d, 0x3, 
    0x2, 0x2, 0x2, 0x3e, 0x3f, 0x3, 0x2, 0x2, 0x2, 0x3f, 0x40, 0x3, 0x2, 
    0x2, 0x2, 0x40, 0x44, 0x7, 0x13, 0x2, 0x2, 0x41, 0x43, 0x5, 0xc, 0x7, 
    0x2, 0x42, 0x41, 0x3, 0x2, 0x2, 0x2, 0x43, 0x46, 0x3, 0x2, 0x2, 0x2, 
    0x44, 0x42, 0x3, 0x2, 0x2, 0x2, 0x44, 0x45, 0x3, 0x2, 0x2, 0x2, 0x45, 
    0x47, 0x3, 0x2, 0x2, 0x2, 0x46, 0x44, 0x3, 0x2, 0x2, 0x2, 0x47, 0x48, 
    0x7, 0x14, 0x2, 0x2, 0x48, 0xb, 0x3, 0x2, 0x2, 0x2, 0x49, 0x4a, 0x7, 
    0x5, 0x2, 0x2, 0x4a, 0x4b, 0x5, 0x24, 0x13, 0x2, 0x4b, 0x4c, 0x7, 0x6, 
    0x2, 0x2, 0x4c, 0x4f, 0x5, 0x1e, 0x10, 0x2, 0x4d, 0x4e, 0x7, 0x7, 0x2, 
    0x2, 0x4e, 0x50, 0x5, 0x1e, 0x10, 0x2, 0x4f, 0x4d, 0x3, 0x2, 0x2, 0x2, 
    0x4f, 0x50, 0x3, 0x2, 0x2, 0x2, 0x50, 0x55, 0x3, 0x2, 0x2, 0x2, 0x51, 
    0x52, 0x7, 0x8, 0x2, 0x2, 0x52, 0x55, 0x5, 0x1e, 0x10, 0x2, 0x53, 0x55, 
    0x5, 0x12, 0xa, 0x2, 0x54, 0x49, 0x3, 0x2, 0x2, 0x2, 0x54, 0x51, 0x3, 
    0x2, 0x2, 0x2, 0x54, 0x53, 0x3, 0x2, 0x2, 0x2, 0x55, 0xd, 0x3, 0x2, 
    0x2, 0x2, 0x56, 0x57, 0x5, 0x24, 0x13, 0x2, 0x57, 0x59, 0x5, 0x24, 0x13, 
    0x2, 0x58, 0x5a, 0x7, 0x2d, 0x2, 0x2, 0x59, 0x58, 0x3, 0x2, 0x2, 0x2, 
    0x59, 0x5a, 0x3, 0x2, 0x2, 0x2, 0x5a, 0x5c, 0x3, 0x2, 0x2, 0x2, 0x5b, 
    0x5d, 0x5, 0x10, 0x9, 0x2, 0x5c, 0x5b, 0x3, 0x2, 0x2, 0x2, 0x5c, 0x5d, 
    0x3, 0x2, 0x2, 0x2, 0x5d, 0xf, 0x3, 0x2, 0x2, 0x2, 0x5e, 0x62, 0x7, 
    0x13, 0x2, 0x2, 0x5f, 0x61, 0x5, 0x12, 0xa, 0x2, 0x60, 0x5f, 0x3, 0x2, 
    0x2, 0x2, 0x61, 0x64, 0x3, 0x2, 0x2, 0x2, 0x62, 0x60, 0x3, 0x2, 0x2, 
    0x2, 0x62, 0x63, 0x3, 0x2, 0x2, 0x2, 0x63, 0x65, 0x3, 0x2, 0x2, 0x2, 
    0x64, 0x62, 0x3, 0x2, 0x2, 0x2, 0x65, 0x66, 0x7, 0x14, 0x2, 0x2, 0x66, 
    0x11, 0x3, 0x2, 0x2, 0x2, 0x67, 0x68, 0x5, 0x24, 0x13, 0x2, 0x68, 0x69, 
    0x7, 0x19, 0x2, 0x2, 0x69, 0x6a, 0x5, 0x14, 0xb, 0x2, 0x6a, 0x6f, 0x3, 
    0x2, 0x2, 0x2, 0x6b, 0x6c, 0x5, 0x24, 0x13, 0x2, 0x6c, 0x6d, 0x5, 0x10, 
    0x9, 0x2, 0x6d, 0x6f, 0x3, 0x2, 0x2, 0x2, 0x6e, 0x67, 0x3, 0x2, 0x2, 
    0x2, 0x6e, 0x6b, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x13, 0x3, 0x2, 0x2, 0x2, 
    0x70, 0x90, 0x7, 0x2d, 0x2, 0x2, 0x71, 0x90, 0x9, 0x2, 0x2, 0x2, 0x72, 
    0x90, 0x7, 0x2a, 0x2, 0x2, 0x73, 0x90, 0x7, 0x29, 0x2, 0x2, 0x74, 0x90, 
    0x5, 0x18, 0xd, 0x2, 0x75, 0x76, 0x5, 0x24, 0x13, 0x2, 0x76, 0x77, 0x7, 
    0x1c, 0x2, 0x2, 0x77, 0x78, 0x5, 0x24, 0x13, 0x2, 0x78, 0x90, 0x3, 0x2, 
    0x2, 0x2, 0x79, 0x7b, 0x5, 0x24, 0x13, 0x2, 0x7a, 0x79, 0x3, 0x2, 0x2, 
    0x2, 0x7a, 0x7b, 0x3, 0x2, 0x2, 0x2, 0x7b, 0x7c, 0x3, 0x2, 0x2, 0x2, 
    0x7c, 0x7d, 0x5, 0x1c, 0xf, 0x2, 0x7d, 0x7e, 0x5, 0x16, 0xc, 0x2, 0x7e, 
    0x90, 0x3, 0x2, 0x2, 0x2, 0x7f, 0x90, 0x5, 0x24, 0x13, 0x2, 0x80, 0x8c, 
    0x7, 0x15, 0x2, 0x2, 0x81, 0x86, 0x5, 0x14, 0xb, 0x2, 0x82, 0x83, 0x7, 
    0x1a, 0x2, 0x2, 0x83, 0x85, 0x5, 0x14, 0xb, 0x2, 0x84, 0x82, 0x3, 0x2, 
    0x2, 0x2, 0x85, 0x88, 0x3, 0x2, 0x2, 0x2, 0x86, 0x84, 0x3, 0x2, 0x2, 
    0x2, 0x86, 0x87, 0x3, 0x2, 0x2, 0x2, 0x87, 0x8a, 0x3, 0x2, 0x2, 0x2, 
    0x88, 0x86, 0x3, 0x2, 0x2, 0x2, 0x89, 0x8b, 0x7, 0x1a, 0x2, 0x2, 0x8a, 
    0x89, 0x3, 0x2, 0x2, 0x2, 0x8a, 0x8b, 0x3, 0x2, 0x2, 0x2, 0x8b, 0x8d, 
    0x3, 0x2, 0x2, 0x2, 0x8c, 0x81, 0x3, 0x2, 0x2, 0x2, 0x8c, 0x8d, 0x3, 
    0x2, 0x2, 0x2, 0x8d, 0x8e, 0x3, 0x2, 0x2, 0x2, 0x8e, 0x90, 0x7, 0x16, 
    0x2, 0x2, 0x8f, 0x70, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x71, 0x3, 0x2, 0x2, 
    0x2, 0x8f, 0x72, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x73, 0x3, 0x2, 0x2, 0x2, 
    0x8f, 0x74, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x75, 0x3, 0x2, 0x2, 0x2, 0x8f, 
    0x7a, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x7f, 0x3, 0x2, 0x2, 0x2, 0x8f, 0x80, 
    0x3, 0x2, 0x2, 0x2, 0x90, 0x15, 0x3, 0x2, 0x2, 0x2, 0x91, 0x99, 0x5, 
    0x18, 0xd, 0x2, 0x92, 0x99, 0x7, 0x2d, 0x2, 0x2, 0x93, 0x99, 0x7, 0x2a, 
    0x2, 0x2, 0x94, 0x99, 0x7, 0x29, 0x2, 0x2, 0x95, 0x99, 0x5, 0x24, 0x13, 
    0x2, 0x96, 0x99, 0x7, 0x11, 0x2, 0x2, 0x97, 0x99, 0x7, 0x12, 0x2, 0x2, 
    0x98, 0x91, 0x3, 0x2, 0x2, 0x2, 0x98, 0x92, 0x3, 0x2, 0x2, 0x2, 0x98, 
    0x93, 0x3, 0x2, 0x2, 0x2, 0x98, 0x94, 0x3, 0x2, 0x2, 0x2, 0x98, 0x95, 
    0x3, 0x2, 0x2, 0x2, 0x98, 0x96, 0x3, 0x2, 0x2, 0x2, 0x98, 0x97, 0x3, 
    0x2, 0x2, 0x2, 0x99, 0x17, 0x3, 0x2, 0x2, 0x2, 0x9a, 0x9c, 0x7, 0x24, 
    0x2, 0x2, 0x9b, 0x9a, 0x3, 0x2, 0x2, 0x2, 0x9b, 0x9c, 0x3, 0x2, 0x2, 
    0x2, 0x9c, 0x9d, 0x3, 0x2, 0x2, 0x2, 0x9d, 0x9f, 0x7, 0x2b, 0x2, 0x2, 
    0x9e, 0xa0, 0x5, 0x1a, 0xe, 0x2, 0x9f, 0x9e, 0x3, 0x2, 0x2, 0x2, 0x9f, 
    0xa0, 0x3, 0x2, 0x2, 0x2, 0xa0, 0x19, 0x3, 0x2, 0x2, 0x2, 0xa1, 0xa2, 
    0x7, 0x32, 0x2, 0x2, 0xa2, 0x1b, 0x3, 0x2, 0x2, 0x2, 0xa3, 0xa4, 0x9, 
    0x3, 0x2, 0x2, 0xa4, 0x1d, 0x3, 0x2, 0x2, 0x2, 0xa5, 0xa6, 0x8, 0x10, 
    0x1, 0x2, 0xa6, 0xb3, 0x5, 0x20, 0x11, 0x2, 0xa7, 0xa8, 0x7, 0x24, 0x2, 
    0x2, 0xa8, 0xb3, 0x5, 0x1e, 0x10, 0xc, 0xa9, 0xaa, 0x7, 0xb, 0x2, 0x2, 
    0xaa, 0xb3, 0x5, 0x1e, 0x10, 0x6, 0xab, 0xac, 0x9, 0x4, 0x2, 0x2, 0xac, 
    0xad, 0x5, 0x24, 0x13, 0x2, 0xad, 0xae, 0x7, 0x6, 0x2, 0x2, 0xae, 0xaf, 
    0x5, 0x1e, 0x10, 0x2, 0xaf, 0xb0, 0x7, 0x19, 0x2, 0x2, 0xb0, 0xb1, 0x5, 
    0x1e, 0x10, 0x3, 0xb1, 0xb3, 0x3, 0x2, 0x2, 0x2, 0xb2, 0xa5, 0x3, 0x2, 
    0x2, 0x2, 0xb2, 0xa7, 0x3, 0x2, 0x2, 0x2, 0xb2, 0xa9, 0x3, 0x2, 0x2, 
    0x2, 0xb2, 0xab, 0x3, 0x2, 0x2, 0x2, 0xb3, 0xd5, 0x3, 0x2, 0x2, 0x2, 
    0xb4, 0xb5, 0xc, 0xb, 0x2, 0x2, 0xb5, 0xb6, 0x9, 0x5, 0x2, 0x2, 0xb6, 
    0xd4, 0x5, 0x1e, 0x10, 0xc, 0xb7, 0xb8, 0xc, 0xa, 0x2, 0x2, 0xb8, 0xb9, 
    0x9, 0x6, 0x2, 0x2, 0xb9, 0xd4, 0x5, 0x1e, 0x10, 0xb, 0xba, 0xbb, 0xc, 
    0x9, 0x2, 0x2, 0xbb, 0xbc, 0x5, 0x1c, 0xf, 0x2, 0xbc, 0xbd, 0x5, 0x1e, 
    0x10, 0xa, 0xbd, 0xd4, 0x3, 0x2, 0x2, 0x2, 0xbe, 0xc0, 0xc, 0x8, 0x2, 
    0x2, 0xbf, 0xc1, 0x7, 0xb, 0x2, 0x2, 0xc0, 0xbf, 0x3, 0x2, 0x2, 0x2, 
    0xc0, 0xc1, 0x3, 0x2, 0x2, 0x2, 0xc1, 0xc2, 0x3, 0x2, 0x2, 0x2, 0xc2, 
    0xc3, 0x7, 0x6, 0x2, 0x2, 0xc3, 0xd4, 0x5, 0x1e, 0x10, 0x9, 0xc4, 0xc5, 
    0xc, 0x5, 0x2, 0x2, 0xc5, 0xc6, 0x7, 0x9, 0x2, 0x2, 0xc6, 0xd4, 0x5, 
    0x1e, 0x10, 0x6, 0xc7, 0xc8, 0xc, 0x4, 0x2, 0x2, 0xc8, 0xc9, 0x7, 0xa, 
    0x2, 0x2, 0xc9, 0xd4, 0x5, 0x1e, 0x10, 0x5, 0xca, 0xcb, 0xc, 0xd, 0x2, 
    0x2, 0xcb, 0xcc, 0x7, 0x1b, 0x2, 0x2, 0xcc, 0xd4, 0x5, 0x24, 0x13, 0x2, 
    0xcd, 0xce, 0xc, 0x7, 0x2, 0x2, 0xce, 0xd0, 0x7, 0xd, 0x2, 0x2, 0xcf, 
    0xd1, 0x7, 0xb, 0x2, 0x2, 0xd0, 0xcf, 0x3, 0x2, 0x2, 0x2, 0xd0, 0xd1, 
    0x3, 0x2, 0x2, 0x2, 0xd1, 0xd2, 0x3, 0x2, 0x2, 0x2, 0xd2, 0xd4, 0x7, 
    0xc, 0x2, 0x2, 0xd3, 0xb4, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xb7, 0x3, 0x2, 
    0x2, 0x2, 0xd3, 0xba, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xbe, 0x3, 0x2, 0x2, 
    0x2, 0xd3, 0xc4, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xc7, 0x3, 0x2, 0x2, 0x2, 
    0xd3, 0xca, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xcd, 0x3, 0x2, 0x2, 0x2, 0xd4, 
    0xd7, 0x3, 0x2, 0x2, 0x2, 0xd5, 0xd3, 0x3, 0x2, 0x2, 0x2, 0xd5, 0xd6, 
    0x3, 0x2, 0x2, 0x2, 0xd6, 0x1f, 0x3, 0x2, 0x2, 0x2, 0xd7, 0xd5, 0x3, 
    0x2, 0x2, 0x2, 0xd8, 0x100, 0x5, 0x18, 0xd, 0x2, 0xd9, 0x100, 0x7, 0x2d, 
    0x2, 0x2, 0xda, 0x100, 0x9, 0x2, 0x2, 0x2, 0xdb, 0x100, 0x7, 0xc, 0x2, 
    0x2, 0xdc, 0x100, 0x7, 0x2a, 0x2, 0x2, 0xdd, 0x100, 0x7, 0x29, 0x2, 
    0x2, 0xde, 0xdf, 0x5, 0x22, 0x12, 0x2, 0xdf, 0xe0, 0x7, 0x17, 0x2, 0x2, 
    0xe0, 0xe1, 0x5, 0x1e, 0x10, 0x2, 0xe1, 0xe2, 0x7, 0x18, 0x2, 0x2, 0xe2, 
    0x100, 0x3, 0x2, 0x2, 0x2, 0xe3, 0xe4, 0x7, 0x15, 0x2, 0x2, 0xe4, 0xe5, 
    0x5, 0x24, 0x13, 0x2, 0xe5, 0xe6, 0x7, 0x6, 0x2, 0x2, 0xe6, 0xe7, 0x5, 
    0x1e, 0x10, 0x2, 0xe7, 0xe8, 0x7, 0x7, 0x2, 0x2, 0xe8, 0xe9, 0x5, 0x1e, 
    0x10, 0x2, 0xe9, 0xea, 0x7, 0x16, 0x2, 0x2, 0xea, 0x100, 0x3, 0x2, 0x2, 
    0x2, 0xeb, 0xf7, 0x7, 0x15, 0x2, 0x2, 0xec, 0xf1, 0x5, 0x1e, 0x10, 0x2, 
    0xed, 0xee, 0x7, 0x1a, 0x2, 0x2, 0xee, 0xf0, 0x5, 0x1e, 0x10, 0x2, 0xef, 
    0xed, 0x3, 0x2, 0x2, 0x2, 0xf0, 0xf3, 0x3, 0x2, 0x2, 0x2, 0xf1, 0xef, 
    0x3, 0x2, 0x2, 0x2, 0xf1, 0xf2, 0x3, 0x2, 0x2, 0x2, 0xf2, 0xf5, 0x3, 
    0x2, 0x2, 0x2, 0xf3, 0xf1, 0x3, 0x2, 0x2, 0x2, 0xf4, 0xf6, 0x7, 0x1a, 
    0x2, 0x2, 0xf5, 0xf4, 0x3, 0x2, 0x2, 0x2, 0xf5, 0xf6, 0x3, 0x2, 0x2, 
    0x2, 0xf6, 0xf8, 0x3, 0x2, 0x2, 0x2, 0xf7, 0xec, 0x3, 0x2, 0x2, 0x2, 
    0xf7, 0xf8, 0x3, 0x2, 0x2, 0x2, 0xf8, 0xf9, 0x3, 0x2, 0x2, 0x2, 0xf9, 
    0x100, 0x7, 0x16, 0x2, 0x2, 0xfa, 0xfb, 0x7, 0x17, 0x2, 0x2, 0xfb, 0xfc, 
    0x5, 0x1e, 0x10, 0x2, 0xfc, 0xfd, 0x7, 0x18, 0x2, 0x2, 0xfd, 0x100, 
    0x3, 0x2, 0x2, 0x2, 0xfe, 0x100, 0x5, 0x22, 0x12, 0x2, 0xff, 0xd8, 0x3, 
    0x2, 0x2, 0x2, 0xff, 0xd9, 0x3, 0x2, 0x2, 0x2, 0xff, 0xda, 0x3, 0x2, 
    0x2, 0x2, 0xff, 0xdb, 0x3, 0x2, 0x2, 0x2, 0xff, 0xdc, 0x3, 0x2, 0x2, 
    0x2, 0xff, 0xdd, 0x3, 0x2, 0x2, 0x2, 0xff, 0xde, 0x3, 0x2, 0x2, 0x2, 
    0xff, 0xe3, 0x3, 0x2, 0x2, 0x2, 0xff, 0xeb, 0x3, 0x2, 0x2, 0x2, 0xff, 
    0xfa, 0x3, 0x2, 0x2, 0x2, 0xff, 0xfe, 0x3, 0x2, 0x2, 0x2, 0x100, 0x21, 
    0x3, 0x2, 0x2, 0x2, 0x101, 0x102, 0x9, 0x7, 0x2, 0x2, 0x102, 0x23, 0x3, 
    0x2, 0x2, 0x2, 0x103, 0x104, 0x9, 0x8, 0x2, 0x2, 0x104, 0x25, 0x3, 0x2, 
    0x2, 0x2, 0x1e, 0x29, 0x34, 0x39, 0x3e, 0x44, 0x4f, 0x54, 0x59, 0x5c, 
    0x62, 0x6e, 0x7a, 0x86, 0x8a, 0x8c, 0x8f, 0x98, 0x9b, 0x9f, 0xb2, 0xc0, 
    0xd0, 0xd3, 0xd5, 0xf1, 0xf5, 0xf7, 0xff, 
  };

  atn::ATNDeserializer deserializer;
  _atn = deserializer.deserialize(_serializedATN);

  size_t count = _atn.getNumberOfDecisions();
  _decisionToDFA.reserve(count);
  for (size_t i = 0; i < count; i++) { 
    _decisionToDFA.emplace_back(_atn.getDecisionState(i), i);
  }
}

KubusParser::Initializer KubusParser::_init;
