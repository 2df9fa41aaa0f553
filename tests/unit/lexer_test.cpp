// The hand-written front end (syntax/lexer.h, syntax/entity_parser.h) must match
// the one generated from grammar/Kubus.g4 exactly: the same tokens with the same
// positions, and the same AST and diagnostics. Both are compared on every bundled
// .kubus file, on generated models, and on random and mutated text (bad input
// included).
#include <antlr4-runtime.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "KubusLexer.h"
#include "gen/generate.h"
#include "syntax/chunker.h"
#include "syntax/lexer.h"
#include "syntax/parse.h"

using namespace kubus;

namespace {

struct Tok {
  std::size_t type, start, stop, line, col;
  std::string text;
  bool operator==(const Tok&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "type " << t.type << " '" << t.text << "' " << t.line << ":" << t.col << " [" << t.start << ","
            << t.stop << "]";
}

std::vector<Tok> antlr_tokens(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  kubus_antlr::KubusLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<Tok> out;
  for (;;) {
    auto t = lexer.nextToken();
    out.push_back({t->getType(), t->getStartIndex(), t->getStopIndex(), t->getLine(), t->getCharPositionInLine(),
                   t->getText()});
    if (t->getType() == antlr4::Token::EOF) return out;
  }
}

std::vector<Tok> our_tokens(const std::string& text) {
  std::vector<syntax::LexToken> toks;
  syntax::lex(text, toks);
  std::vector<Tok> out;
  for (const auto& t : toks)
    out.push_back({t.type, t.start, t.stop, t.line, t.col,
                   t.type == antlr4::Token::EOF ? "<EOF>" : text.substr(t.begin, t.end - t.begin)});
  return out;
}

void same_tokens(const std::string& text) {
  auto want = antlr_tokens(text);
  auto got = our_tokens(text);
  INFO("input: " << text);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("token " << i);
    REQUIRE(got[i] == want[i]);
  }
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> bundled_files() {
  std::vector<std::string> out;
  for (const char* dir : {"examples", "assessments", "rules", "tests/golden/cases"})
    for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(KUBUS_SOURCE_DIR) / dir))
      if (e.is_regular_file() && e.path().extension() == ".kubus") out.push_back(read(e.path()));
  return out;
}

// Deterministic: splitmix64.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// Pieces that meet the lexer's corner cases; any sequence of them is valid UTF-8.
const std::vector<std::string> kPieces = {
    " ", "\n", "\r\n", "\t", "\f", "\v", "\"", "\\", "#", "a", "Z", "_", "-", "--", "0", "7", "2024", "2024-",
    "-Q", "Q3", "01", "-01-", ".", "e", "E", "+", "1_0", "__", "/", "/per", "%", "{", "}", "[", "]", "(", ")",
    ":", ",", "->", "=", "==", "!", "!=", "<", "<=", ">", ">=", "*", "é", "€", "😀", "use", "rule", "in", "not",
    "none", "true", "false", "no", "touchpoint", "tp-1", "x-", "$", "'", "\x01", "\xEF\xBB\xBF"};

std::string random_text(Rng& rng) {
  std::string s;
  std::size_t n = 1 + rng.below(40);
  for (std::size_t i = 0; i < n; ++i) s += kPieces[rng.below(kPieces.size())];
  // ANTLRInputStream drops a byte-order mark at the very start (the chunker
  // already does that for the file's own); elsewhere it is an unexpected character.
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s = "x" + s;
  return s;
}

// Inserts, deletes or replaces pieces at UTF-8 character boundaries.
std::string mutate(std::string s, Rng& rng) {
  std::size_t edits = 1 + rng.below(4);
  for (std::size_t e = 0; e < edits && !s.empty(); ++e) {
    std::size_t at = rng.below(s.size());
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    std::size_t len = 1;
    while (at + len < s.size() && (static_cast<unsigned char>(s[at + len]) & 0xC0) == 0x80) ++len;
    switch (rng.below(3)) {
      case 0: s.insert(at, kPieces[rng.below(kPieces.size())]); break;
      case 1: s.erase(at, len); break;
      default: s.replace(at, len, kPieces[rng.below(kPieces.size())]); break;
    }
  }
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s = "x" + s;
  return s;
}

