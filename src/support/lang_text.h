// A display text of the library or the model (a title, a level name, a
// description) with its variants per language: written as one plain string in
// its file's base language, or as variants such as `{en: "...", nl: "..."}`
// (docs/design.md, "Text in the library and the model").
#pragma once
#include <array>
#include <string>

#include "support/language.h"

namespace kubus {

class Text {
 public:
  Text() = default;
  // A plain string, in the base language of the file it comes from.
  explicit Text(std::string text, Lang base = kDefaultLang) : base_(base) { set(base, std::move(text)); }

  void set(Lang lang, std::string text) { variants_[static_cast<std::size_t>(lang)] = std::move(text); }
  // The text in `lang`; without that variant the base text, and without a
  // base text the first variant given (a map that leaves out the base language).
  const std::string& in(Lang lang) const;
  const std::string& base() const { return in(base_); }
  Lang base_language() const { return base_; }
  // Whether `lang` has a variant of its own (not a fallback).
  bool has(Lang lang) const { return !variants_[static_cast<std::size_t>(lang)].empty(); }
  bool empty() const { return base().empty(); }

 private:
  std::array<std::string, kLanguages.size()> variants_;
  Lang base_ = kDefaultLang;
};

}  // namespace kubus
