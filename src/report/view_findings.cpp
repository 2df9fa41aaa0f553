// The silo gaps (biggest for customers first) and the findings, grouped by
// rule: errors first, then warnings, then advice, by rule ID within each.
#include <algorithm>
#include <map>

#include "report/gap_words.h"
#include "report/view_parts.h"

namespace kubus::report::view {
namespace {

constexpr std::size_t kNamed = 3;  // the members of a gap, or places of a finding, a row names; more are counted

std::string members(const Run& r, const graph::Gap& g) {
  std::string out;
  for (std::size_t i = 0; i < g.entities.size() && i < kNamed; ++i)
    out += (i ? ", " : "") + std::string(r.model.display(r.model.entities[g.entities[i]], r.lang));
  if (g.entities.size() > kNamed) out += " " + and_more(r.lang, g.entities.size() - kNamed);
  return out;
}

// "a.kubus:3", then the other places.
std::string place(Lang l, const Finding& f, Locator& where) {
  std::string out = where(f.span);
  for (std::size_t i = 0; i < f.related.size() && i + 1 < kNamed; ++i) out += ", " + where(f.related[i]);
  if (f.related.size() + 1 > kNamed) out += " " + and_more(l, f.related.size() + 1 - kNamed);
  return out;
}

}  // namespace

Section gaps(const Run& r, Locator& where) {
  const Lang l = r.lang;
  Section s{"gaps", i18n::tr(l, "Silo gaps"), {}};
  if (r.silo.gaps.gaps.empty()) {
    s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "None found.")}}});
    return s;
  }
  s.blocks.emplace_back(Paragraph{{{i18n::tr(l, "The biggest for customers first: the touchpoints every customer passes, "
                                                "then the contacts a year, then the touchpoints involved; waived gaps last.")}}});
  Table t{{}, {{i18n::tr(l, "Kind")}, {i18n::tr(l, "Members")}, {i18n::tr(l, "Touchpoints every customer passes"),
                                                                  CellKind::Number},
               {i18n::tr(l, "Contacts a year"), CellKind::Number}, {i18n::tr(l, "Where")}}};
  auto add = [&](const graph::Gap& g, std::size_t mandatory, double volume, Cell kind) {
    t.rows.push_back({std::move(kind), text(members(r, g)), number(l, double(mandatory), 0), number(l, volume, 0),
                      code(where(g.span))});
  };
  // The rows a page shows only: the gaps by impact, then the waived ones.
  const auto& ranked = driver::ranked_gaps(r);
  for (std::size_t i = 0; i < ranked.size() && i < kRowsPerTable; ++i)
    add(*ranked[i].gap, ranked[i].mandatory, ranked[i].volume, text(gap_title(l, ranked[i].gap->kind)));
  for (const auto& g : r.silo.gaps.gaps)
    if (g.waived() && t.rows.size() < kRowsPerTable) {
      Cell kind = text(gap_title(l, g.kind) + " " + i18n::tr(l, "(waived)"), Tone::Muted);
      kind.detail = std::string(r.model.entities[g.waiver].id);
      GapImpact i = impact_of(r, g);
      add(g, i.mandatory, i.volume, std::move(kind));
    }
  cap(l, t, kRowsPerTable, r.silo.gaps.gaps.size());
  s.blocks.emplace_back(std::move(t));
  return s;
}

Section findings(const Run& r, Locator& where) {
  const Lang l = r.lang;
  const auto& all = driver::findings(r);
  Section s{"findings", i18n::tr(l, "Findings"), {}};
  s.blocks.emplace_back(Paragraph{{{say_n(l, "{n} finding; errors first, then warnings, then advice.",
                                          "{n} findings; errors first, then warnings, then advice.",
                                          static_cast<long>(all.size()))}}});
  // Findings are sorted by rule: each rule's are one run of the list.
  std::map<std::pair<Severity, std::string_view>, std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t begin = 0, end; begin < all.size(); begin = end) {
    for (end = begin + 1; end < all.size() && all[end].rule == all[begin].rule;) ++end;
    runs[{all[begin].severity, all[begin].rule}] = {begin, end};
  }
  for (const auto& [key, range] : runs) {
    const auto& [severity, rule] = key;
    const rules::CheckedRule* cr = r.rule(rule);
    std::string title = cr ? std::string(r.model.display(r.model.entities[cr->entity], r.lang)) : std::string(rule);
    s.blocks.emplace_back(Heading{title, std::string(rule)});
    s.blocks.emplace_back(Paragraph{{{say_n(l, "{severity}: {n} finding.", "{severity}: {n} findings.",
                                            static_cast<long>(range.second - range.first),
                                            fmt::arg("severity", severity_title(l, severity)))}}});
    Table t{{}, {{i18n::tr(l, "Where")}, {i18n::tr(l, "Subject")}, {i18n::tr(l, "Evidence")}}};
    for (std::size_t i = range.first; i < range.second && i - range.first < kFindingsPerRule; ++i) {
      const Finding& f = all[i];
      t.rows.push_back({code(place(l, f, where)), text(f.subject),
                        text((f.error ? i18n::tr(l, "could not be evaluated:") + " " : std::string()) + std::string(f.message))});
    }
    cap(l, t, kFindingsPerRule, range.second - range.first);
    s.blocks.emplace_back(std::move(t));
  }
  return s;
}

}  // namespace kubus::report::view
