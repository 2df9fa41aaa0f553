#include "syntax/parse.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <optional>
#include <set>

#include "support/text.h"
#include "syntax/chunker.h"
#include "syntax/fast_pass.h"
#include "KubusLexer.h"
#include "KubusParser.h"
#include "syntax/token_map.h"
#include "syntax/token_source.h"
#include "syntax/transform.h"

namespace kubus::syntax {
namespace {

using L = kubus_antlr::KubusLexer;
using P = kubus_antlr::KubusParser;

constexpr std::size_t kMaxErrorsPerFile = 50;
constexpr std::size_t kMaxRuleTokens = 5000;

bool is_keyword(std::size_t type) { return type >= L::USE && type <= L::FALSE; }

std::string describe_token(const antlr4::dfa::Vocabulary& vocab, std::size_t type) {
  switch (type) {
    case antlr4::Token::EOF: return "end of file";
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
std::string expected_list(const antlr4::dfa::Vocabulary& vocab, const antlr4::misc::IntervalSet& set) {
  std::vector<std::size_t> types;
  for (auto t : set.toList()) types.push_back(static_cast<std::size_t>(t));
  auto has = [&](std::size_t t) { return std::find(types.begin(), types.end(), t) != types.end(); };
  bool names = has(L::IDENT);
  if (names && has(L::STRING) && has(L::NUMBER)) return "a value";
  std::vector<std::string> parts;
  for (auto t : types) {
    if (names && is_keyword(t) && t != L::TRUE && t != L::FALSE) continue;  // keywords are names there
    parts.push_back(describe_token(vocab, t));
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

class ErrorListener : public antlr4::BaseErrorListener {
 public:
  ErrorListener(const TokenMap& map, const Chunk& chunk, const SourceFile& file, FileId id, Diagnostics& diags,
                std::size_t& budget)
      : map_(map), chunk_(chunk), file_(file), id_(id), diags_(diags), budget_(budget) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* bad, size_t, size_t, const std::string& msg,
                   std::exception_ptr e) override {
    if (reported_ || budget_ == 0) return;  // one error per chunk: later ones are usually echoes
    reported_ = true;
    --budget_;
    if (bad && bad->getType() == antlr4::Token::EOF && chunk_.unclosed) {
      std::size_t at = *chunk_.unclosed;
      std::string open(1, file_.text[at]);
      std::string close = open == "{" ? "}" : open == "[" ? "]" : ")";
      diags_.add(Code::Syntax, span_at(file_, id_, at, 1), "'" + open + "' is never closed",
                 "add '" + close + "' before the next declaration");
      return;
    }
    std::string expected;
    if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer)) expected = expected_list(parser->getVocabulary(), parser->getExpectedTokens());
    std::string found = !bad || bad->getType() == antlr4::Token::EOF
                            ? std::string(chunk_.end == file_.text.size() ? "end of file" : "the next declaration")
                            : "'" + std::string(map_.text(bad)) + "'";
    Span span = bad && bad->getType() != antlr4::Token::EOF ? map_.span(bad) : end_span();
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

  bool failed() const { return reported_; }

 private:
  Span end_span() const {
    std::size_t at = chunk_.end;
    while (at > chunk_.begin && (file_.text[at - 1] == '\n' || file_.text[at - 1] == '\r' || file_.text[at - 1] == ' '))
      --at;
    return span_at(file_, id_, at > chunk_.begin ? at - 1 : at, 1);
  }

  static std::string hint(antlr4::Token* bad, const std::string& expected) {
    if (!bad) return {};
    if (bad->getType() == L::COLON && expected.find("'{'") != std::string::npos)
      return "a field belongs inside a declaration's { } block";
    if (expected == "':' or '{'") return "write `field: value` or `block { ... }`";
    return {};
  }

  const TokenMap& map_;
  const Chunk& chunk_;
  const SourceFile& file_;
  FileId id_;
  Diagnostics& diags_;
  std::size_t& budget_;
  bool reported_ = false;
};

class ChunkParser {
 public:
  ChunkParser(const SourceFile& file, FileId id, Diagnostics& diags, ast::File& out)
      : file_(file), id_(id), diags_(diags), out_(out) {
    parser_.removeErrorListeners();
  }

  // One parser serves every chunk of the file that the fast path left: building
  // one per chunk dominated the profile, and a reset frees the previous parse tree.
  bool run(const Chunk& chunk) {
    source_.reset(std::string_view(file_.text).substr(chunk.begin, chunk.end - chunk.begin));
    TokenMap map(file_, id_, chunk.begin, chunk.end, chunk.first_line);
    tokens_.setTokenSource(&source_);
    auto& tokens = tokens_;
    tokens.fill();
    if (!lexical_pass(tokens, map)) return false;
    tokens.seek(0);

    P& parser = parser_;
    parser.setTokenStream(&tokens);
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(bail_);
    P::FileContext* tree = nullptr;
    try {
      tree = parser.file();
    } catch (antlr4::ParseCancellationException&) {
      // SLL could not decide or the input is wrong: retry with full LL and real errors.
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
      parser.setErrorHandler(recover_);
      ErrorListener listener(map, chunk, file_, id_, diags_, budget_);
      parser.addErrorListener(&listener);
      tree = parser.file();
      parser.removeErrorListeners();
      if (listener.failed() || parser.getNumberOfSyntaxErrors() > 0) {
        note_broken_names(tokens, map);
        return false;
      }
    }
    transform_file(tree, map, out_.decls);
    return true;
  }

  std::size_t budget_ = kMaxErrorsPerFile;

 private:
  // Reports characters and strings the lexer could not take, marks units, and
  // bounds rule size so the recursive parser cannot run out of stack.
  bool lexical_pass(antlr4::CommonTokenStream& tokens, const TokenMap& map) {
    auto toks = tokens.getTokens();
    bool ok = true;
    std::size_t prefix_run = 0;
    bool is_rule = false;
    std::size_t significant = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      auto* t = static_cast<antlr4::CommonToken*>(toks[i]);
      std::size_t type = t->getType();
      if (type == L::COMMENT) {
        Span s = map.span(t);
        out_.comments.push_back({s.line, s.col, map.text(t)});
        continue;
      }
      if (type == antlr4::Token::EOF) break;
      if (significant++ == 0) is_rule = type == L::RULE;
      if (type == L::ERROR_CHAR) {
        report(Code::UnexpectedChar, map.span(t), "unexpected character '" + printable(map.text(t)) + "'",
               "names use letters, digits, '_' and '-'; text goes in double quotes");
        t->setChannel(antlr4::Token::HIDDEN_CHANNEL);
        ok = false;
        continue;
      }
      if (type == L::UNTERMINATED_STRING) {
        report(Code::UnterminatedString, map.span(t), "string is not closed before the end of the line",
               "add the closing '\"'; write a line break inside a string as \\n");
        t->setType(L::STRING);
        ok = false;
        continue;
      }
      if (type == L::STRING) unknown_escape(t, map);
      if (type == L::NOT || type == L::MINUS || type == L::ALL || type == L::ANY || type == L::NO) {
        if (++prefix_run > static_cast<std::size_t>(kMaxNesting)) {
          report(Code::TooDeep, map.span(t), "operators nested more than " + std::to_string(kMaxNesting) + " deep", {});
          return false;
        }
      } else if (type != L::IDENT && type != L::IN && type != L::COLON && type != L::DOT) {
        prefix_run = 0;
      }
      if (type == L::NUMBER) mark_unit(toks, i);
    }
    if (is_rule && significant > kMaxRuleTokens) {
      report(Code::TooDeep, map.span(toks.front()),
             "rule is too large (" + std::to_string(significant) + " tokens; at most " +
                 std::to_string(kMaxRuleTokens) + ")",
             "split it into several rules");
      return false;
    }
    if (!ok) note_broken_names(tokens, map);
    return ok;
  }

  // A word, `%` or `/word` right after a number on the same line is its unit.
  static void mark_unit(const std::vector<antlr4::Token*>& toks, std::size_t i) {
    if (i + 1 >= toks.size()) return;
    auto* n = static_cast<antlr4::CommonToken*>(toks[i + 1]);
    std::size_t type = n->getType();
    if ((type == L::IDENT || type == L::PERCENT || type == L::PER_UNIT) && n->getLine() == toks[i]->getLine())
      n->setType(P::UNIT);
  }

  // IDs declared in a chunk that failed to parse: later stages must not report
  // references to them as unknown, which would only echo the syntax error.
  void note_broken_names(antlr4::CommonTokenStream& tokens, const TokenMap& map) {
    out_.ok = false;
    auto toks = tokens.getTokens();
    int depth = 0;
    for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
      std::size_t type = toks[i]->getType();
      if (toks[i]->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
      if (type == L::LBRACE || type == L::LBRACK || type == L::LPAREN) ++depth;
      else if (type == L::RBRACE || type == L::RBRACK || type == L::RPAREN) depth = std::max(0, depth - 1);
      else if (depth == 0 && type == L::IDENT && (toks[i + 1]->getType() == L::IDENT || is_keyword(toks[i + 1]->getType())))
        out_.broken_ids.emplace_back(map.text(toks[i + 1]));
    }
  }

  // An escape the language does not know is reported at its backslash; the
  // string keeps the character (the file has an error, so nothing is assessed).
  void unknown_escape(antlr4::Token* t, const TokenMap& map) {
    std::string_view text = map.text(t);
    auto at = find_unknown_escape(text);
    if (!at) return;
    Span s = map.span(t);
    s.col += static_cast<std::uint32_t>(utf8_length(text.substr(0, *at)));
    s.end_line = s.line;
    s.end_col = s.col + 2;  // the backslash and the character after it
    std::size_t next = *at + 1, length = 1;
    while (next + length < text.size() && (static_cast<unsigned char>(text[next + length]) & 0xC0) == 0x80) ++length;
    report(Code::UnknownEscape, s, "unknown escape '\\" + std::string(text.substr(next, length)) + "' in a string",
           "the escapes are \\\" \\\\ \\n and \\t; write a backslash as \\\\");
  }

  void report(Code code, Span span, std::string message, std::string help) {
    if (budget_ == 0) return;
    --budget_;
    diags_.add(code, span, std::move(message), std::move(help));
  }

  static std::string printable(std::string_view s) {
    if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 0x20) {
      static const char* hex = "0123456789ABCDEF";
      return std::string("\\x") + hex[(s[0] >> 4) & 0xF] + hex[s[0] & 0xF];
    }
    return std::string(s);
  }

  const SourceFile& file_;
  FileId id_;
  Diagnostics& diags_;
  ast::File& out_;
  LexedTokenSource source_;
  antlr4::CommonTokenStream tokens_{&source_};
  P parser_{&tokens_};
  std::shared_ptr<antlr4::ANTLRErrorStrategy> bail_ = std::make_shared<antlr4::BailErrorStrategy>();
  std::shared_ptr<antlr4::ANTLRErrorStrategy> recover_ = std::make_shared<antlr4::DefaultErrorStrategy>();
};

}  // namespace

ast::File parse(const SourceManager& sm, FileId id, Diagnostics& diags, ParsePath path) {
  ast::File out;
  out.file = id;
  const SourceFile& f = sm.file(id);
  // SourceManager checked the text once; only a file that failed is searched for where.
  if (auto nul = f.text_file ? std::string::npos : f.text.find('\0'); nul != std::string::npos) {
    diags.add(Code::BinaryFile, span_at(f, id, nul, 1), "this looks like a binary file (it contains a NUL byte)",
              "a model is UTF-8 text in .kubus files");
    out.ok = false;
    return out;
  }
  if (auto bad = f.text_file ? std::nullopt : find_invalid_utf8(f.text)) {
    Span s = span_at(f, id, *bad, 1);
    s.end_col = s.col + 1;
    diags.add(Code::InvalidUtf8, s, "invalid UTF-8 byte sequence", "save the file as UTF-8");
    out.ok = false;
    return out;
  }
  ChunkParser parser(f, id, diags, out);
  std::vector<Chunk> chunks = split_chunks(f);
  std::optional<FastPass> fast;
  if (path == ParsePath::Fast) {
    fast.emplace(f, id, chunks);
    out.decls.reserve(fast->decl_count());
  }
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const Chunk& chunk = chunks[i];
    if (parser.budget_ == 0) {
      diags.add(Code::TooManyErrors, span_at(f, id, chunk.begin, 1),
                "too many errors in this file; the rest is not checked", "fix the errors above and run again");
      out.ok = false;
      break;
    }
    if (chunk.too_deep) {
      --parser.budget_;
      diags.add(Code::TooDeep, span_at(f, id, *chunk.too_deep, 1),
                "brackets nested more than " + std::to_string(kMaxNesting) + " deep",
                "a model never needs this much nesting; look for a missing closing bracket");
      out.ok = false;
      continue;
    }
    if (!fast || !fast->take(i, out.decls, out.comments)) parser.run(chunk);
  }
  std::sort(out.comments.begin(), out.comments.end(),
            [](const ast::Comment& a, const ast::Comment& b) { return a.line < b.line; });
  return out;
}

}  // namespace kubus::syntax
