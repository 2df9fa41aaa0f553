// Language blocks (docs/language.md, "Language blocks"): `nl { title: "..." }`
// inside a declaration gives its display texts in another language. Which
// texts a block may give is the schema's (FieldSpec::translatable, and every
// kind's title), so one pass serves every kind.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "model/loader.h"
#include "support/text.h"

namespace kubus::model {
namespace {

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace

void Loader::language_block(const Entity& e, const ast::Member& m, std::vector<Lang>& seen) {
  const auto& spec = m_.spec(e);
  std::optional<Lang> lang = parse_language(m.key.text);
  if (!lang) {
    std::vector<std::string> names = language_codes();
    for (const auto& f : spec.fields)
      if (f.type == schema::Type::Block) names.emplace_back(f.name);
    auto guess = closest(m.key.text, names);
    diags_.add(Code::UnknownBlock, m.key.span,
               std::string(spec.name) + " has no block " + q(m.key.text),
               guess ? "did you mean '" + *guess + "'?"
                     : "a block inside a declaration gives its texts in another language and is named by a "
                       "language code: " + listed(language_codes()));
    return;
  }
  if (!e.decl) {  // a nested block such as feedback: its texts belong to the declaration around it
    diags_.add(Code::NotTranslatable, m.key.span, "a " + std::string(spec.name) + " block holds no language block",
               "write the language block in the declaration itself");
    return;
  }
  if (std::find(seen.begin(), seen.end(), *lang) != seen.end()) {
    diags_.add(Code::DuplicateField, m.key.span, "language block " + q(m.key.text) + " given twice",
               "merge the two blocks");
    return;
  }
  seen.push_back(*lang);
  std::vector<const ast::Member*> given;
  for (const auto& text : m.members) block_text(e, *lang, text, given);
}

void Loader::block_text(const Entity& e, Lang lang, const ast::Member& text, std::vector<const ast::Member*>& given) {
  const auto& spec = m_.spec(e);
  bool is_title = text.key.text == "title";
  int fi = is_title ? kTitleField : schema::field_index(spec, text.key.text);
  std::string texts = "the texts of a " + std::string(spec.name) + " are: " + listed(schema::translatable_names(spec));
  if (!is_title && fi < 0) {
    auto guess = closest(text.key.text, schema::translatable_names(spec));
    diags_.add(Code::UnknownField, text.key.span, std::string(spec.name) + " has no text " + q(text.key.text),
               guess ? "did you mean '" + *guess + "'?" : texts);
    return;
  }
  if (!is_title && !spec.fields[static_cast<std::size_t>(fi)].translatable) {
    diags_.add(Code::NotTranslatable, text.key.span,
               q(text.key.text) + " of a " + std::string(spec.name) + " is no text a language block can give",
               "write it once, outside the block; " + texts);
    return;
  }
  auto same = std::find_if(given.begin(), given.end(), [&](const ast::Member* g) { return g->key.text == text.key.text; });
  if (same != given.end()) {
    diags_.add(Code::DuplicateField, text.key.span, "text " + q(text.key.text) + " given twice in this block",
               "keep one of them")
        .related.push_back({(*same)->key.span, "first given here"});
    return;
  }
  given.push_back(&text);
  Variant v;
  v.entity = static_cast<Index>(&e - m_.entities.data());
  v.field = fi;
  v.lang = lang;
  v.value = &text.value;
  if (!is_title && spec.fields[static_cast<std::size_t>(fi)].list) {
    if (list_variant(spec.fields[static_cast<std::size_t>(fi)], text, v)) m_.variants.push_back(std::move(v));
    return;
  }
  if (text.is_block || text.value.kind != ast::ValueKind::String) {
    Span at = text.is_block ? text.key.span : text.value.span;
    diags_.add(Code::WrongType, at, q(text.key.text) + " in a language block is text",
               "write " + std::string(text.key.text) + ": \"...\"");
    return;
  }
  v.text = decoded(text.value.text, m_.strings);
  m_.variants.push_back(std::move(v));
}

bool Loader::list_variant(const schema::FieldSpec& f, const ast::Member& text, Variant& v) {
  bool texts = !text.is_block && text.value.kind == ast::ValueKind::List &&
               std::all_of(text.value.items.begin(), text.value.items.end(),
                           [](const ast::Value& item) { return item.kind == ast::ValueKind::String; });
  if (!texts) {
    diags_.add(Code::WrongType, text.is_block ? text.key.span : text.value.span,
               q(f.name) + " in a language block is a list of texts",
               "write " + std::string(f.name) + ": [\"...\", \"...\"]");
    return false;
  }
  for (const auto& item : text.value.items) v.items.push_back(decoded(item.text, m_.strings));
  return check_item_count(f, v.items.size(), text.value.span);
}

bool Loader::check_item_count(const schema::FieldSpec& f, std::size_t n, Span at) {
  if (f.items == 0 || n == f.items) return true;
  diags_.add(Code::WrongItemCount, at,
             fmt::format("'{}' has {} item{}; it takes exactly {}", f.name, n, n == 1 ? "" : "s", f.items),
             std::string(f.doc));
  return false;
}

// A list in a language block says as many things as the base list: a Dutch
// questionnaire asks what the English one asks, question for question.
void Loader::check_variant_lists(const Entity& e, std::size_t first) {
  const auto& spec = m_.spec(e);
  for (std::size_t i = first; i < m_.variants.size(); ++i) {
    const Variant& v = m_.variants[i];
    if (v.field == kTitleField) continue;
    const auto& f = spec.fields[static_cast<std::size_t>(v.field)];
    const Val& base = e.fields[static_cast<std::size_t>(v.field)];
    if (!f.list || f.items != 0 || base.tag != Val::Tag::List || base.items.size() == v.items.size()) continue;
    diags_.add(Code::WrongItemCount, v.value->span,
               fmt::format("'{}' in the {} block has {} item{}, the base text {}", f.name, code_of(v.lang),
                           v.items.size(), v.items.size() == 1 ? "" : "s", base.items.size()),
               "give the same " + std::string(f.name) + " in every language, in the same order")
        .related.push_back({base.span, "the base list"});
  }
}

void Loader::sort_variants() {
  std::sort(m_.variants.begin(), m_.variants.end(), [](const Variant& a, const Variant& b) {
    return std::tie(a.entity, a.field, a.lang) < std::tie(b.entity, b.field, b.lang);
  });
}

}  // namespace kubus::model