void same_parse(const std::string& text) {
  SourceManager sm;
  FileId id = sm.add("t.kubus", text);
  Diagnostics fast_diags, antlr_diags;
  ast::File fast = syntax::parse(sm, id, fast_diags, syntax::ParsePath::Fast);
  ast::File slow = syntax::parse(sm, id, antlr_diags, syntax::ParsePath::Antlr);
  INFO("input: " << text);
  auto same_span = [](const Span& a, const Span& b) {
    return a.file == b.file && a.line == b.line && a.col == b.col && a.end_line == b.end_line &&
           a.end_col == b.end_col;
  };
  // Views must be the very same bytes of the file, not equal copies.
  auto same_view = [](std::string_view a, std::string_view b) { return a.data() == b.data() && a.size() == b.size(); };
  auto same_name = [&](const ast::Name& a, const ast::Name& b) {
    return same_view(a.text, b.text) && same_span(a.span, b.span);
  };
  std::function<bool(const ast::Value&, const ast::Value&)> same_value = [&](const ast::Value& a, const ast::Value& b) {
    if (a.kind != b.kind || a.op != b.op || a.boolean != b.boolean || !same_span(a.span, b.span) ||
        !same_view(a.text, b.text) || !same_view(a.aux, b.aux) ||
        a.items.size() != b.items.size())
      return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
      if (!same_value(a.items[i], b.items[i])) return false;
    return true;
  };
  std::function<bool(const ast::Member&, const ast::Member&)> same_member = [&](const ast::Member& a,
                                                                                const ast::Member& b) {
    if (!same_name(a.key, b.key) || !same_span(a.span(), b.span()) || a.is_block != b.is_block ||
        !same_value(a.value, b.value) || a.members.size() != b.members.size())
      return false;
    for (std::size_t i = 0; i < a.members.size(); ++i)
      if (!same_member(a.members[i], b.members[i])) return false;
    return true;
  };
  REQUIRE(fast.ok == slow.ok);
  REQUIRE(fast.decls.size() == slow.decls.size());
  for (std::size_t i = 0; i < fast.decls.size(); ++i) {
    const auto& a = fast.decls[i];
    const auto& b = slow.decls[i];
    INFO("declaration " << i << " '" << b.id.text << "'");
    CHECK(a.kind == b.kind);
    CHECK(same_span(a.span, b.span));
    CHECK(same_name(a.keyword_or_kind, b.keyword_or_kind));
    CHECK(same_name(a.id, b.id));
    CHECK(same_view(a.title, b.title));
    CHECK(same_span(a.title_span, b.title_span));
    CHECK(a.has_block == b.has_block);
    REQUIRE(a.members.size() == b.members.size());
    for (std::size_t m = 0; m < a.members.size(); ++m) CHECK(same_member(a.members[m], b.members[m]));
    CHECK(a.items.size() == b.items.size());  // rules always take the ANTLR path
  }
  REQUIRE(fast.comments.size() == slow.comments.size());
  for (std::size_t i = 0; i < fast.comments.size(); ++i) {
    CHECK(fast.comments[i].line == slow.comments[i].line);
    CHECK(fast.comments[i].col == slow.comments[i].col);
    CHECK(same_view(fast.comments[i].text, slow.comments[i].text));
  }
  CHECK(fast.broken_ids == slow.broken_ids);
  REQUIRE(fast_diags.all().size() == antlr_diags.all().size());
  for (std::size_t i = 0; i < fast_diags.all().size(); ++i) {
    const auto& a = fast_diags.all()[i];
    const auto& b = antlr_diags.all()[i];
    CHECK(a.code == b.code);
    CHECK(same_span(a.span, b.span));
    CHECK(a.message == b.message);
    CHECK(a.help == b.help);
  }
}

}  // namespace

