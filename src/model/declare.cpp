// The declaration pass: every declaration becomes an entity of a known kind
// with an ID unique within its kind.
#include <algorithm>

#include "model/loader.h"
#include "support/text.h"

namespace kubus::model {
namespace {

// The ID is copied in beside its declaration so that sorting does not chase a
// pointer per comparison.
struct Pending {
  int kind;
  std::string_view id;
  const ast::Decl* decl;
};

std::string kind_help(std::string_view kind) {
  if (kind == "feedback") return "feedback is written as a block inside a touchpoint: feedback { ... }";
  if (kind == "handoff") return "handoffs are written on the touchpoint they start from: next: [b, c]";
  if (auto guess = closest(kind, schema::kind_names())) return "did you mean '" + *guess + "'?";
  std::string all;
  for (const auto& k : schema::kind_names()) all += (all.empty() ? "" : ", ") + k;
  return "the kinds are: " + all;
}

// The entity and rule declarations of the loaded files, in load order; a
// declaration of an unknown kind is reported and left out.
std::vector<Pending> pending(const Model& m, Diagnostics& diags) {
  std::vector<Pending> all;
  const int rule_kind = schema::kind_index("rule");
  for (const auto& file : m.files) {
    for (const auto& d : file->decls) {
      if (d.kind == ast::DeclKind::Use) continue;
      int k = d.kind == ast::DeclKind::Rule ? rule_kind : schema::kind_index(d.keyword_or_kind.text);
      const auto* spec = k < 0 ? nullptr : &schema::kinds()[static_cast<std::size_t>(k)];
      if (!spec || spec->nested || spec->implicit || (d.kind == ast::DeclKind::Entity && k == rule_kind)) {
        diags.add(Code::UnknownKind, d.keyword_or_kind.span,
                  "unknown kind '" + std::string(d.keyword_or_kind.text) + "'", kind_help(d.keyword_or_kind.text));
        continue;
      }
      all.push_back({k, d.id.text, &d});
    }
  }
  return all;
}

// Whether all[i] repeats the (kind, ID) of the one before it (sorted); reports
// it, pointing at the first of the run, which is the one kept.
bool duplicate(const std::vector<Pending>& all, std::size_t i, const schema::KindSpec& spec, Diagnostics& diags) {
  const Pending& p = all[i];
  if (i == 0 || all[i - 1].kind != p.kind || all[i - 1].id != p.id) return false;
  std::size_t first = i;
  while (first > 0 && all[first - 1].kind == p.kind && all[first - 1].id == p.id) --first;
  diags.add(Code::DuplicateId, p.decl->id.span,
            "duplicate " + std::string(spec.name) + " '" + std::string(p.decl->id.text) + "'",
            "IDs are unique per kind; rename one of them")
      .related.push_back({all[first].decl->id.span, "first declared here"});
  return true;
}

}  // namespace

std::string_view unquote(std::string_view literal) {
  if (literal.size() >= 2 && literal.front() == '"') return literal.substr(1, literal.size() - 2);
  return literal;
}

void Loader::declare() {
  for (const auto& file : m_.files)
    for (auto id : file->broken_ids) broken_ids_.insert(id);
  std::vector<Pending> all = pending(m_, diags_);
  // Stable: among duplicates the first loaded stays first and is the one kept.
  std::stable_sort(all.begin(), all.end(), [](const Pending& a, const Pending& b) {
    return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
  });

  const auto& kinds = schema::kinds();
  m_.kind_range.assign(kinds.size(), {0, 0});
  m_.ids.reserve(all.size());
  m_.entities.reserve(all.size());
  std::vector<std::size_t> per_kind(kinds.size(), 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Pending& p = all[i];
    const auto& spec = kinds[static_cast<std::size_t>(p.kind)];
    if (duplicate(all, i, spec, diags_)) continue;
    if (spec.max_count > 0 && per_kind[static_cast<std::size_t>(p.kind)] >= static_cast<std::size_t>(spec.max_count)) {
      Index kept = m_.kind_range[static_cast<std::size_t>(p.kind)].first;
      diags_.add(Code::TooManyOrganisations, p.decl->id.span,
                 "a model has at most one " + std::string(spec.name), "merge the two declarations")
          .related.push_back({m_.entities[kept].id_span, "the first " + std::string(spec.name)});
      continue;
    }
    auto idx = static_cast<Index>(m_.entities.size());
    if (per_kind[static_cast<std::size_t>(p.kind)]++ == 0) m_.kind_range[static_cast<std::size_t>(p.kind)].first = idx;
    m_.kind_range[static_cast<std::size_t>(p.kind)].second = idx + 1;
    Entity e;
    e.kind = static_cast<std::uint16_t>(p.kind);
    e.id = p.decl->id.text;
    e.title = decoded(p.decl->title, m_.strings);
    e.span = p.decl->span;
    e.id_span = p.decl->id.span;
    e.decl = p.decl;
    m_.ids.insert(e.kind, e.id, idx);
    m_.entities.push_back(std::move(e));
  }
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (per_kind[k] == 0) m_.kind_range[k] = {static_cast<Index>(m_.entities.size()), static_cast<Index>(m_.entities.size())};
}

}  // namespace kubus::model
