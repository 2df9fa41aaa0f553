// `kubus gaps --format json`: {"gaps": [...]} as ENGINE.md §2 writes it, each
// gap's keys in byte order, streamed to the output in pieces: the document of a
// 100,000-touchpoint model is tens of MB.
#include <ostream>

#include "report/commands.h"
#include "report/gap_evidence.h"
#include "report/json_writer.h"

namespace kubus::report {

void gaps_json(std::ostream& out, const graph::Analysis& a) {
  std::string buffer;
  JsonWriter w(buffer, [&out](std::string_view piece) { out << piece; });
  w.begin_object();
  w.key("gaps");
  w.begin_array();
  for (const graph::Gap& g : a.gaps.gaps) {
    w.begin_object();
    w.key("evidence");
    write_evidence(w, a.graph, g);
    w.member("id", g.id);
    w.member("kind", schema::name_of(g.kind));
    w.key("members");
    w.begin_array();
    for (const std::string& member : g.members) w.value(member);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out << buffer;
}

}  // namespace kubus::report