TEST_CASE("the lexer matches the generated lexer on corner cases", "[lexer]") {
  for (const char* text :
       {"", "   ", "a", "use rule for in where expect and or not none is all any no true false",
        "inn none1 true-x not- use_ rule-2", "{ } [ ] ( ) : , . -> == != <= >= < > + - * / % = ! $ '",
        "2024-Q1 2024-Q4 2024-Q5 2024-Q 2024-01-15 2024-01-1 2024-1-15 12024-01-15 2024-01-15.5",
        "1 1_000 1__0 1_ 1. 1.5 1.5e 1e5 1e+5 1e- 1.5E-3x 0.40 -3 --3", "foo- foo--bar a-b- _ __x a1-2",
        "/per /Per_x /1 / /_x 5/day 3%", "\"s\" \"a\\\"b\" \"esc \\n\" \"\" \"unterminated\n\"x\\\ny\" \"\\",
        "# comment\r\n#\n# é € 😀\r", "a\r\nb\rc\fd\te\vf", "\"é€😀\" é 😀 x", "a \xEF\xBB\xBF b", "\x01\x7f",
        "touchpoint tp-1 \"T\" {\n  volume: 1200/year\n  cost: 0.40 EUR\n  next: [a, b]\n}\n"})
    same_tokens(text);
}

// The lexer finds a string's end sixteen bytes at a time: every length around
// those blocks, with a non-ASCII character or an escape before, at or after the
// block's edge, and non-ASCII text right after the closing quote.
TEST_CASE("the lexer matches the generated lexer on strings across sixteen-byte blocks", "[lexer]") {
  for (std::size_t len = 0; len <= 40; ++len) {
    std::string plain(len, 'a');
    same_tokens("x \"" + plain + "\" \u00e9 y");
    same_tokens("x \"" + plain);  // unterminated at the end of the text
    for (std::size_t at = 0; at < len; ++at) {
      for (const char* insert : {"\u00e9", "\\\"", "\\\n", "\n"}) {
        std::string s = plain;
        s.insert(at, insert);
        same_tokens("x \"" + s + "\" \u20ac z");
      }
    }
  }
}

TEST_CASE("the lexer matches the generated lexer on every bundled file", "[lexer]") {
  auto files = bundled_files();
  REQUIRE(files.size() > 10);
  for (const auto& text : files) same_tokens(text);
}

TEST_CASE("the lexer matches the generated lexer on generated models", "[lexer]") {
  for (std::uint64_t seed : {1u, 2u, 3u}) same_tokens(gen::generate_model({300, seed}));
}

TEST_CASE("the lexer matches the generated lexer on random and mutated text", "[lexer][bad-input]") {
  Rng rng{42};
  for (int i = 0; i < 3000; ++i) same_tokens(random_text(rng));
  auto files = bundled_files();
  for (int i = 0; i < 600; ++i) same_tokens(mutate(files[rng.below(files.size())], rng));
}

TEST_CASE("the fast path builds the same AST and diagnostics as the generated parser", "[lexer][fast-path]") {
  for (const auto& text : bundled_files()) same_parse(text);
  for (std::uint64_t seed : {1u, 2u}) same_parse(gen::generate_model({300, seed}));
  same_parse(gen::generate_model({700, 3}));  // large enough for two threads
  for (const char* text :
       {"touchpoint a touchpoint b \"B\" c d { x: 1 }", "use ccm\nkind x { a: -\n 5 days b: < 3 c: m >= -2 EUR }",
        "k x { l: [] m: [1, [2, 3],] n: a -> b o: [a -> b, \"s\", 2024-Q1, 2024-01-01, true] }",
        "k x { a: 5\nb: 6 }", "k x { a: 5 # c\n b: 6 }", "k x { a: not }", "k x { b { c { d: 1 } } }",
        "rule r { expect 1 }", "k x { a: b c }", "k x { a: }", "k x { a: [1 2] }", "k x { a: 1 b }",
        "k x { a: -> b }", "k x { a: b -> }", "k x { a: == }", "k x { a: true -> b }", "k x", "k", "k x {"})
    same_parse(text);
}

