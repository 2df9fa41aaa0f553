#include "rules/message.h"

#include <algorithm>
#include <deque>

#include "support/text.h"
#include "syntax/parse.h"

namespace kubus::rules {
namespace {

class Template {
 public:
  Template(Checker& checker, const ast::Value& lit, std::deque<std::string>& texts)
      : checker_(checker), lit_(lit), texts_(texts) {
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
      // `{expr|default}`: the text after the bar is printed where the value is absent.
      std::size_t bar = std::min(bar_in(i + 1, close), close);
      if (t.find_first_not_of(" \t\n", i + 1) >= bar) {
        bad(i, close + 1, "no expression before '|' in the message", "write the value first, then its default: {t.owner|no owner}");
        return {};
      }
      auto node = expression(i + 1, bar);
      if (!node) return {};
      flush();
      MessagePart part{{}, std::move(node)};
      if (bar < close) {
        part.has_default = true;
        part.text = trimmed(t.substr(bar + 1, close - bar - 1));
      }
      parts.push_back(std::move(part));
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

  // The first '|' in [from, to) outside string literals; npos when there is none.
  // No expression uses '|', so the first one ends the expression.
  std::size_t bar_in(std::size_t from, std::size_t to) const {
    bool in_string = false;
    for (std::size_t j = from; j < to; ++j) {
      char c = text_[j];
      if (in_string && c == '\\') ++j;
      else if (c == '"') in_string = !in_string;
      else if (!in_string && c == '|') return j;
    }
    return std::string::npos;
  }

  static std::string trimmed(std::string s) {
    auto b = s.find_first_not_of(" \t\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
  }

  // The file column of decoded offset k: the literal is on one line, and an
  // escape is wider there than what it decodes to.
  std::uint32_t column(std::size_t k) const {
    return lit_.span.col + 1 + static_cast<std::uint32_t>(utf8_length(inner_.substr(0, raw_[std::min(k, raw_.size() - 1)])));
  }

  // Decoded offsets [b, e) to a span in the file.
  Span span_of(std::size_t b, std::size_t e) const {
    Span s{lit_.span.file, lit_.span.line, column(b), lit_.span.line, column(e)};
    if (s.end_col <= s.col) s.end_col = s.col + 1;
    return s;
  }

  void bad(std::size_t b, std::size_t e, std::string message, std::string help) {
    checker_.diags().add(Code::BadMessage, span_of(b, e), std::move(message), std::move(help));
  }

  // The expression at decoded offsets [b, e), parsed where it stands in the file.
  std::optional<Node> expression(std::size_t b, std::size_t e) {
    std::string& expr = texts_.emplace_back(text_.substr(b, e - b));  // constants of the node point into it
    for (char& c : expr)
      if (c == '\n' || c == '\r') c = ' ';  // one line, as written: a unit stays with its number
    syntax::ExpressionText source{lit_.span.file, lit_.span.line, expr, {}};
    for (std::uint32_t offset : utf8_offsets(expr)) source.columns.push_back(column(b + offset));
    Diagnostics syntax;
    syntax::ParsedExpression parsed = syntax::parse_expression(source, syntax);
    for (const auto& d : syntax.all()) {
      if (d.severity != Severity::Error) continue;
      checker_.diags().add(Code::BadMessage, d.span.valid() ? d.span : span_of(b, e),
                           "the expression in '{...}' does not parse: " + d.message, d.help);
      return std::nullopt;
    }
    if (!parsed.expr) {  // a second expression starts at `rest`: point from there to the closing brace
      Span span = parsed.rest.valid() ? parsed.rest : span_of(b - 1, e + 1);
      span.end_col = std::max(span.end_col, column(e));
      checker_.diags().add(Code::BadMessage, span, "'{...}' in a message holds one expression",
                           "for example {t.owner.department}");
      return std::nullopt;
    }
    Node n = checker_.expr(*parsed.expr);
    if (n.type.error()) return std::nullopt;
    return n;
  }

  Checker& checker_;
  const ast::Value& lit_;
  std::deque<std::string>& texts_;
  std::string_view inner_;         // the literal without its quotes, as written
  std::string text_;               // decoded
  std::vector<std::size_t> raw_;   // decoded offset -> offset in inner_
};

}  // namespace

std::vector<MessagePart> check_message(Checker& checker, const ast::Value& literal, std::deque<std::string>& texts) {
  return Template(checker, literal, texts).run();
}

}  // namespace kubus::rules
