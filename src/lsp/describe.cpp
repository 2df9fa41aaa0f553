#include "lsp/describe.h"

#include <fmt/format.h>

namespace kubus::lsp {

std::string type_text(const schema::FieldSpec& f) {
  std::string t;
  switch (f.type) {
    case schema::Type::Enum: {
      for (auto c : f.choices) t += (t.empty() ? "" : " | ") + std::string(c);
      t = "one of " + t;
      break;
    }
    case schema::Type::Ref: {
      for (auto c : f.choices) t += (t.empty() ? "" : " or ") + std::string(c);
      t = "→ " + t;
      break;
    }
    case schema::Type::Quantity:
      t = f.dim == schema::Dim::None ? "quantity (any unit)" : std::string(schema::dim_name(f.dim));
      break;
    case schema::Type::Number:
      t = f.integer ? "whole number" : "number";
      if (f.min && f.max) t += fmt::format(" {:g}..{:g}", *f.min, *f.max);
      break;
    case schema::Type::Ident: t = "name"; break;
    case schema::Type::Comparison: t = "target, e.g. >= 30"; break;
    case schema::Type::Handoff: t = "handoff a -> b"; break;
    case schema::Type::Block: t = "block { ... }"; break;
    default: t = std::string(schema::type_name(f.type)); break;
  }
  if (f.list) t = "list of " + t;
  if (f.required) t += ", required";
  if (!f.default_value.empty()) t += ", default " + std::string(f.default_value);
  return t;
}

std::string headline(const model::Model& m, const model::Entity& e) {
  std::string out = std::string(m.spec(e).name) + " " + std::string(e.id);
  if (!e.title.empty()) out += " " + std::string(e.title);
  return out;
}

std::string display_path(const Workspace& ws, const std::string& path) {
  const std::string& root = ws.root();
  if (!root.empty() && path.size() > root.size() + 1 && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/')
    return path.substr(root.size() + 1);
  return path;
}

Markup& Markup::text(std::string_view s) {
  if (!md_) {
    out_ += s;
    return *this;
  }
  for (char c : s) {
    if (std::string_view("\\`*_[]<>").find(c) != std::string_view::npos) out_ += '\\';
    out_ += c;
  }
  return *this;
}

Markup& Markup::strong(std::string_view s) {
  if (md_) out_ += "**";
  text(s);
  if (md_) out_ += "**";
  return *this;
}

Markup& Markup::code(std::string_view s) {
  if (!md_) {
    out_ += s;
    return *this;
  }
  // A code span is delimited by more backticks than it holds in a row.
  std::string fence = s.find('`') == std::string_view::npos ? "`" : "`` ";
  out_ += fence;
  out_ += s;
  out_ += fence == "`" ? "`" : " ``";
  return *this;
}

Markup& Markup::block(std::string_view s) {
  if (md_) out_ += "```kubus\n";
  out_ += s;
  if (!s.empty() && s.back() != '\n') out_ += '\n';
  if (md_) out_ += "```\n";
  return *this;
}

Markup& Markup::paragraph() {
  while (!out_.empty() && out_.back() == '\n') out_.pop_back();
  out_ += "\n\n";
  return *this;
}

}  // namespace kubus::lsp
