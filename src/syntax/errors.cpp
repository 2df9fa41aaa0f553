#include "syntax/errors.h"

#include <algorithm>

#include "KubusLexer.h"
#include "KubusParser.h"
#include "syntax/parse.h"

namespace kubus::syntax {
namespace {

using L = kubus_antlr::KubusLexer;
using P = kubus_antlr::KubusParser;

std::string describe_token(const antlr4::dfa::Vocabulary& vocab, std::size_t type, const std::string& end) {
  switch (type) {
    case antlr4::Token::EOF: return end;
    case L::IDENT: return "a name";
    case L::STRING: return "a string";
    case L::NUMBER: return "a number";
    case L::DATE: return "a date";
    case L::QUARTER: return "a quarter";
    case P::UNIT: return "a unit";
    default: return vocab.getDisplayName(type);
  }
}

// Friendlier text than ANTLR's: what was found and what would have fitted.
std::string expected_list(const antlr4::dfa::Vocabulary& vocab, const antlr4::misc::IntervalSet& set,
                          const std::string& end) {
  std::vector<std::size_t> types;
  for (auto t : set.toList()) types.push_back(static_cast<std::size_t>(t));
  auto has = [&](std::size_t t) { return std::find(types.begin(), types.end(), t) != types.end(); };
  bool names = has(L::IDENT);
  if (names && has(L::STRING) && has(L::NUMBER)) return "a value";
  std::vector<std::string> parts;
  for (auto t : types) {
    if (names && is_keyword(t) && t != L::TRUE && t != L::FALSE) continue;  // keywords are names there
    parts.push_back(describe_token(vocab, t, end));
  }
  if (parts.empty()) return {};
  if (parts.size() > 8) return "a value or an operator";
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

// The exception object lives as long as `e`, so the pointer is good during the callback.
antlr4::RecognitionException* ex_ptr(const std::exception_ptr& e) {
  if (!e) return nullptr;
  try {
    std::rethrow_exception(e);
  } catch (antlr4::RecognitionException& r) {
    return &r;
  } catch (...) {
  }
  return nullptr;
}

std::string hint(antlr4::Token* bad, const std::string& expected) {
  if (!bad) return {};
  if (bad->getType() == L::COLON && expected.find("'{'") != std::string::npos)
    return "a field belongs inside a declaration's { } block";
  if (expected == "':' or '{'") return "write `field: value` or `block { ... }`";
  return {};
}

std::string printable(std::string_view s) {
  if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 0x20) {
    static const char* hex = "0123456789ABCDEF";
    return std::string("\\x") + hex[(s[0] >> 4) & 0xF] + hex[s[0] & 0xF];
  }
  return std::string(s);
}

// A word, `%` or `/word` right after a number on the same line is its unit.
void mark_unit(const std::vector<antlr4::Token*>& toks, std::size_t i) {
  if (i + 1 >= toks.size()) return;
  auto* n = static_cast<antlr4::CommonToken*>(toks[i + 1]);
  std::size_t type = n->getType();
  if ((type == L::IDENT || type == L::PERCENT || type == L::PER_UNIT) && n->getLine() == toks[i]->getLine())
    n->setType(P::UNIT);
}

}  // namespace

bool is_keyword(std::size_t type) { return type >= L::USE && type <= L::FALSE; }

void ErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* bad, size_t, size_t,
                                const std::string& msg, std::exception_ptr e) {
  if (reported_ || budget_ == 0) return;  // one error per input: later ones are usually echoes
  reported_ = true;
  --budget_;
  if (bad && bad->getType() == antlr4::Token::EOF && open_) {
    std::string open(1, open_);
    std::string close = open == "{" ? "}" : open == "[" ? "]" : ")";
    diags_.add(Code::Syntax, open_at_, "'" + open + "' is never closed", "add '" + close + "' before the next declaration");
    return;
  }
  std::string expected;
  if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer))
    expected = expected_list(parser->getVocabulary(), parser->getExpectedTokens(), end_token_);
  bool at_end = !bad || bad->getType() == antlr4::Token::EOF;
  std::string found = at_end ? end_name_ : "'" + std::string(map_.text(bad)) + "'";
  Span span = at_end ? end_span_ : map_.span(bad);
  std::string message = "unexpected " + found;
  if (auto* nva = dynamic_cast<antlr4::NoViableAltException*>(ex_ptr(e)); nva && nva->getStartToken() != bad &&
      nva->getStartToken()->getType() != antlr4::Token::EOF) {
    // The decision began earlier: name where it began, and what fits there.
    message += " after '" + std::string(map_.text(nva->getStartToken())) + "'";
    auto* ctx = dynamic_cast<antlr4::Parser*>(recognizer)->getContext();
    if (ctx && (ctx->getRuleIndex() == P::RuleBlock || ctx->getRuleIndex() == P::RuleMember ||
                ctx->getRuleIndex() == P::RuleRuleDecl || ctx->getRuleIndex() == P::RuleRuleItem))
      expected = "':' or '{'";
    else
      expected.clear();
  }
  if (!expected.empty()) message += "; expected " + expected;
  else if (message.find(" after '") == std::string::npos) message += " (" + msg + ")";
  diags_.add(Code::Syntax, span, message, hint(bad, expected));
}

TokenCheck check_token(const std::vector<antlr4::Token*>& toks, std::size_t i, std::size_t& prefix_run,
                       const TokenMap& map, const Report& report) {
  auto* t = static_cast<antlr4::CommonToken*>(toks[i]);
  std::size_t type = t->getType();
  if (type == L::ERROR_CHAR) {
    report(Code::UnexpectedChar, map.span(t), "unexpected character '" + printable(map.text(t)) + "'",
           "names use letters, digits, '_' and '-'; text goes in double quotes");
    t->setChannel(antlr4::Token::HIDDEN_CHANNEL);
    return TokenCheck::Bad;
  }
  if (type == L::UNTERMINATED_STRING) {
    report(Code::UnterminatedString, map.span(t), "string is not closed before the end of the line",
           "add the closing '\"'; write a line break inside a string as \\n");
    t->setType(L::STRING);
    return TokenCheck::Bad;
  }
  if (type == L::NOT || type == L::MINUS || type == L::ALL || type == L::ANY || type == L::NO) {
    if (++prefix_run > static_cast<std::size_t>(kMaxNesting)) {
      report(Code::TooDeep, map.span(t), "operators nested more than " + std::to_string(kMaxNesting) + " deep", {});
      return TokenCheck::Stop;
    }
  } else if (type != L::IDENT && type != L::IN && type != L::COLON && type != L::DOT) {
    prefix_run = 0;
  }
  if (type == L::NUMBER) mark_unit(toks, i);
  return TokenCheck::Ok;
}

}  // namespace kubus::syntax
