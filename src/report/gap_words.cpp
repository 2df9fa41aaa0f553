// Each msgid is written out in an i18n call, so that xgettext finds every one
// (po/nl/silo.po holds the Dutch).
#include "report/gap_words.h"

#include <fmt/format.h>

#include "i18n/i18n.h"

namespace kubus::report {

using schema::GapKind;

std::string gap_title(Lang lang, GapKind kind) {
  switch (kind) {
    case GapKind::UncoveredHandoff: return i18n::tr(lang, "Handoff without an SLA");
    case GapKind::PingPong: return i18n::tr(lang, "The customer is sent in circles");
    case GapKind::IslandImplementation: return i18n::tr(lang, "The same capability built twice");
    case GapKind::ContextBreak: return i18n::tr(lang, "The customer has to tell the story again");
    case GapKind::IsolatedDepartment: return i18n::tr(lang, "A department works in isolation");
    case GapKind::BottleneckComponent: return i18n::tr(lang, "One system the journey hangs on");
  }
  return std::string(schema::name_of(kind));
}

std::string gap_explanation(Lang lang, GapKind kind) {
  switch (kind) {
    case GapKind::UncoveredHandoff:
      return i18n::tr(lang, "The customer passes from one department to another and no agreement says how fast or how well.");
    case GapKind::PingPong: return i18n::tr(lang, "Handoffs lead the customer round in a circle between departments.");
    case GapKind::IslandImplementation:
      return i18n::tr(lang, "Several departments each run their own system for the same job, such as composing letters.");
    case GapKind::ContextBreak:
      return i18n::tr(lang, "After the handoff the next step cannot see what the customer already told.");
    case GapKind::IsolatedDepartment:
      return i18n::tr(lang, "The department shares no handoff, system or agreement with the rest of the organisation.");
    case GapKind::BottleneckComponent:
      return i18n::tr(lang, "One system alone links part of the customer journey to the rest: when it fails, that part falls away.");
  }
  return {};
}

namespace {

std::string count_phrase(Lang lang, GapKind kind, long n) {
  switch (kind) {
    case GapKind::UncoveredHandoff: return i18n::trn(lang, "{n} handoff without an SLA", "{n} handoffs without an SLA", n);
    case GapKind::PingPong: return i18n::trn(lang, "{n} circle between departments", "{n} circles between departments", n);
    case GapKind::IslandImplementation:
      return i18n::trn(lang, "{n} job with a system per department", "{n} jobs with a system per department", n);
    case GapKind::ContextBreak:
      return i18n::trn(lang, "{n} handoff where the customer's history is lost",
                       "{n} handoffs where the customer's history is lost", n);
    case GapKind::IsolatedDepartment:
      return i18n::trn(lang, "{n} department on its own", "{n} departments on their own", n);
    case GapKind::BottleneckComponent:
      return i18n::trn(lang, "{n} single point of failure", "{n} single points of failure", n);
  }
  return "{n}";
}

}  // namespace

std::string gap_count(Lang lang, GapKind kind, std::size_t n) {
  return fmt::format(fmt::runtime(count_phrase(lang, kind, static_cast<long>(n))),
                     fmt::arg("n", i18n::number(lang, static_cast<double>(n))));
}

}  // namespace kubus::report
