// Where each entity is named: its declaration and every reference to it, in
// entity fields, `next` lists, handoffs (`covers: a -> b`) and rule
// expressions. Built from the checked model and the compiled rules, so it
// knows exactly what the checker resolved; a name that did not resolve is in
// no occurrence.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "rules/check.h"

namespace kubus::lsp {

// Whether a cursor at (line, col) is on `s`: its end column counts too, so a
// cursor just after a name is on it.
bool holds(const Span& s, std::uint32_t line, std::uint32_t col);

struct Occurrence {
  Span span;
  model::Index entity = model::kNone;
  bool declaration = false;
};

class SymbolIndex {
 public:
  SymbolIndex(const model::Model& m, const std::vector<rules::CheckedRule>& rules);

  // The occurrence of `file` that holds (line, col).
  const Occurrence* at(FileId file, std::uint32_t line, std::uint32_t col) const;
  // Every occurrence of an entity, its declaration first, then in file and position order.
  std::vector<Occurrence> of(model::Index entity) const;

 private:
  void add(Span span, model::Index entity, bool declaration);
  void add_value(const model::Model& m, const model::Val& v);
  void add_node(const rules::Node& n);

  std::unordered_map<FileId, std::vector<Occurrence>> by_file_;  // sorted by position
  std::vector<std::vector<Occurrence>> by_entity_;
};

}  // namespace kubus::lsp
