// KPIs and SLAs against their targets (missed ones first), and the waivers
// with what they take out.
#include "driver/evidence.h"
#include "report/text.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

// A KPI or SLA can measure hundreds of handoffs: a page names the first ones (report.json has all).
constexpr std::size_t kCellChars = 160;

Cell met_cell(Lang l, const driver::TargetRow& t) {
  if (!t.met) return text(i18n::tr(l, "not measured"), Tone::Muted);
  return *t.met ? text(i18n::tr(l, "yes"), Tone::Good) : text(i18n::tr(l, "no"), Tone::Bad);
}

// A target of 0 has no magnitude to be relative to: its shortfall is absolute.
Cell shortfall_cell(Lang l, const driver::TargetRow& t) {
  if (t.met != false || !t.shortfall) return none(CellKind::Number);
  return t.zero_target ? number(l, *t.shortfall, 2) : percent(l, *t.shortfall);
}

Section targets(const Run& r, Locator& where, const std::vector<driver::TargetRow>& rows) {
  const Lang l = r.lang;
  Section s{"targets", i18n::tr(l, "KPIs and SLAs"), {}};
  std::size_t missed = 0, measured = 0;
  for (const auto& t : rows) {
    measured += t.met.has_value();
    missed += t.met == false;
  }
  std::string line = say(l, "{missed} of the {measured} measured KPIs and SLAs miss their target",
                         fmt::arg("missed", missed), fmt::arg("measured", measured));
  if (rows.size() > measured)
    line += "; " + say_n(l, "{n} is not measured", "{n} are not measured", static_cast<long>(rows.size() - measured));
  s.blocks.emplace_back(Paragraph{{{line + ". " + i18n::tr(l, "Missed ones first, the largest shortfall first.")}}});
  Table t{{}, {{""}, {i18n::tr(l, "Title")}, {i18n::tr(l, "Measures")}, {i18n::tr(l, "Target")},
               {i18n::tr(l, "Actual")}, {i18n::tr(l, "Met")}, {i18n::tr(l, "Shortfall"), CellKind::Number},
               {i18n::tr(l, "Owner")}}};
  for (const auto& row : rows) {
    Cell kind = text(fmt::format("{} ({})", row.kind == "kpi" ? "KPI" : "SLA", engine_words(l, row.orientation)));
    Cell title = text(row.title);
    title.detail = where(row.span);
    t.rows.push_back({kind, title, text(shortened(row.measures, kCellChars)), text(row.target),
                      row.actual.empty() ? none(CellKind::Text) : text(row.actual), met_cell(l, row),
                      shortfall_cell(l, row), row.owner.empty() ? none(CellKind::Text) : text(row.owner)});
  }
  t.dense = true;
  cap(l, t, kRowsPerTable);
  s.blocks.emplace_back(std::move(t));
  return s;
}

Table waived_findings(const Run& r, Locator& where) {
  const Lang l = r.lang;
  Table t{{}, {{i18n::tr(l, "Where")}, {i18n::tr(l, "Rule")}, {i18n::tr(l, "Subject")}, {i18n::tr(l, "Evidence")},
               {i18n::tr(l, "Waiver")}}};
  for (const auto& f : driver::waived_findings(r))
    t.rows.push_back({code(where(f.span)), code(f.rule), text(f.subject), text(f.message),
                      code(std::string(r.model.entities[f.waiver].id))});
  cap(l, t, kRowsPerTable);
  return t;
}

Section waivers(const Run& r, Locator& where, const std::vector<driver::WaiverRow>& rows) {
  const Lang l = r.lang;
  Section s{"waivers", i18n::tr(l, "Waivers"), {}};
  std::size_t gaps = 0, expired = 0;
  for (const auto& g : r.silo.gaps.gaps) gaps += g.waived();
  for (const auto& w : rows) expired += w.expired;
  std::string line = say(l, "{waivers} waiver(s) take out {findings} finding(s) and {gaps} silo gap(s)",
                         fmt::arg("waivers", rows.size()), fmt::arg("findings", driver::waived_findings(r).size()),
                         fmt::arg("gaps", gaps));
  if (expired) line += "; " + say_n(l, "{n} expired and no longer applies", "{n} expired and no longer apply", long(expired));
  s.blocks.emplace_back(Paragraph{{{line + ". " + i18n::tr(l, "A waived finding neither passes nor fails until the "
                                                            "waiver expires.")}}});
  Table t{{}, {{i18n::tr(l, "Waiver")}, {i18n::tr(l, "Waives")}, {i18n::tr(l, "Subjects")}, {i18n::tr(l, "Reason")},
               {i18n::tr(l, "Owner")}, {i18n::tr(l, "Expires")}, {i18n::tr(l, "Takes out"), CellKind::Number},
               {i18n::tr(l, "Where")}}};
  for (const auto& w : rows) {
    std::string subjects;
    for (const auto& sub : w.subjects) subjects += (subjects.empty() ? "" : ", ") + sub;
    t.rows.push_back({text(w.title), code(w.waives), text(subjects.empty() ? i18n::tr(l, "every instance") : subjects),
                      text(w.reason), text(w.owner),
                      text(i18n::date(l, w.expires) + (w.expired ? " " + i18n::tr(l, "(expired)") : ""),
                           w.expired ? Tone::Bad : Tone::None),
                      number(l, double(w.taken_out), 0), code(where(w.span))});
  }
  cap(l, t, kRowsPerTable);
  s.blocks.emplace_back(std::move(t));
  if (!driver::waived_findings(r).empty()) {
    s.blocks.emplace_back(Heading{i18n::tr(l, "Waived findings"), {}});
    s.blocks.emplace_back(waived_findings(r, where));
  }
  return s;
}

}  // namespace

std::optional<Section> targets(const Run& r, Locator& where) {
  const auto& rows = driver::targets(r);
  if (rows.empty()) return std::nullopt;
  return targets(r, where, rows);
}

std::optional<Section> waivers(const Run& r, Locator& where) {
  auto rows = driver::waivers(r);
  if (rows.empty()) return std::nullopt;
  return waivers(r, where, rows);
}

}  // namespace kubus::report::view
