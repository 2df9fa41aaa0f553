// The languages Kubus writes its reports in: one enumerator per language and
// one name table. English is the default and the fallback for any text that
// has no variant in the language asked for (docs/design.md, "Languages").
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/name_table.h"

namespace kubus {

enum class Lang : std::uint8_t { En, Nl };

struct LangName {
  Lang lang;
  std::string_view code;  // as `--lang`, `language:` and a .kubus language block write it
};

inline constexpr std::array<LangName, 2> kLanguages = {{
    {Lang::En, "en"},
    {Lang::Nl, "nl"},
}};

static_assert(in_enum_order(kLanguages, &LangName::lang), "kLanguages lists the languages in enumerator order");

inline constexpr Lang kDefaultLang = Lang::En;

constexpr std::string_view code_of(Lang l) { return kLanguages[static_cast<std::size_t>(l)].code; }

// The language a code names; nullopt for any other word (the caller lists language_codes()).
constexpr std::optional<Lang> parse_language(std::string_view code) {
  return find_word(kLanguages, &LangName::lang, &LangName::code, code);
}

// Every code, in enumerator order: for "the languages are ..." and did-you-mean help.
inline std::vector<std::string> language_codes() {
  std::vector<std::string> out;
  for (const auto& l : kLanguages) out.emplace_back(l.code);
  return out;
}

}  // namespace kubus
