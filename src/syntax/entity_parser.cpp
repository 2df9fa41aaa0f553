#include "syntax/entity_parser.h"

#include <antlr4-runtime.h>

#include <span>

#include "KubusParser.h"
#include "support/text.h"
#include "syntax/parse.h"

namespace kubus::syntax {
namespace {

using P = kubus_antlr::KubusParser;

struct Sig {
  const LexToken* tok;
  std::size_t type;  // after unit marking, as the parser sees it
};

bool is_name(std::size_t t) { return t == P::IDENT || (t >= P::USE && t <= P::NO); }
bool is_cmp(std::size_t t) { return t >= P::EQ && t <= P::GE; }

}  // namespace

// Recursive descent over the grammar's entityDecl, block, member, value, scalar
// and quantity rules; every failure is a plain `false`, never a diagnostic.
class EntityParser::Impl {
 public:
  bool parse(const ChunkText& chunk, const std::vector<LexToken>& tokens, std::vector<ast::Decl>& decls,
             std::vector<ast::Comment>& comments);

 private:
  bool file(std::vector<ast::Decl>& out) {
    while (type() != antlr4::Token::EOF) {
      if (!entity(out.emplace_back())) return false;
    }
    return true;
  }

  std::size_t type() const { return sig_[i_].type; }
  const LexToken& tok() const { return *sig_[i_].tok; }
  const LexToken& prev() const { return *sig_[i_ - 1].tok; }

  std::string_view text(const LexToken& t) const {
    return std::string_view(c_->file.text).substr(c_->begin + t.begin, t.end - t.begin);
  }
  Span span(const LexToken& t) const {
    std::uint32_t line = c_->first_line + t.line - 1;
    return Span{c_->id, line, t.col + 1, line, t.col + 1 + static_cast<std::uint32_t>(t.stop - t.start + 1)};
  }
  Span join(const LexToken& a, const LexToken& b) const {
    Span s = span(a);
    Span e = span(b);
    s.end_line = e.end_line;
    s.end_col = e.end_col;
    return s;
  }
  ast::Name name() {
    const LexToken& t = tok();
    ++i_;
    return {text(t), span(t)};
  }

  bool entity(ast::Decl& d) {
    // `use` and `rule` open their own statements (the grammar lists them first).
    if (type() == P::USE || type() == P::RULE || !is_name(type())) return false;
    const LexToken& first = tok();
    d.kind = ast::DeclKind::Entity;
    d.keyword_or_kind = name();
    if (!is_name(type())) return false;
    d.id = name();
    if (type() == P::STRING) {
      d.title = text(tok());
      d.title_span = span(tok());
      ++i_;
    }
    if (type() == P::LBRACE) {
      d.has_block = true;
      if (!block(d.members)) return false;
    }
    d.span = join(first, prev());
    return true;
  }

  // Members and list items are gathered in per-depth scratch vectors that keep
  // their capacity, then moved into a vector of exactly the right size: growing
  // each block's vector by doubling dominated the profile.
  bool block(ast::Array<ast::Member>& members) {
    ++i_;  // '{'
    if (depth_ == kLevels) return false;
    auto& scratch = members_[depth_++];
    while (type() != P::RBRACE) {
      if (!member(scratch.emplace_back())) return false;
    }
    ++i_;
    members = ast::Array<ast::Member>::adopt(scratch);
    scratch.clear();
    --depth_;
    return true;
  }


  bool member(ast::Member& m) {
    if (!is_name(type())) return false;
    m.key = name();
    if (type() == P::COLON) {
      ++i_;
      return value(m.value);
    }
    if (type() != P::LBRACE) return false;
    const LexToken& open = tok();
    m.is_block = true;
    if (!block(m.members)) return false;
    m.value.span = join(open, prev());
    return true;
  }

  bool leaf(ast::Value& v, ast::ValueKind kind) {
    v.kind = kind;
    v.span = span(tok());
    v.text = text(tok());
    v.boolean = type() == P::TRUE;
    ++i_;
    return true;
  }

  bool quantity(ast::Value& v) {
    const LexToken& first = tok();
    if (type() == P::MINUS) ++i_;
    if (type() != P::NUMBER) return false;
    const LexToken& num = tok();
    ++i_;
    v.kind = ast::ValueKind::Quantity;
    // The sign belongs to the number text; `-` and the digits may be apart.
    v.text = std::string_view(c_->file.text).substr(c_->begin + first.begin, num.end - first.begin);
    if (type() == P::UNIT) {
      v.aux = text(tok());
      ++i_;
    }
    v.span = join(first, prev());
    return true;
  }

  bool scalar(ast::Value& v) {
    switch (type()) {
      case P::MINUS:
      case P::NUMBER: return quantity(v);
      case P::STRING: return leaf(v, ast::ValueKind::String);
      case P::DATE: return leaf(v, ast::ValueKind::Date);
      case P::QUARTER: return leaf(v, ast::ValueKind::Quarter);
      case P::TRUE:
      case P::FALSE: return leaf(v, ast::ValueKind::Bool);
      default: return is_name(type()) && leaf(v, ast::ValueKind::Ref);
    }
  }

