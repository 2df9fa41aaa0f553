// parse_expression: one expression through the generated parser's `expr` rule,
// with the token checks a file gets and the nesting a chunk may not exceed.
#include <antlr4-runtime.h>

#include "KubusLexer.h"
#include "KubusParser.h"
#include "syntax/errors.h"
#include "syntax/parse.h"
#include "syntax/token_map.h"
#include "syntax/token_source.h"
#include "syntax/transform.h"

namespace kubus::syntax {
namespace {

using L = kubus_antlr::KubusLexer;
using P = kubus_antlr::KubusParser;

// Reports what the lexer could not take and refuses nesting or length the
// recursive parser should not see; false when the text must not be parsed.
bool check_tokens(const std::vector<antlr4::Token*>& toks, const TokenMap& map, Diagnostics& diags) {
  Report report = [&](Code code, Span span, std::string message, std::string help) {
    diags.add(code, span, std::move(message), std::move(help));
  };
  bool ok = true;
  std::size_t prefix_run = 0, significant = 0;
  int depth = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::size_t type = toks[i]->getType();
    if (type == L::COMMENT) continue;
    if (type == antlr4::Token::EOF) break;
    if (++significant > kMaxRuleTokens) {
      report(Code::TooDeep, map.span(toks[i]), "expression is too large (more than " + std::to_string(kMaxRuleTokens) +
                                                   " tokens)", "split it into several expressions");
      return false;
    }
    if (type == L::LBRACE || type == L::LBRACK || type == L::LPAREN) {
      if (++depth > kMaxNesting) {
        report(Code::TooDeep, map.span(toks[i]), "brackets nested more than " + std::to_string(kMaxNesting) + " deep",
               "an expression never needs this much nesting; look for a missing closing bracket");
        return false;
      }
    } else if (type == L::RBRACE || type == L::RBRACK || type == L::RPAREN) {
      depth = std::max(0, depth - 1);
    }
    TokenCheck check = check_token(toks, i, prefix_run, map, report);
    if (check == TokenCheck::Stop) return false;
    if (check == TokenCheck::Bad) ok = false;
  }
  return ok;
}

// A token that cannot continue an expression but starts one (or a clause): what
// follows a complete expression is then a second one, not a mistake in the first.
bool starts_another(std::size_t type) {
  switch (type) {
    case L::FOR: case L::WHERE: case L::EXPECT: case L::IDENT: case L::USE: case L::RULE: case L::NUMBER:
    case L::STRING: case L::TRUE: case L::FALSE: case L::NONE: case L::DATE: case L::QUARTER: case L::LBRACK:
    case L::LPAREN: case L::ALL: case L::ANY: case L::NO:
      return true;
    default:
      return false;
  }
}

// ANTLR, when no alternative of a decision fits, takes one that ends the rule
// the decision is in: `t.owner is nne` would stop before `is` and report `is`
// as the problem. This simulator declines, so the error is reported where the
// input stops fitting (`nne`, after `is`). It only differs on input with errors,
// and keeps its own decision cache.
class FitsOrFails : public antlr4::atn::ParserATNSimulator {
 public:
  explicit FitsOrFails(antlr4::Parser* owner)
      : ParserATNSimulator(owner, owner->getATN(), dfa(owner->getATN()), contexts_) {}

 protected:
  size_t getAltThatFinishedDecisionEntryRule(antlr4::atn::ATNConfigSet*) override {
    return antlr4::atn::ATN::INVALID_ALT_NUMBER;
  }

 private:
  static std::vector<antlr4::dfa::DFA>& dfa(const antlr4::atn::ATN& atn) {
    static std::vector<antlr4::dfa::DFA> decisions = [&] {
      std::vector<antlr4::dfa::DFA> out;
      for (std::size_t i = 0; i < atn.getNumberOfDecisions(); ++i) out.emplace_back(atn.getDecisionState(i), i);
      return out;
    }();
    return decisions;
  }
  static inline antlr4::atn::PredictionContextCache contexts_;
};

// The whole text as one expression: in SLL mode and, when that cannot decide
// or the input is wrong, in full LL mode with `listener` reporting the errors,
// as for a file. Null when there were errors.
P::ExpressionContext* whole(P& parser, antlr4::CommonTokenStream& tokens, ErrorListener& listener) {
  tokens.seek(0);
  parser.removeErrorListeners();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    return parser.expression();
  } catch (antlr4::ParseCancellationException&) {
  }
  tokens.seek(0);
  parser.reset();
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
  parser.addErrorListener(&listener);
  P::ExpressionContext* tree = parser.expression();
  parser.removeErrorListeners();
  return parser.getNumberOfSyntaxErrors() > 0 || listener.failed() ? nullptr : tree;
}

// The token after a complete expression at the start of the text; null when
// the text does not start with one. (Without a listener and with no recovery:
// ANTLR's recovery needs the rule to have been called from another.)
antlr4::Token* after_first(antlr4::CommonTokenStream& tokens) {
  P parser(&tokens);
  parser.removeErrorListeners();
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  for (auto mode : {antlr4::atn::PredictionMode::SLL, antlr4::atn::PredictionMode::LL}) {
    tokens.seek(0);
    parser.reset();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(mode);
    try {
      parser.expr();
      return tokens.LT(1);
    } catch (antlr4::ParseCancellationException&) {
    }
  }
  return nullptr;
}

}  // namespace

ParsedExpression parse_expression(const ExpressionText& source, Diagnostics& diags) {
  ParsedExpression out;
  TokenMap map(source.text, source.file, source.line, source.columns);
  LexedTokenSource lexed;
  lexed.reset(source.text);
  antlr4::CommonTokenStream tokens(&lexed);
  tokens.fill();
  if (!check_tokens(tokens.getTokens(), map, diags)) return out;

  P parser(&tokens);
  parser.setInterpreter(new FitsOrFails(&parser));  // deletes the standard one; the parser deletes this
  Diagnostics errors;
  std::size_t budget = 1;
  const std::uint32_t end_col = source.columns.empty() ? 1 : source.columns.back();
  ErrorListener listener(map, "end of the expression", Span{source.file, source.line, end_col, source.line, end_col + 1},
                         errors, budget, "end of the expression");
  if (P::ExpressionContext* tree = whole(parser, tokens, listener)) {
    out.expr = Transformer(map).expression(tree);
    return out;
  }
  // A complete expression followed by the start of another is two expressions;
  // anything else is a mistake inside the one, reported where the parser found it.
  if (antlr4::Token* next = after_first(tokens); next && starts_another(next->getType())) {
    out.rest = map.span(next);
    return out;
  }
  for (const Diagnostic& d : errors.all()) diags.add(d.code, d.span, d.message, d.help);
  return out;
}

}  // namespace kubus::syntax
