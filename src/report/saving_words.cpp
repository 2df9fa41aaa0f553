#include "report/saving_words.h"

#include "report/view_parts.h"

namespace kubus::report {

using view::say;

std::string shifts_words(Lang lang, const plan::Initiative& in) {
  std::string out;
  for (const plan::Shift& s : in.shifts)
    out += (out.empty() ? "" : ", ") + say(lang, "{share} {from} → {to}", fmt::arg("share", i18n::percent(lang, s.share / 100)),
                                           fmt::arg("from", s.from), fmt::arg("to", s.to));
  return out;
}

std::string no_saving_words(Lang lang, const plan::Saving& saving) {
  switch (saving.why) {
    case plan::NoSaving::None:
    case plan::NoSaving::NoShifts: return {};
    case plan::NoSaving::NoVolume: return i18n::tr(lang, "no touchpoint on the channel it shifts from has a volume");
    case plan::NoSaving::NoCost:
      return say(lang, "{channel} has no cost per contact", fmt::arg("channel", saving.channel));
    case plan::NoSaving::OtherCurrency:
      return say(lang, "the cost per contact of {channel} is in {currency}, not in the budget's currency",
                 fmt::arg("channel", saving.channel), fmt::arg("currency", saving.currency));
  }
  return {};
}

std::string saving_words(Lang lang, const plan::Saving& saving, const std::string& currency) {
  if (saving.amount) return i18n::money(lang, *saving.amount, currency);
  if (saving.why == plan::NoSaving::NoShifts) return {};
  return say(lang, "none: {why}", fmt::arg("why", no_saving_words(lang, saving)));
}

}  // namespace kubus::report
