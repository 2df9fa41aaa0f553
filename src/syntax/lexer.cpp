#include "syntax/lexer.h"

#include <antlr4-runtime.h>

#include <array>

#include "KubusLexer.h"
#include "support/text.h"
#include "syntax/find_any.h"

namespace kubus::syntax {
namespace {

using L = kubus_antlr::KubusLexer;

constexpr bool digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }

// One table lookup per byte in the loop that scans a word, the most frequent token.
constexpr std::array<bool, 256> kWordChar = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    auto ch = static_cast<char>(c);
    table[static_cast<std::size_t>(c)] = letter(ch) || digit(ch) || ch == '-';
  }
  return table;
}();
bool word_char(char c) { return kWordChar[static_cast<unsigned char>(c)]; }

// The blanks the lexer drops, each one column: one lookup at every token's start.
constexpr std::array<bool, 256> kBlank = [] {
  std::array<bool, 256> table{};
  for (char c : {' ', '\t', '\r', '\f'}) table[static_cast<unsigned char>(c)] = true;
  return table;
}();
bool blank(char c) { return kBlank[static_cast<unsigned char>(c)]; }

// Tokens that are ASCII on one line by their syntax: the lexer moves past them
// without looking at their bytes again.
bool plain_token(std::size_t type) {
  return type != L::STRING && type != L::UNTERMINATED_STRING && type != L::COMMENT && type != L::ERROR_CHAR;
}

// The keyword rules come before IDENT in the grammar, so a word equal to one of
// them is that keyword (ANTLR breaks ties in rule order). Most words are field
// names and IDs, longer than any keyword or with another first letter, so the
// first letter picks the few keywords worth comparing.
std::uint32_t word_type(std::string_view w) {
  if (w.size() > 6) return L::IDENT;
  auto is = [&](std::string_view keyword, std::uint32_t type, std::uint32_t otherwise) {
    return w == keyword ? type : otherwise;
  };
  switch (w.front()) {
    case 'a': return is("and", L::AND, is("all", L::ALL, is("any", L::ANY, L::IDENT)));
    case 'e': return is("expect", L::EXPECT, L::IDENT);
    case 'f': return is("for", L::FOR, is("false", L::FALSE, L::IDENT));
    case 'i': return is("in", L::IN, is("is", L::IS, L::IDENT));
    case 'n': return is("not", L::NOT, is("none", L::NONE, is("no", L::NO, L::IDENT)));
    case 'o': return is("or", L::OR, L::IDENT);
    case 'r': return is("rule", L::RULE, L::IDENT);
    case 't': return is("true", L::TRUE, L::IDENT);
    case 'u': return is("use", L::USE, L::IDENT);
    case 'w': return is("where", L::WHERE, L::IDENT);
    default: return L::IDENT;
  }
}

class Lexer {
 public:
  Lexer(std::string_view text, std::vector<LexToken>& out) : t_(text), out_(out) {}

  void run() {
    out_.clear();
    while (pos_ < t_.size()) {
      char c = t_[pos_];
      if (blank(c)) {
        blanks();
        continue;
      }
      if (c == '\n') {
        ++pos_;
        ++cp_;
        ++line_;
        col_ = 0;
        continue;
      }
      std::size_t begin = pos_;
      std::size_t type = token(c);
      std::size_t end = pos_;
      if (end == begin) end = static_cast<unsigned char>(c) < 0x80 ? begin + 1 : one_char(begin);  // one character
      pos_ = begin;
      emit(type, end);
    }
    out_.push_back({antlr4::Token::EOF, static_cast<std::uint32_t>(pos_),
                    static_cast<std::uint32_t>(pos_), cp_, cp_ - 1, line_, col_});
  }

 private:
  char at(std::size_t i) const { return i < t_.size() ? t_[i] : '\0'; }

  // A run of blanks (a line's indentation, mostly) in one tight loop; each is one column.
  void blanks() {
    std::size_t p = pos_ + 1;
    while (p < t_.size() && blank(t_[p])) ++p;
    auto n = static_cast<std::uint32_t>(p - pos_);
    pos_ = p;
    cp_ += n;
    col_ += n;
  }

