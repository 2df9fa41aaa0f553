// What the view's builders share: the section builders (view.cpp puts them in
// page order), cell constructors and the cap with its "and N more".
#pragma once
#include <fmt/format.h>

#include <optional>

#include "driver/cards.h"
#include "i18n/i18n.h"
#include "report/top_gaps.h"
#include "report/view.h"

namespace kubus::report::view {

// The translation of a msgid with fmt's named arguments filled in.
template <typename... Args>
std::string say(Lang lang, std::string_view msgid, Args&&... args) {
  return fmt::format(fmt::runtime(i18n::tr(lang, msgid)), std::forward<Args>(args)...);
}
// The same with the plural form that fits `n` (passed as {n}).
template <typename... Args>
std::string say_n(Lang lang, std::string_view singular, std::string_view plural, long n, Args&&... args) {
  return fmt::format(fmt::runtime(i18n::trn(lang, singular, plural, n)), fmt::arg("n", n), std::forward<Args>(args)...);
}

Cell text(std::string_view s, Tone tone = Tone::None);
Cell code(std::string_view s);
Cell number(Lang lang, double v, int decimals);
Cell money(Lang lang, double v, std::string_view currency);
Cell percent(Lang lang, double share);
Cell level(int level, const std::string& name);
Cell none(CellKind kind);  // "–"

// Caps `t` at `cap` rows, with "and N more (see report.json)" when it has more.
void cap(Lang lang, Table& t, std::size_t cap);
// The same for a table built with at most `cap` of its `total` rows.
void cap(Lang lang, Table& t, std::size_t cap, std::size_t total);
std::string more_text(Lang lang, std::size_t more);
// "and 12 more", inside a cell's list.
std::string and_more(Lang lang, std::size_t more);
// At most `limit` characters, cut after a list item (", ") with "…" when longer.
std::string shortened(std::string s, std::size_t limit);

// The names the report gives things, in the run's language.
// A confidence or a KPI's orientation in the report's language.
std::string engine_words(Lang lang, std::string_view words);
std::string severity_title(Lang lang, Severity s);         // "Error"
std::string phase_title(Lang lang, std::string_view phase);  // "Promise" ("Beloven")
std::string person_months(Lang lang, double pm);           // "3.5 person-months"
std::string score_text(Lang lang, double score);           // "2.41" ("2,41")
std::string dimension_title(const Run& r, std::string_view id);

// A silo gap in plain words: "Handoff without an SLA: A (Sales) hands the customer to ...".
Line gap_line(const Run& r, const GapImpact& g);

Section summary(const Run& r);
void plan_summary(Section& s, const Run& r);  // page one's plan
std::string span_words(const Run& r);          // "2027-Q1 to 2028-Q4", empty without initiatives
Section radar(const Run& r);
Section cube(const Run& r);
// The cost of contact at the end of the cube section: `layer`, the cube's cost layer, and the table by channel.
void cost_view(Section& s, const Run& r, Cube layer);
Section contacts(const Run& r);  // the contact-moment cards of the mandatory touchpoints
// The cards of `all` (driver::cards) in the run's language, for report.xlsx too; `undescribed`
// (when given) counts the answers the model does not give.
std::vector<Card> cards(const Run& r, const std::vector<driver::Card>& all, std::size_t* undescribed = nullptr);
// The heading of a card's answer (CardRow::key): "purpose" -> "Purpose".
std::string answer_label(Lang l, std::string_view key);
Section graph(const Run& r);
Section roadmap(const Run& r);
std::optional<Section> targets(const Run& r, Locator& where);  // none without KPIs and SLAs
std::optional<Section> waivers(const Run& r, Locator& where);  // none without waivers
std::optional<Section> benchmark(const Run& r);                // none without peers in the history
Section dimensions(const Run& r, Locator& where);
Section gaps(const Run& r, Locator& where);
Section findings(const Run& r, Locator& where);

}  // namespace kubus::report::view
