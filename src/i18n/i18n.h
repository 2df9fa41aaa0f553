// The tool's own words in the report's language (docs/design.md, "Languages"):
// gettext catalogues, English text as the msgid, po/<code>/*.po in the source
// tree compiled at build time and read with Boost.Locale. Every heading,
// legend, sentence, unit and name the writers print goes through `tr`; a
// sentence with parameters uses fmt's named arguments in its msgid, so a
// translation may reorder them:
//   fmt::format(fmt::runtime(i18n::tr(lang, "{n} handoffs without an SLA")), fmt::arg("n", 3))
// Numbers, money and dates are formatted per language here too, never by hand
// in a writer.
#pragma once
#include <array>
#include <locale>
#include <string>
#include <string_view>
#include <vector>

#include "support/language.h"

namespace kubus::i18n {

// The translation of `msgid` into `lang`; the msgid itself in English and
// when the catalogue has no entry (a test lists such entries, so none ships).
std::string tr(Lang lang, std::string_view msgid);
// The same with a disambiguating context (gettext's msgctxt), for a short word
// used in more than one sense ("use" the phase, "use" the verb).
std::string trc(Lang lang, std::string_view context, std::string_view msgid);
// The form of `singular`/`plural` that fits `n`, by the language's plural rule.
std::string trn(Lang lang, std::string_view singular, std::string_view plural, long n);

// The catalogues of one gettext domain, one locale per language, generated
// once: DIR/<code>/LC_MESSAGES/DOMAIN.mo in the first of `dirs` that has it.
// A language without a catalogue (English) gets the msgids back. tr, trc and
// trn read installed(); a test may build its own.
class Catalogues {
 public:
  Catalogues(const std::vector<std::string>& dirs, const std::string& domain);
  std::string tr(Lang lang, std::string_view msgid) const;
  std::string trc(Lang lang, std::string_view context, std::string_view msgid) const;
  std::string trn(Lang lang, std::string_view singular, std::string_view plural, long n) const;
  // The language's locale: its messages and ICU's formats (dates).
  const std::locale& locale(Lang lang) const { return locales_[static_cast<std::size_t>(lang)]; }

  // Kubus's catalogues (domain "kubus") in catalogue_dirs(), generated on first
  // use (thread-safe).
  static const Catalogues& installed();

 private:
  std::array<std::locale, kLanguages.size()> locales_;
};

// Where Kubus's catalogues are looked for, relative to the running program
// (/proc/self/exe), so no system locale is needed: share/locale beside it (the
// build's kubus), the installed locale directory seen from the installed
// binary directory (../share/locale), and ../share/locale (the build's tests).
std::vector<std::string> catalogue_dirs();

// 628300 -> "628.300" (nl), "628,300" (en); `decimals` digits after the separator.
std::string number(Lang lang, double value, int decimals = 0);
// 628300, "EUR" -> "€ 628.300" (nl), "EUR 628,300" (en); whole units, or
// `decimals` digits (a cost per contact: 0.35 -> "€ 0,35").
std::string money(Lang lang, double amount, std::string_view currency, int decimals = 0);
// 0.56 -> "56%" (en), "56%" (nl): a share of 1, rounded to whole percents.
std::string percent(Lang lang, double share);
// 6 -> "6 person-months" (en), "6 persoonsmaanden" (nl); 1 -> "1 person-month";
// a fraction (1.5) has one decimal and the plural, as both languages write it.
std::string effort(Lang lang, double person_months);
// "2026-11-02" -> "2 November 2026" (en), "2 november 2026" (nl), the month
// names from ICU's data; another text (no real date) is returned as it is.
std::string date(Lang lang, std::string_view iso_date);

}  // namespace kubus::i18n
