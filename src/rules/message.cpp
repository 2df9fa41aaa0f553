#include "rules/message.h"

#include "support/text.h"
#include "syntax/parse.h"

namespace kubus::rules {
namespace {

// Each `{...}` is parsed as the condition of a one-line rule, the smallest
// input the parser accepts that holds exactly one expression. The expression
// starts on line 2, column 10 of that text.
constexpr std::string_view kHead = "rule __message {\n  expect ";
constexpr std::string_view kTail = "\n}\n";
constexpr std::uint32_t kLine = 2;
constexpr std::uint32_t kCol = 10;

class Template {
 public:
  Template(Checker& checker, const ast::Value& lit, SourceManager& scratch)
      : checker_(checker), lit_(lit), scratch_(scratch) {
    inner_ = lit.text;
    if (inner_.size() >= 2 && inner_.front() == '"' && inner_.back() == '"') inner_ = inner_.substr(1, inner_.size() - 2);
    // Decode escapes, remembering where each decoded byte was written.
    for (std::size_t i = 0; i < inner_.size(); ++i) {
      raw_.push_back(i);
      if (inner_[i] == '\\' && i + 1 < inner_.size()) {
        char c = inner_[++i];
        text_ += c == 'n' ? '\n' : c == 't' ? '\t' : c;
      } else {
        text_ += inner_[i];
      }
    }
    raw_.push_back(inner_.size());
  }

  std::vector<MessagePart> run() {
    std::vector<MessagePart> parts;
    std::string literal;
    auto flush = [&] {
      if (!literal.empty()) parts.push_back({std::move(literal), std::nullopt});
      literal.clear();
    };
    const std::string& t = text_;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '}') {
        if (i + 1 < t.size() && t[i + 1] == '}') {
          literal += '}';
          ++i;
          continue;
        }
        bad(i, i + 1, "'}' without a matching '{' in the message", "write a literal '}' as '}}'");
        return {};
      }
      if (t[i] != '{') {
        literal += t[i];
        continue;
      }
      if (i + 1 < t.size() && t[i + 1] == '{') {
        literal += '{';
        ++i;
        continue;
      }
      std::size_t close = closing(i);
      if (close == std::string::npos) return {};
      if (t.find_first_not_of(" \t\n", i + 1) >= close) {
        bad(i, close + 1, "empty '{}' in the message", "put an expression between the braces, e.g. {t}");
        return {};
      }
      auto node = expression(i + 1, close);
      if (!node) return {};
      flush();
      parts.push_back({{}, std::move(node)});
      i = close;
    }
    flush();
    return parts;
  }

 private:
  // The '}' that ends the expression opened at `open`, skipping string literals.
  std::size_t closing(std::size_t open) {
    const std::string& t = text_;
    bool in_string = false;
    for (std::size_t j = open + 1; j < t.size(); ++j) {
      if (in_string) {
        if (t[j] == '\\') ++j;
        else if (t[j] == '"') in_string = false;
      } else if (t[j] == '"') {
        in_string = true;
      } else if (t[j] == '}') {
        return j;
      } else if (t[j] == '{') {
        bad(j, j + 1, "'{' inside an interpolated expression", "close the expression with '}' first; write a literal '{' as '{{'");
        return std::string::npos;
      }
    }
    bad(open, open + 1, "'{' is never closed in the message", "end the expression with '}', or write a literal '{' as '{{'");
    return std::string::npos;
  }

  // Decoded offsets [b, e) to a span in the file: the literal is on one line.
  Span span_of(std::size_t b, std::size_t e) const {
    auto col = [&](std::size_t k) {
      return lit_.span.col + 1 + static_cast<std::uint32_t>(utf8_length(inner_.substr(0, raw_[std::min(k, raw_.size() - 1)])));
    };
    Span s{lit_.span.file, lit_.span.line, col(b), lit_.span.line, col(e)};
    if (s.end_col <= s.col) s.end_col = s.col + 1;
    return s;
  }

  void bad(std::size_t b, std::size_t e, std::string message, std::string help) {
    checker_.diags().add(Code::BadMessage, span_of(b, e), std::move(message), std::move(help));
  }

  // A span in the scratch text to one in the file; `b`/`e` bound the expression.
  Span remap(const Span& s, std::string_view expr, std::size_t b, std::size_t e) const {
    auto offset = [&](std::uint32_t line, std::uint32_t col) {
      if (line < kLine || (line == kLine && col < kCol)) return b;  // the made-up head: the expression's start
      if (line > kLine) return e;                                   // the made-up tail: its closing brace
      return b + std::min(utf8_offset(expr, col - kCol), e - b);
    };
    return span_of(offset(s.line, s.col), offset(s.end_line, s.end_col));
  }

  void remap_tree(ast::Expr& x, std::string_view expr, std::size_t b, std::size_t e) const {
    x.span = remap(x.span, expr, b, e);
    if (x.var.span.valid()) x.var.span = remap(x.var.span, expr, b, e);
    for (auto& k : x.kids) remap_tree(*k, expr, b, e);
  }

  std::optional<Node> expression(std::size_t b, std::size_t e) {
    std::string expr = text_.substr(b, e - b);
    for (char& c : expr)
      if (c == '\n' || c == '\r') c = ' ';  // keep it on one line; offsets stay the same
    FileId id = scratch_.add("<message>", std::string(kHead) + expr + std::string(kTail));
    std::string_view kept = std::string_view(scratch_.file(id).text).substr(kHead.size(), expr.size());
    Diagnostics syntax;
    ast::File file = syntax::parse(scratch_, id, syntax);
    for (const auto& d : syntax.all()) {
      if (d.severity != Severity::Error) continue;
      checker_.diags().add(Code::BadMessage, d.span.valid() ? remap(d.span, kept, b, e) : span_of(b, e),
                           "the expression in '{...}' does not parse: " + d.message, d.help);
      return std::nullopt;
    }
    bool one = file.decls.size() == 1 && file.decls[0].kind == ast::DeclKind::Rule &&
               file.decls[0].items.size() == 1 && file.decls[0].items[0].kind == ast::RuleItemKind::Expect &&
               file.decls[0].items[0].coll;
    if (!one) {
      bad(b - 1, e + 1, "'{...}' in a message holds one expression", "for example {t.owner.department}");
      return std::nullopt;
    }
    ast::Expr& x = *file.decls[0].items[0].coll;
    remap_tree(x, kept, b, e);
    Node n = checker_.expr(x);
    if (n.type.error()) return std::nullopt;
    return n;
  }

  Checker& checker_;
  const ast::Value& lit_;
  SourceManager& scratch_;
  std::string_view inner_;         // the literal without its quotes, as written
  std::string text_;               // decoded
  std::vector<std::size_t> raw_;   // decoded offset -> offset in inner_
};

}  // namespace

std::vector<MessagePart> check_message(Checker& checker, const ast::Value& literal, SourceManager& scratch) {
  return Template(checker, literal, scratch).run();
}

}  // namespace kubus::rules