  // Scans the token starting with `c` at pos_; returns its type and leaves pos_ at
  // its end, or leaves pos_ unmoved for a single-character token.
  std::size_t token(char c) {
    std::size_t p = pos_;
    switch (c) {
      case '{': return L::LBRACE;
      case '}': return L::RBRACE;
      case '[': return L::LBRACK;
      case ']': return L::RBRACK;
      case '(': return L::LPAREN;
      case ')': return L::RPAREN;
      case ':': return L::COLON;
      case ',': return L::COMMA;
      case '.': return L::DOT;
      case '+': return L::PLUS;
      case '*': return L::STAR;
      case '%': return L::PERCENT;
      case '-': return two(p, '>', L::ARROW, L::MINUS);
      case '=': return two(p, '=', L::EQ, L::ERROR_CHAR);
      case '!': return two(p, '=', L::NE, L::ERROR_CHAR);
      case '<': return two(p, '=', L::LE, L::LT);
      case '>': return two(p, '=', L::GE, L::GT);
      case '#':
        while (p < t_.size() && t_[p] != '\n' && t_[p] != '\r') ++p;
        pos_ = p;
        return L::COMMENT;
      case '"': return string();
      case '/':
        if (!letter(at(p + 1))) return L::SLASH;
        for (++p; p < t_.size() && letter(t_[p]); ++p) {
        }
        pos_ = p;
        return L::PER_UNIT;
      default: break;
    }
    if (digit(c)) return number();
    if (letter(c)) {
      std::size_t e = p + 1;
      while (e < t_.size() && word_char(t_[e])) ++e;
      while (t_[e - 1] == '-') --e;  // an IDENT never ends in '-': that is a MINUS
      pos_ = e;
      return word_type(t_.substr(p, e - p));
    }
    return L::ERROR_CHAR;
  }

  std::uint32_t two(std::size_t p, char second, std::uint32_t both, std::uint32_t one) {
    if (at(p + 1) != second) return one;
    pos_ = p + 2;
    return both;
  }

  // STRING when the closing quote comes before the end of the line, else
  // UNTERMINATED_STRING up to that end. An escape takes any one character,
  // a line break included.
  std::uint32_t string() {
    std::size_t p = pos_ + 1;
    ascii_string_ = true;
    for (;;) {
      p = find_any<'"', '\n', '\r', '\\'>(t_, p, ascii_string_);
      if (p >= t_.size() || t_[p] == '\n' || t_[p] == '\r') break;
      if (t_[p] == '"') {
        pos_ = p + 1;
        return L::STRING;
      }
      if (p + 1 >= t_.size()) break;  // a lone '\' at the end is not part of the string
      ascii_string_ = false;           // the escaped character may be a line break
      p = one_char(p + 1);
    }
    pos_ = p;
    return L::UNTERMINATED_STRING;
  }

  // End of DIGITS ('_'? DIGIT)* starting at p, or p when there is no digit.
  std::size_t digits(std::size_t p) const {
    if (!digit(at(p))) return p;
    ++p;
    for (;;) {
      if (digit(at(p))) ++p;
      else if (at(p) == '_' && digit(at(p + 1))) p += 2;
      else return p;
    }
  }

  // The longest of QUARTER, DATE and NUMBER; a NUMBER never holds '-', so when a
  // QUARTER or DATE matches it is the longer one.
  std::uint32_t number() {
    std::size_t p = pos_;
    bool year = digit(at(p + 1)) && digit(at(p + 2)) && digit(at(p + 3)) && at(p + 4) == '-';
    if (year && at(p + 5) == 'Q' && at(p + 6) >= '1' && at(p + 6) <= '4') {
      pos_ = p + 7;
      return L::QUARTER;
    }
    if (year && digit(at(p + 5)) && digit(at(p + 6)) && at(p + 7) == '-' && digit(at(p + 8)) && digit(at(p + 9))) {
      pos_ = p + 10;
      return L::DATE;
    }
    std::size_t e = digits(p);
    if (at(e) == '.') {
      if (std::size_t f = digits(e + 1); f > e + 1) e = f;
    }
    if (at(e) == 'e' || at(e) == 'E') {
      std::size_t s = e + 1;
      if (at(s) == '+' || at(s) == '-') ++s;
      if (std::size_t f = digits(s); f > s) e = f;
    }
    pos_ = e;
    return L::NUMBER;
  }

  // End of the UTF-8 character starting at p.
  std::size_t one_char(std::size_t p) const {
    ++p;
    while (p < t_.size() && utf8_continuation(t_[p])) ++p;
    return p;
  }

  void emit(std::size_t type, std::size_t end) {
    LexToken tok{type, static_cast<std::uint32_t>(pos_), static_cast<std::uint32_t>(end), cp_, 0, line_, col_};
    if (plain_token(type) || (type == L::STRING && ascii_string_)) {
      cp_ += end - pos_;
      col_ += static_cast<std::uint32_t>(end - pos_);
      pos_ = end;
    } else {
      advance_to(end);
    }
    tok.stop = cp_ - 1;
    out_.push_back(tok);
  }

  // Moves pos_ to `end`, counting code points, lines and columns as ANTLR does.
  void advance_to(std::size_t end) {
    for (; pos_ < end; ++pos_) {
      char c = t_[pos_];
      if (utf8_continuation(c)) continue;
      ++cp_;
      if (c == '\n') {
        ++line_;
        col_ = 0;
      } else {
        ++col_;
      }
    }
  }

  std::string_view t_;
  std::vector<LexToken>& out_;
  std::size_t pos_ = 0;
  std::size_t cp_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t col_ = 0;
  // Whether the last STRING scanned is ASCII without escapes: one line, a column
  // per byte, so emit() need not walk it again.
  bool ascii_string_ = false;
};

}  // namespace

void lex(std::string_view text, std::vector<LexToken>& out) { Lexer(text, out).run(); }

}  // namespace kubus::syntax
