// The report's sections in page order (docs/report-format.md, "Sections").
#include "report/view.h"

#include "report/view_parts.h"

namespace kubus::report::view {

const Section* Report::find(std::string_view id) const {
  for (const auto& s : sections)
    if (s.id == id) return &s;
  return nullptr;
}

Section graph(const Run& r) {
  Section s{"graph", i18n::tr(r.lang, "The silo picture"), {}};
  s.blocks.emplace_back(SiloPicture{});
  return s;
}

Report page_one(const Run& r, const std::string& tool_version) {
  const Lang l = r.lang;
  Report out{l, r.assessment.title, {}, {}, tool_version};
  out.meta = {{say(l, "Assessed on {date} against the matrix {matrix}, kubus {version}.",
                   fmt::arg("date", i18n::date(l, r.assessment.date)), fmt::arg("matrix", r.matrix.title.in(l)),
                   fmt::arg("version", tool_version))}};
  out.sections.push_back(summary(r));
  return out;
}

Report build(const Run& r, const SourceManager& sm, const std::string& tool_version) {
  Report out = page_one(r, tool_version);
  Locator where(r, sm);  // each file's relative path is worked out once
  out.sections.push_back(radar(r));
  if (auto s = benchmark(r)) out.sections.push_back(std::move(*s));
  out.sections.push_back(view::cube(r));  // not driver::cube, which the Run befriends
  out.sections.push_back(contacts(r));
  out.sections.push_back(graph(r));
  out.sections.push_back(roadmap(r));
  if (auto s = targets(r, where)) out.sections.push_back(std::move(*s));
  out.sections.push_back(dimensions(r, where));
  out.sections.push_back(gaps(r, where));
  out.sections.push_back(findings(r, where));
  if (auto s = waivers(r, where)) out.sections.push_back(std::move(*s));
  return out;
}

}  // namespace kubus::report::view
