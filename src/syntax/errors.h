// Internal to the syntax module: what a syntax error says, and the checks a
// token stream gets before ANTLR parses it, for the chunks of a file and for a
// single expression (parse_expression) alike.
#pragma once
#include <antlr4-runtime.h>

#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "syntax/token_map.h"

namespace kubus::syntax {

// Most tokens one rule (or one expression) may have: the recursive parser's stack stays bounded.
inline constexpr std::size_t kMaxRuleTokens = 5000;

// Whether a token type is one of the grammar's keywords (`use` ... `false`).
bool is_keyword(std::size_t type);

// ANTLR's syntax errors in our words: what was found and what would have
// fitted. One error per input (later ones are usually echoes), and none once
// `budget` (the errors a file may still report) is spent.
class ErrorListener : public antlr4::BaseErrorListener {
 public:
  // `end_name` is what an error at the end of the input found ("end of file",
  // "the next declaration", "end of the expression"), `end_span` where it is
  // shown, `end_token` what the end is called among what would have fitted.
  ErrorListener(const TokenMap& map, std::string end_name, Span end_span, Diagnostics& diags, std::size_t& budget,
                std::string end_token = "end of file")
      : map_(map), end_name_(std::move(end_name)), end_token_(std::move(end_token)), end_span_(end_span),
        diags_(diags), budget_(budget) {}

  // The input ends while bracket `open`, at `at`, is still open: an error at the
  // end says that bracket is never closed.
  void unclosed(char open, Span at) {
    open_ = open;
    open_at_ = at;
  }

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* bad, size_t, size_t, const std::string& msg,
                   std::exception_ptr e) override;
  bool failed() const { return reported_; }

 private:
  const TokenMap& map_;
  std::string end_name_, end_token_;
  Span end_span_;
  Diagnostics& diags_;
  std::size_t& budget_;
  char open_ = 0;
  Span open_at_;
  bool reported_ = false;
};

// The outcome of check_token.
enum class TokenCheck { Ok, Bad, Stop };

using Report = std::function<void(Code, Span, std::string, std::string)>;

// Checks significant token i before parsing. A character or string the lexer
// could not take is reported and taken out of the parser's way (Bad); a run of
// prefix operators deeper than kMaxNesting is reported (Stop: do not parse). A
// word, `%` or `/word` right after a number on its line becomes its unit.
TokenCheck check_token(const std::vector<antlr4::Token*>& toks, std::size_t i, std::size_t& prefix_run,
                       const TokenMap& map, const Report& report);

}  // namespace kubus::syntax
