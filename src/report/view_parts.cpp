#include "report/view_parts.h"

#include <cmath>

#include "report/text.h"

namespace kubus::report::view {

Cell text(std::string_view s, Tone tone) { return Cell{CellKind::Text, std::string(s), 0, false, tone, false, {}}; }
Cell code(std::string_view s) { return Cell{CellKind::Text, std::string(s), 0, false, Tone::None, true, {}}; }
Cell number(Lang lang, double v, int decimals) {
  return Cell{CellKind::Number, i18n::number(lang, round4(v), decimals), round4(v), false, Tone::None, false, {}};
}
Cell money(Lang lang, double v, std::string_view currency) {
  return Cell{CellKind::Money, i18n::money(lang, v, currency), std::round(v), false, Tone::None, false, {}};
}
Cell percent(Lang lang, double share) {
  return Cell{CellKind::Percent, i18n::percent(lang, share), round4(share), false, Tone::None, false, {}};
}
Cell level(int level, const std::string& name) {
  std::string shown = std::to_string(level) + (name.empty() ? "" : " " + name);
  return Cell{CellKind::Level, std::move(shown), double(level), false, Tone::None, false, {}};
}
Cell none(CellKind kind) { return Cell{kind, "–", 0, true, Tone::Muted, false, {}}; }

std::string more_text(Lang lang, std::size_t more) {
  return say_n(lang, "and {n} more (see report.json)", "and {n} more (see report.json)", static_cast<long>(more));
}

std::string and_more(Lang lang, std::size_t more) {
  return say_n(lang, "and {n} more", "and {n} more", static_cast<long>(more));
}

std::string shortened(std::string s, std::size_t limit) {
  if (s.size() <= limit) return s;
  auto cut = s.rfind(", ", limit);
  s.resize(cut == std::string::npos ? limit : cut);
  return s + ", …";
}

void cap(Lang lang, Table& t, std::size_t cap) {
  std::size_t total = t.rows.size();
  if (total > cap) t.rows.resize(cap);
  view::cap(lang, t, cap, total);
}

void cap(Lang lang, Table& t, std::size_t cap, std::size_t total) {
  t.hidden = total - t.rows.size();
  t.more = total > cap ? more_text(lang, total - cap) : std::string();
}

std::string engine_words(Lang lang, std::string_view words) {
  // The fixed words other stages write into their data (a confidence, a KPI's
  // orientation), each written out in a tr call so that
  // xgettext finds it; anything else is shown as it is.
  if (words == "low") return i18n::tr(lang, "low");
  if (words == "medium") return i18n::tr(lang, "medium");
  if (words == "high") return i18n::tr(lang, "high");
  if (words == "customer") return i18n::tr(lang, "customer");
  if (words == "internal") return i18n::tr(lang, "internal");
  return std::string(words);
}

std::string severity_title(Lang lang, Severity s) {
  switch (s) {
    case Severity::Error: return i18n::tr(lang, "Error");
    case Severity::Warning: return i18n::tr(lang, "Warning");
    case Severity::Note: break;
  }
  return i18n::tr(lang, "Advice");
}

std::string phase_title(Lang lang, std::string_view phase) {
  if (phase == "promise") return i18n::tr(lang, "Promise");
  if (phase == "deliver") return i18n::tr(lang, "Deliver");
  if (phase == "settle") return i18n::tr(lang, "Settle");
  return i18n::trc(lang, "phase", "Use");
}

std::string person_months(Lang lang, double pm) {
  return fmt::format(fmt::runtime(i18n::tr(lang, "{pm} person-months")), fmt::arg("pm", i18n::number(lang, pm, 1)));
}

std::string score_text(Lang lang, double score) { return i18n::number(lang, round4(score), 2); }

std::string dimension_title(const Run& r, std::string_view id) {
  for (const auto& d : r.scores.dimensions)
    if (d.dimension->id == id) return d.dimension->title.in(r.lang);
  return std::string(id);
}

}  // namespace kubus::report::view
