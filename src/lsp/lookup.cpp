#include "lsp/lookup.h"

#include <algorithm>
#include <filesystem>

#include "lsp/index.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::lsp {
namespace {

bool under(const std::string& path, const std::string& dir) {
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/';
}

MemberAt member_in(std::span<const ast::Member> members, const schema::KindSpec* kind, std::uint32_t line,
                   std::uint32_t col) {
  for (const auto& m : members) {
    if (!holds(m.span(), line, col)) continue;
    if (m.is_block)
      if (const auto* nested = schema::find_kind(m.key.text); nested && nested->nested) {
        MemberAt inner = member_in(m.members, nested, line, col);
        if (inner.member) return inner;
      }
    return {&m, kind};
  }
  return {};
}

}  // namespace

const ast::Decl* decl_at(const ast::File& file, std::uint32_t line, std::uint32_t col) {
  for (const auto& d : file.decls)
    if (holds(d.span, line, col)) return &d;
  return nullptr;
}

const schema::KindSpec* kind_of(const ast::Decl& d) {
  if (d.kind == ast::DeclKind::Use) return nullptr;
  const auto* k = schema::find_kind(d.kind == ast::DeclKind::Rule ? std::string_view("rule") : d.keyword_or_kind.text);
  return k && !k->nested && !k->implicit ? k : nullptr;
}

MemberAt member_at(const ast::Decl& d, std::uint32_t line, std::uint32_t col) {
  const schema::KindSpec* kind = kind_of(d);
  if (d.kind != ast::DeclKind::Rule) return member_in(d.members, kind, line, col);
  for (const auto& item : d.items)
    if (item.kind == ast::RuleItemKind::Field && holds(item.field.span(), line, col)) return {&item.field, kind};
  return {};
}

// The loader's rules (docs/language.md §3), applied to the files it loaded:
// a library is `DIR/NAME/` or `DIR/NAME.kubus` in the first directory of the
// library path that has it; a quoted path is relative to the file that says it.
std::vector<std::string> use_targets(const Workspace& ws, const Snapshot& snap, const ast::Decl& use,
                                     const std::string& from) {
  std::vector<std::string> candidates;
  if (!use.title.empty()) {
    std::string p = (fs::path(from).parent_path() / unescape(use.title)).lexically_normal().generic_string();
    candidates = {p, p + ".kubus"};
  } else {
    for (const auto& dir : ws.load_options().library_path) {
      std::string p = (fs::path(dir) / std::string(use.id.text)).lexically_normal().generic_string();
      candidates.push_back(p);
      candidates.push_back(p + ".kubus");
    }
  }
  for (const auto& c : candidates) {
    std::vector<std::string> found;
    for (const auto& [path, tree] : snap.trees())
      if (path == c || under(path, c)) found.push_back(path);
    if (!found.empty()) {
      std::sort(found.begin(), found.end());
      return found;
    }
  }
  return {};
}

}  // namespace kubus::lsp
