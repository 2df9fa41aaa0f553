#include "model/model.h"

#include <algorithm>
#include <tuple>

namespace kubus::model {

Index Model::find(std::string_view kind, std::string_view id) const {
  int k = schema::kind_index(kind);
  if (k < 0) return kNone;
  return ids.find(static_cast<std::size_t>(k), id);
}

Index Model::find_handoff(Index from, Index to) const {
  auto key = [&](const Handoff& h) { return std::pair(entities[h.from].id, entities[h.to].id); };
  auto want = std::pair(entities[from].id, entities[to].id);
  auto it = std::lower_bound(handoffs.begin(), handoffs.end(), want,
                             [&](const Handoff& h, const auto& w) { return key(h) < w; });
  if (it == handoffs.end() || it->from != from || it->to != to) return kNone;
  return static_cast<Index>(it - handoffs.begin());
}

std::vector<Index> Model::of_kind(std::string_view kind) const {
  std::vector<Index> out;
  int k = schema::kind_index(kind);
  if (k < 0) return out;
  auto [b, e] = kind_range[static_cast<std::size_t>(k)];
  for (Index i = b; i < e; ++i) out.push_back(i);
  return out;
}

std::pair<Index, Index> Model::elements(std::size_t kind) const {
  if (schema::kinds()[kind].implicit) return {0, static_cast<Index>(handoffs.size())};
  return kind_range[kind];
}

const Val& Model::field(const Entity& e, std::string_view name) const {
  static const Val absent;
  int i = schema::field_index(spec(e), name);
  return i < 0 ? absent : e.fields[static_cast<std::size_t>(i)];
}

std::string_view Model::display(const Entity& e) const {
  return e.title.empty() ? e.id : e.title;
}

const Variant* Model::variant(Index entity, std::int32_t field, Lang lang) const {
  auto key = [](const Variant& v) { return std::tuple(v.entity, v.field, v.lang); };
  auto it = std::lower_bound(variants.begin(), variants.end(), std::tuple(entity, field, lang),
                             [&](const Variant& v, const auto& k) { return key(v) < k; });
  return it != variants.end() && key(*it) == std::tuple(entity, field, lang) ? &*it : nullptr;
}

std::string_view Model::text(const Entity& e, std::int32_t field, Lang lang) const {
  // Only declared entities have language blocks; a nested block is no element of `entities`.
  bool declared = !entities.empty() && &e >= entities.data() && &e < entities.data() + entities.size();
  if (declared)
    if (const Variant* v = variant(static_cast<Index>(&e - entities.data()), field, lang)) return v->text;
  if (field == kTitleField) return e.title;
  const Val& v = e.fields[static_cast<std::size_t>(field)];
  return v.tag == Val::Tag::String ? v.text : std::string_view{};
}

std::string_view Model::text(const Entity& e, std::string_view field, Lang lang) const {
  int i = schema::field_index(spec(e), field);
  return i < 0 ? std::string_view{} : text(e, i, lang);
}

std::vector<std::string_view> Model::texts(const Entity& e, std::string_view field, Lang lang) const {
  int i = schema::field_index(spec(e), field);
  if (i < 0) return {};
  bool declared = !entities.empty() && &e >= entities.data() && &e < entities.data() + entities.size();
  if (declared)
    if (const Variant* v = variant(static_cast<Index>(&e - entities.data()), i, lang)) return v->items;
  std::vector<std::string_view> out;
  for (const Val& item : e.fields[static_cast<std::size_t>(i)].items)
    if (item.tag == Val::Tag::String) out.push_back(item.text);
  return out;
}

std::string_view Model::display(const Entity& e, Lang lang) const {
  std::string_view title = text(e, kTitleField, lang);
  return title.empty() ? e.id : title;
}

bool Model::in_library(FileId file) const {
  return std::binary_search(library_files.begin(), library_files.end(), file);
}

}  // namespace kubus::model
