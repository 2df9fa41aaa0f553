#include "lsp/completion_site.h"

#include <algorithm>

#include "syntax/tokens.h"

namespace kubus::lsp {
namespace {

using syntax::Token;
using syntax::TokenClass;
using What = CompletionSite::What;

struct Frame {
  enum class Type { Top, Block, List, Group };
  Type type = Type::Top;
  const schema::KindSpec* kind = nullptr;    // Block: its kind (nullptr: unknown)
  bool rule = false;                         // in a rule
  const schema::FieldSpec* field = nullptr;  // Block: the field after the last `key:`; List: the list's field
  std::vector<std::string> written;          // Block: the keys; List: the items
};

struct Binder {
  std::string var;
  std::size_t coll;  // index of the collection's first token
};

bool is(const Token& t, std::string_view text) { return t.cls != TokenClass::String && t.text == text; }
bool is_name(const Token& t) { return t.cls == TokenClass::Name || t.cls == TokenClass::Keyword; }

// The tokens whose end is an operand: after one, an operator may follow.
bool ends_operand(const Token& t) {
  switch (t.cls) {
    case TokenClass::Name: case TokenClass::Bool: case TokenClass::String: case TokenClass::Number:
    case TokenClass::Unit: case TokenClass::Date: case TokenClass::Quarter: return true;
    case TokenClass::Keyword: return t.text == "none";
    case TokenClass::Punct: return t.text == ")" || t.text == "]";
    default: return false;
  }
}

void add_kinds(std::vector<const schema::KindSpec*>& out, const std::vector<std::string_view>& names) {
  for (auto n : names)
    if (const auto* k = schema::find_kind(n); k && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
}

// The kinds a member of `kinds` leads to.
std::vector<const schema::KindSpec*> follow(const std::vector<const schema::KindSpec*>& kinds, std::string_view member) {
  std::vector<const schema::KindSpec*> out;
  for (const auto* k : kinds) {
    if (const auto* f = schema::find_field(*k, member)) {
      if (f->type == schema::Type::Ref) add_kinds(out, f->choices);
      if (f->type == schema::Type::Handoff) add_kinds(out, {"handoff"});
      if (f->type == schema::Type::Block) add_kinds(out, {f->name});
    } else if (const auto* d = schema::find_derived(*k, member); d && d->type == schema::Type::Ref) {
      add_kinds(out, d->choices);
    }
  }
  return out;
}

class Walker {
 public:
  explicit Walker(const std::vector<Token>& toks) : t_(toks) {}

  void run() {
    for (std::size_t i = 0; i < t_.size(); ++i)
      if (t_[i].cls != TokenClass::Comment) step(i);
  }

  const Frame& top() const { return stack_.back(); }
  const std::vector<std::size_t>& header() const { return header_; }
  bool field_colon() const { return field_colon_; }
  const std::vector<Binder>& binders() const { return binders_; }

  // The kinds of the path ending at token `last` (`t.owner`, `touchpoints`).
  std::vector<const schema::KindSpec*> path_kinds(std::size_t first, std::size_t last, std::size_t depth = 0) const {
    if (first > last || !is_name(t_[first]) || depth > 8) return {};
    std::vector<const schema::KindSpec*> kinds;
    std::string_view head = t_[first].text;
    if (const auto* k = schema::kind_by_plural(head); k && k->name != "rule") kinds.push_back(k);
    for (auto b = binders_.rbegin(); kinds.empty() && b != binders_.rend(); ++b)
      if (b->var == head) kinds = path_kinds(b->coll, path_end(b->coll), depth + 1);
    for (std::size_t i = first + 1; i + 1 <= last && is(t_[i], "."); i += 2) kinds = follow(kinds, t_[i + 1].text);
    return kinds;
  }

  // The last token of the path `a.b.c` starting at `first`.
  std::size_t path_end(std::size_t first) const {
    std::size_t i = first;
    while (i + 2 < t_.size() && is(t_[i + 1], ".") && is_name(t_[i + 2])) i += 2;
    return i;
  }

 private:
  bool key_position(std::size_t i) const { return i == 0 || t_[i - 1].line < t_[i].line || is(t_[i - 1], "{"); }

  void step(std::size_t i) {
    const Token& tok = t_[i];
    Frame& f = stack_.back();
    if (f.type == Frame::Type::Top) return top_level(i);
    if (tok.cls != TokenClass::Punct && tok.cls != TokenClass::Keyword) {
      if (f.type == Frame::Type::List && is_name(tok)) f.written.emplace_back(tok.text);
      return;
    }
    if (is(tok, "{")) return open_block(i);
    if (is(tok, "[")) return push(Frame{Frame::Type::List, nullptr, f.rule, f.type == Frame::Type::Block ? f.field : nullptr, {}});
    if (is(tok, "(")) return push(Frame{Frame::Type::Group, nullptr, f.rule, nullptr, {}});
    if (is(tok, "}") || is(tok, "]") || is(tok, ")")) return close();
    if (is(tok, ":")) return colon(i);
    if (is(tok, "in") && f.rule && i >= 2 && is_name(t_[i - 1])) {
      const Token& before = t_[i - 2];
      if (is(before, "for") || is(before, "all") || is(before, "any") || is(before, "no") || is(before, "["))
        binders_.push_back({std::string(t_[i - 1].text), i + 1});
    }
  }

  void top_level(std::size_t i) {
    const Token& tok = t_[i];
    if (is(tok, "{")) {
      const Token* head = header_.empty() ? nullptr : &t_[header_.front()];
      Frame b{Frame::Type::Block, nullptr, false, nullptr, {}};
      if (head && is(*head, "rule")) {
        b.kind = schema::find_kind("rule");
        b.rule = true;
      } else if (head && head->cls == TokenClass::Name) {
        b.kind = schema::find_kind(head->text);
      }
      binders_.clear();
      return push(std::move(b));
    }
    // A name on a new line starts a new declaration (one without a block came before).
    if (is_name(tok) && (header_.empty() || t_[header_.back()].line < tok.line)) header_.clear();
    header_.push_back(i);
  }

  void open_block(std::size_t i) {
    Frame& f = stack_.back();
    Frame b{Frame::Type::Block, nullptr, f.rule, nullptr, {}};
    if (f.type == Frame::Type::Block && i > 0 && t_[i - 1].cls == TokenClass::Name && key_position(i - 1)) {
      f.written.emplace_back(t_[i - 1].text);
      if (const auto* k = schema::find_kind(t_[i - 1].text); k && k->nested) b.kind = k;
    }
    push(std::move(b));
  }

  void colon(std::size_t i) {
    Frame& f = stack_.back();
    field_colon_ = f.type == Frame::Type::Block && i > 0 && is_name(t_[i - 1]) && key_position(i - 1);
    if (!field_colon_) return;
    f.written.emplace_back(t_[i - 1].text);
    f.field = f.kind ? schema::find_field(*f.kind, t_[i - 1].text) : nullptr;
  }

  void push(Frame f) { stack_.push_back(std::move(f)); }
  void close() {
    if (stack_.size() > 1) stack_.pop_back();
    if (stack_.size() == 1) header_.clear();
  }

  const std::vector<Token>& t_;
  std::vector<Frame> stack_{Frame{}};
  std::vector<std::size_t> header_;
  std::vector<Binder> binders_;
  bool field_colon_ = false;
};

// Splits off the name (or unit) being typed at the end of `toks`; true when
// the cursor is somewhere nothing can be completed (a comment, a string, a number).
bool take_prefix(std::vector<Token>& toks, std::string_view text, CompletionSite& s) {
  if (toks.empty()) return false;
  const Token& last = toks.back();
  bool at_end = last.text.data() + last.text.size() == text.data() + text.size();
  if (!at_end) return false;
  switch (last.cls) {
    case TokenClass::Comment: case TokenClass::UnterminatedString: case TokenClass::Number:
    case TokenClass::Date: case TokenClass::Quarter: return true;
    case TokenClass::Name: case TokenClass::Keyword: case TokenClass::Bool: case TokenClass::Unit: break;
    case TokenClass::Punct:
      // `40000 /`: a rate unit begun.
      if (last.text == "/" && toks.size() > 1 && toks[toks.size() - 2].cls == TokenClass::Number &&
          toks[toks.size() - 2].line == last.line) {
        s.prefix = "/";
        toks.pop_back();
        return false;
      }
      // `claims-`: a name and a '-' (a name never ends in one) while typing `claims-manager`.
      if (last.text == "-" && toks.size() > 1 && is_name(toks[toks.size() - 2]) &&
          toks[toks.size() - 2].text.data() + toks[toks.size() - 2].text.size() == last.text.data()) {
        s.prefix.assign(toks[toks.size() - 2].text);
        s.prefix.push_back('-');
        toks.resize(toks.size() - 2);
      }
      return false;
    default: return false;
  }
  s.prefix = std::string(last.text);
  toks.pop_back();
  return false;
}

bool expects_operand(const Token& t, bool field_colon) {
  if (t.cls == TokenClass::Keyword) return t.text != "none";
  if (t.cls != TokenClass::Punct) return false;
  if (t.text == ":") return !field_colon;
  static constexpr std::string_view kOps[] = {"(", "[", ",", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/"};
  return std::find(std::begin(kOps), std::end(kOps), t.text) != std::end(kOps);
}

void rule_site(CompletionSite& s, const Walker& w, const std::vector<Token>& toks, bool same_line) {
  const Token& prev = toks.back();
  std::size_t p = toks.size() - 1;
  if (is(prev, ".") && p > 0) {
    std::size_t first = p - 1;
    while (first >= 2 && is(toks[first - 1], ".") && is_name(toks[first - 2])) first -= 2;
    s.members_of = w.path_kinds(first, p - 1);
    s.what = s.members_of.empty() ? What::Nothing : What::Members;
    return;
  }
  if (is(prev, "for") || is(prev, "all") || is(prev, "any") || is(prev, "no")) return;  // a new variable
  if (expects_operand(prev, w.field_colon())) {
    s.what = What::Expression;
    for (const auto& b : w.binders()) s.variables.push_back(b.var);
    return;
  }
  if (ends_operand(prev) || is(prev, "{")) s.what = same_line && !is(prev, "{") ? What::Operators : What::Fields;
}

}  // namespace

CompletionSite completion_site(std::string_view text, std::size_t offset) {
  CompletionSite s;
  text = text.substr(0, std::min(offset, text.size()));
  std::vector<Token> toks = syntax::tokenize(text);
  if (take_prefix(toks, text, s)) return s;
  if (!s.prefix.empty() && s.prefix.front() >= '0' && s.prefix.front() <= '9') return s;
  Walker w(toks);
  w.run();
  const Frame& f = w.top();
  std::uint32_t cursor_line = 1 + static_cast<std::uint32_t>(std::count(text.begin(), text.end() - static_cast<std::ptrdiff_t>(s.prefix.size()), '\n'));
  const Token* prev = nullptr;
  for (auto it = toks.rbegin(); it != toks.rend() && !prev; ++it)
    if (it->cls != TokenClass::Comment) prev = &*it;
  while (!toks.empty() && toks.back().cls == TokenClass::Comment) toks.pop_back();
  bool same_line = prev && prev->line == cursor_line;
  bool adjacent = prev && prev->text.data() + prev->text.size() == text.data() + text.size() - s.prefix.size();
  s.insert_space = adjacent && (is(*prev, ":") || is(*prev, ",") || prev->cls == TokenClass::Number);

  if (f.type == Frame::Type::Top) {
    if (!same_line) s.what = What::Kinds;
    else if (w.header().size() == 1 && is(toks[w.header().front()], "use")) s.what = What::Libraries;
    return s;
  }
  bool unit_prefix = !s.prefix.empty() && (s.prefix.front() == '/' || s.prefix.front() == '%');
  if (prev && prev->cls == TokenClass::Number && same_line && f.type == Frame::Type::Block && f.field) {
    s.what = What::Unit;
    s.kind = f.kind;
    s.field = f.field;
    return s;
  }
  if (unit_prefix) return s;
  if (f.type == Frame::Type::List && prev && (is(*prev, "[") || is(*prev, ",")) && f.field) {
    s.what = What::Value;
    s.field = f.field;
    s.written = f.written;
    return s;
  }
  if (f.type == Frame::Type::Block && prev && is(*prev, ":") && w.field_colon()) {
    if (!f.field) return s;
    s.what = What::Value;
    s.kind = f.kind;
    s.field = f.field;
    return s;
  }
  if (f.rule) {
    if (prev) rule_site(s, w, toks, same_line);
    if (s.what == What::Fields) {
      s.rule = true;
      s.kind = schema::find_kind("rule");
      s.written = f.type == Frame::Type::Block ? f.written : std::vector<std::string>{};
    }
    return s;
  }
  if (f.type == Frame::Type::Block && (!same_line || (prev && is(*prev, "{")))) {
    s.what = f.kind ? What::Fields : What::Nothing;
    s.kind = f.kind;
    s.written = f.written;
  }
  return s;
}

}  // namespace kubus::lsp