TEST_CASE("the fast path agrees with the generated parser on mutated models", "[lexer][fast-path][bad-input]") {
  Rng rng{7};
  auto files = bundled_files();
  files.push_back(gen::generate_model({40, 5}));
  for (int i = 0; i < 600; ++i) same_parse(mutate(files[rng.below(files.size())], rng));
  for (int i = 0; i < 1500; ++i) same_parse("k x {" + random_text(rng) + "}\n" + random_text(rng));
  // Large enough for two threads, with chunks for the ANTLR path in both halves.
  std::string big = gen::generate_model({700, 9});
  for (int i = 0; i < 8; ++i) {
    std::string text = big;
    for (int e = 0; e < 6; ++e) text = mutate(std::move(text), rng);
    same_parse(text);
  }
}

TEST_CASE("the chunker cuts after a top-level brace, not at braces in strings, comments or after a NUL",
          "[lexer][chunker]") {
  using namespace std::string_literals;
  std::string text = "a x \"t}{\" {\n  s: \"q\\\"}\" # }\n}\n"s  // braces in a string, an escaped quote, a comment
                     "b y {\n  c: \"un\n}\n"s                 // an unterminated string ends at its line
                     "d z {\0 e: \"\0}\" }\n"s;               // NULs, in the text and in a string
  SourceFile file{"t.kubus", text, {}};
  auto chunks = syntax::split_chunks(file);
  REQUIRE(chunks.size() == 3);
  CHECK(chunks[0].begin == 0);
  CHECK(chunks[1].begin == text.find("b y"));
  CHECK(chunks[2].begin == text.find("d z"));
  CHECK(chunks[2].end == text.size());
  CHECK(chunks[1].first_line == 4);
  CHECK(chunks[2].first_line == 7);
  for (const auto& c : chunks) {
    CHECK_FALSE(c.unclosed);
    CHECK_FALSE(c.too_deep);
  }
}

// The chunker looks for the bytes it acts on sixteen at a time: the same text
// after a comment line of any length is cut in the same places, shifted.
TEST_CASE("the chunker cuts the same wherever the bytes fall in sixteen-byte blocks", "[lexer][chunker]") {
  const std::string body =
      "a x \"t}{ long enough to span blocks\" {\n  s: \"q\\\"}\\\\\" # } {\n  n: [\"]\", (1)]\n}\n"
      "b y {\n  c: \"un\n}\n"
      "d z { e: \"\u00e9}\"\n# last";  // never closed
  SourceFile plain{"t.kubus", body, {}};
  auto want = syntax::split_chunks(plain);
  REQUIRE(want.size() == 3);
  REQUIRE(want[2].unclosed == body.find("{ e:"));
  for (std::size_t shift = 2; shift <= 40; ++shift) {
    std::string head = "#" + std::string(shift - 2, '{') + "\n";
    SourceFile shifted{"t.kubus", head + body, {}};
    auto got = syntax::split_chunks(shifted);
    INFO("shift " << shift);
    // The comment line is a chunk of its own, cut before the declaration head.
    REQUIRE(got.size() == want.size() + 1);
    CHECK(got[0].end == shift);
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(got[i + 1].begin == want[i].begin + shift);
      CHECK(got[i + 1].end == want[i].end + shift);
      CHECK(got[i + 1].first_line == want[i].first_line + 1);
      CHECK(got[i + 1].unclosed == (want[i].unclosed ? std::optional(*want[i].unclosed + shift) : std::nullopt));
    }
  }
}

// A typical file has a blank line after each declaration; as chunks of their own
// they doubled what the parser reserved for declarations.
TEST_CASE("the chunker leaves out chunks of blanks only", "[lexer][chunker]") {
  std::string text = "a x {\n}\n\n \t\r\nb y {\n}\n\n# a comment is kept\n\nc z\n\n";
  SourceFile file{"t.kubus", text, {}};
  auto chunks = syntax::split_chunks(file);
  REQUIRE(chunks.size() == 4);
  CHECK(chunks[0].begin == 0);
  CHECK(chunks[1].begin == text.find("b y"));
  CHECK(chunks[1].first_line == 5);
  CHECK(chunks[2].begin == text.find("}\n\n# a comment") + 2);  // blanks beside a comment stay with it
  CHECK(chunks[3].begin == text.find("c z"));
  CHECK(chunks[3].end == text.size());  // the trailing blank line stays with the declaration
  SourceFile blank{"t.kubus", "\n \n\t\n", {}};
  CHECK(syntax::split_chunks(blank).empty());
}