  bool comparison(ast::Value& v, const LexToken& first) {
    v.kind = ast::ValueKind::Comparison;
    static constexpr ast::CmpOp kOps[] = {ast::CmpOp::Eq, ast::CmpOp::Ne, ast::CmpOp::Le,
                                          ast::CmpOp::Ge, ast::CmpOp::Lt, ast::CmpOp::Gt};
    v.op = kOps[type() - P::EQ];
    ++i_;
    ast::Value target;
    if (!scalar(target)) return false;
    v.items = ast::Array<ast::Value>::adopt(std::span(&target, 1));
    v.span = join(first, prev());
    return true;
  }

  bool list(ast::Value& v) {
    const LexToken& first = tok();
    v.kind = ast::ValueKind::List;
    ++i_;  // '['
    if (depth_ == kLevels) return false;
    auto& scratch = items_[depth_++];
    while (type() != P::RBRACK) {
      if (!value(scratch.emplace_back())) return false;
      if (type() == P::COMMA) ++i_;
      else if (type() != P::RBRACK) return false;
    }
    ++i_;
    v.items = ast::Array<ast::Value>::adopt(scratch);
    scratch.clear();
    --depth_;
    v.span = join(first, prev());
    return true;
  }

  bool value(ast::Value& v) {
    std::size_t t = type();
    switch (t) {
      case P::STRING: return leaf(v, ast::ValueKind::String);
      case P::TRUE:
      case P::FALSE: return leaf(v, ast::ValueKind::Bool);
      case P::DATE: return leaf(v, ast::ValueKind::Date);
      case P::QUARTER: return leaf(v, ast::ValueKind::Quarter);
      case P::MINUS:
      case P::NUMBER: return quantity(v);
      case P::LBRACK: return list(v);
      default: break;
    }
    if (is_cmp(t)) return comparison(v, tok());
    if (!is_name(t)) return false;
    std::size_t next = sig_[i_ + 1].type;
    if (next == P::ARROW) {
      const LexToken& first = tok();
      v.kind = ast::ValueKind::Handoff;
      v.aux = name().text;
      ++i_;
      if (!is_name(type())) return false;
      v.text = text(tok());
      ++i_;
      v.span = join(first, prev());
      return true;
    }
    if (is_cmp(next)) {
      const LexToken& first = tok();
      v.aux = name().text;
      return comparison(v, first);
    }
    return leaf(v, ast::ValueKind::Ref);
  }

  const ChunkText* c_ = nullptr;
  std::vector<Sig> sig_;
  std::size_t i_ = 0;
  // Fixed size, so that a level's reference stays valid while deeper ones fill;
  // the chunker already refuses nesting past kMaxNesting.
  static constexpr std::size_t kLevels = kMaxNesting + 1;
  std::size_t depth_ = 0;
  std::vector<std::vector<ast::Member>> members_ = std::vector<std::vector<ast::Member>>(kLevels);
  std::vector<std::vector<ast::Value>> items_ = std::vector<std::vector<ast::Value>>(kLevels);
};

EntityParser::EntityParser() : impl_(std::make_unique<Impl>()) {}
EntityParser::~EntityParser() = default;

bool EntityParser::parse(const ChunkText& chunk, const std::vector<LexToken>& tokens, std::vector<ast::Decl>& decls,
                         std::vector<ast::Comment>& comments) {
  return impl_->parse(chunk, tokens, decls, comments);
}

bool EntityParser::Impl::parse(const ChunkText& chunk, const std::vector<LexToken>& tokens,
                               std::vector<ast::Decl>& decls, std::vector<ast::Comment>& comments) {
  c_ = &chunk;
  sig_.clear();
  i_ = 0;
  depth_ = 0;
  for (auto& level : members_) level.clear();
  for (auto& level : items_) level.clear();
  std::size_t first_comment = comments.size();
  std::size_t prefix_run = 0;
  // The checks of ChunkParser::lexical_pass: any finding there means a diagnostic,
  // which only the ANTLR path reports.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const LexToken& t = tokens[i];
    std::size_t type = t.type;
    if (type == P::COMMENT) {
      std::string_view text = std::string_view(chunk.file.text).substr(chunk.begin + t.begin, t.end - t.begin);
      comments.push_back({chunk.first_line + t.line - 1, t.col + 1, text});
      continue;
    }
    // ... and an unknown escape, which the ANTLR path reports too.
    if (type == P::ERROR_CHAR || type == P::UNTERMINATED_STRING ||
        (type == P::STRING && find_unknown_escape(std::string_view(chunk.file.text).substr(chunk.begin + t.begin, t.end - t.begin)))) {
      comments.resize(first_comment);
      return false;
    }
    // A word, `%` or `/word` right after a number on the same line is its unit.
    if (i > 0 && tokens[i - 1].type == P::NUMBER && tokens[i - 1].line == t.line &&
        (type == P::IDENT || type == P::PERCENT || type == P::PER_UNIT))
      type = P::UNIT;
    if (type == P::NOT || type == P::MINUS || type == P::ALL || type == P::ANY || type == P::NO) {
      if (++prefix_run > static_cast<std::size_t>(kMaxNesting)) {
        comments.resize(first_comment);
        return false;
      }
    } else if (type != P::IDENT && type != P::IN && type != P::COLON && type != P::DOT) {
      prefix_run = 0;
    }
    sig_.push_back({&t, type});
  }
  std::size_t first_decl = decls.size();
  if (!file(decls)) {
    decls.resize(first_decl);
    comments.resize(first_comment);
    return false;
  }
  return true;
}

}  // namespace kubus::syntax
