#include "syntax/parse.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <optional>
#include <set>

#include "support/text.h"
#include "syntax/chunker.h"
#include "syntax/errors.h"
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
      ErrorListener listener(map, chunk.end == file_.text.size() ? "end of file" : "the next declaration",
                             end_span(chunk), diags_, budget_);
      if (chunk.unclosed) listener.unclosed(file_.text[*chunk.unclosed], span_at(file_, id_, *chunk.unclosed, 1));
      parser.addErrorListener(&listener);
      tree = parser.file();
      parser.removeErrorListeners();
      if (listener.failed() || parser.getNumberOfSyntaxErrors() > 0) {
        note_broken_names(tokens, map);
        return false;
      }
    }
    Transformer(map).file(tree, out_.decls);
    return true;
  }

  // Every chunk in order: the fast path's declarations where it parsed the chunk,
  // else the ANTLR parser's, until too many errors.
  void run_all(const std::vector<Chunk>& chunks, FastPass* fast) {
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      const Chunk& chunk = chunks[i];
      if (budget_ == 0) {
        diags_.add(Code::TooManyErrors, span_at(file_, id_, chunk.begin, 1),
                   "too many errors in this file; the rest is not checked", "fix the errors above and run again");
        out_.ok = false;
        return;
      }
      if (chunk.too_deep) {
        --budget_;
        diags_.add(Code::TooDeep, span_at(file_, id_, *chunk.too_deep, 1),
                   "brackets nested more than " + std::to_string(kMaxNesting) + " deep",
                   "a model never needs this much nesting; look for a missing closing bracket");
        out_.ok = false;
        continue;
      }
      if (!fast || !fast->take(i, out_.decls, out_.comments)) run(chunk);
    }
  }

 private:
  // Reports characters and strings the lexer could not take, marks units, and
  // bounds rule size so the recursive parser cannot run out of stack.
  bool lexical_pass(antlr4::CommonTokenStream& tokens, const TokenMap& map) {
    auto toks = tokens.getTokens();
    bool ok = true;
    std::size_t prefix_run = 0;
    bool is_rule = false;
    std::size_t significant = 0;
    Report report = [this](Code code, Span span, std::string message, std::string help) {
      this->report(code, span, std::move(message), std::move(help));
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      std::size_t type = toks[i]->getType();
      if (type == L::COMMENT) {
        Span s = map.span(toks[i]);
        out_.comments.push_back({s.line, s.col, map.text(toks[i])});
        continue;
      }
      if (type == antlr4::Token::EOF) break;
      if (significant++ == 0) is_rule = type == L::RULE;
      TokenCheck check = check_token(toks, i, prefix_run, map, report);
      if (check == TokenCheck::Stop) return false;
      if (check == TokenCheck::Bad) ok = false;
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

  // Where an error at the end of a chunk is shown: its last character.
  Span end_span(const Chunk& chunk) const {
    std::size_t at = chunk.end;
    while (at > chunk.begin && (file_.text[at - 1] == '\n' || file_.text[at - 1] == '\r' || file_.text[at - 1] == ' '))
      --at;
    return span_at(file_, id_, at > chunk.begin ? at - 1 : at, 1);
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

  void report(Code code, Span span, std::string message, std::string help) {
    if (budget_ == 0) return;
    --budget_;
    diags_.add(code, span, std::move(message), std::move(help));
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
  std::size_t budget_ = kMaxErrorsPerFile;
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
  if (path == ParsePath::Fast) fast.emplace(f, id, chunks);
  if (fast && fast->took_all()) {
    fast->take_all(out.decls, out.comments);  // the usual case: nothing to report or parse again
  } else {
    if (fast) out.decls.reserve(fast->decl_count());
    parser.run_all(chunks, fast ? &*fast : nullptr);
  }
  std::sort(out.comments.begin(), out.comments.end(),
            [](const ast::Comment& a, const ast::Comment& b) { return a.line < b.line; });
  return out;
}

}  // namespace kubus::syntax
