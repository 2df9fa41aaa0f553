#include "report/svg_fit.h"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "i18n/i18n.h"
#include "report/html_graphviz.h"
#include "report/report.h"
#include "support/escape.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KUBUS_LEAK_CHECKED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KUBUS_LEAK_CHECKED 1
#endif
#ifdef KUBUS_LEAK_CHECKED
// The sanitizer build: the caches the warmed context fills in glib, fontconfig,
// pango and Graphviz live until the process exits, which LeakSanitizer would
// report as leaks of every run that draws a figure. (LeakSanitizer's hook; in
// the code, not in LSAN_OPTIONS, so every test binary and kubus have it.)
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name LeakSanitizer looks for
extern "C" const char* __lsan_default_suppressions() {
  return "leak:warm_context\nleak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libfontconfig.so\nleak:libpango\n"
         "leak:libharfbuzz.so\nleak:libfreetype.so\nleak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin\n";
}
// Without the table of suppressions used on stderr, which the golden tests compare.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the name LeakSanitizer looks for
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

namespace kubus::report::html {
namespace {

// Graphviz reports through a global callback; a layout collects what it says
// instead of letting it reach stderr, and shows it only when the layout fails.
thread_local std::string graphviz_messages;
int collect(char* message) {
  graphviz_messages += message;
  return 0;
}

// Routes Graphviz's messages to `collect` while it lives.
struct CollectMessages {
  agusererrf previous;
  CollectMessages() : previous(agseterrf(collect)) { graphviz_messages.clear(); }
  ~CollectMessages() { agseterrf(previous); }
  CollectMessages(const CollectMessages&) = delete;
  CollectMessages& operator=(const CollectMessages&) = delete;
};

struct GraphClose {
  void operator()(Agraph_t* g) const { agclose(g); }
};

// What went wrong, in English: the child process has no language; the parent translates.
enum class Failure : char { None = '0', Read = 'r', Layout = 'l', Render = 'x' };

// The SVG of `dot` laid out by Graphviz's dot with `gvc`, prefixed by a Failure
// code and Graphviz's messages up to a NUL.
std::string lay_out(GVC_t* gvc, const std::string& dot) {
  CollectMessages messages;
  std::unique_ptr<Agraph_t, GraphClose> g(read_dot(dot));
  if (!gvc || !g) return char(Failure::Read) + graphviz_messages + '\0';
  if (gvLayout(gvc, g.get(), "dot") != 0) return char(Failure::Layout) + graphviz_messages + '\0';
  char* data = nullptr;
  unsigned int length = 0;
  std::string out;
  if (gvRenderData(gvc, g.get(), "svg", &data, &length) == 0 && data)
    out = char(Failure::None) + std::string(1, '\0') + std::string(data, length);
  else
    out = char(Failure::Render) + graphviz_messages + '\0';
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g.get());
  return out;
}

// A Graphviz context that has loaded its plugins and fonts by laying out and
// rendering one small labelled graph, made once in this process. Each layout's
// child process starts from it, as the fork copies it: loading them takes longer
// than laying out a report's figure, and every child still starts from the same
// state, so the bytes depend on the DOT alone.
GVC_t* warm_context() {
  static GVC_t* const gvc = [] {
    GVC_t* c = gvContext();
    if (c) lay_out(c, "digraph { node [shape=box fontname=\"Helvetica\"]; a [label=<warm <B>up</B>>]; a -> b; }");
    return c;
  }();
  return gvc;
}

constexpr unsigned kLayoutSeconds = 60;

// The server of the FigureLayouts that lives, if one does.
ChildServer* layout_server = nullptr;

struct Layout {
  std::string svg, note;
};

// lay_out in a child process: Graphviz 2.43 keeps state between layouts in one
// process, so every drawing gets a fresh one and the bytes depend on the DOT alone.
Layout lay_out_isolated(Lang lang, const std::string& dot) {
  auto result = layout_server && layout_server->alive()
                    ? layout_server->run(dot)
                    : in_child_process([&] { return lay_out(warm_context(), dot); }, kLayoutSeconds);
  if (!result || result->empty())
    return {"", fmt::format(fmt::runtime(i18n::tr(lang,
                                                  "Graphviz did not finish the layout (it failed or took over "
                                                  "{seconds} seconds); kubus graph exports the graph.")),
                            fmt::arg("seconds", kLayoutSeconds))};
  auto nul = result->find('\0');
  std::string messages = result->substr(1, nul - 1);
  switch (Failure((*result)[0])) {
    case Failure::None:
      return {result->substr(nul + 1), ""};
    case Failure::Read:
      return {"", i18n::tr(lang, "Graphviz could not read the graph: ") + messages};
    case Failure::Layout:
      return {"", i18n::tr(lang, "Graphviz could not lay out the graph: ") + messages};
    case Failure::Render:
      break;
  }
  return {"", i18n::tr(lang, "Graphviz could not render the graph: ") + messages};
}

// The SVG element alone: no XML prolog, doctype or comments (they name the
// Graphviz version, which the report does not depend on).
std::string bare_svg(std::string svg) {
  if (auto start = svg.find("<svg"); start != std::string::npos) svg.erase(0, start);
  for (auto open = svg.find("<!--"); open != std::string::npos; open = svg.find("<!--", open)) {
    auto close = svg.find("-->", open);
    svg.erase(open, close == std::string::npos ? std::string::npos : close + 3 - open);
    if (open < svg.size() && svg[open] == '\n') svg.erase(open, 1);
  }
  return svg;
}

// The width of the viewBox Graphviz writes ("0.00 0.00 W H"); 0 when there is none.
double viewbox_width(const std::string& svg) {
  auto at = svg.find("viewBox=\"");
  if (at == std::string::npos) return 0;
  const char* p = svg.c_str() + at + 9;
  char* end = nullptr;
  for (int skipped = 0; skipped < 2; ++skipped, p = end) std::strtod(p, &end);  // min-x, min-y
  return std::strtod(p, nullptr);
}

// The <svg> tag with Graphviz's fixed width and height (in pt) replaced: as
// wide as the column, never wider than its natural size, the height following
// the viewBox's proportions.
std::string fit_tag(std::string svg, double width, const std::string& title) {
  auto tag_end = svg.find('>');
  if (tag_end == std::string::npos) return svg;
  std::string tag = svg.substr(0, tag_end);
  for (std::string_view attr : {" width=\"", " height=\""}) {
    auto at = tag.find(attr);
    if (at == std::string::npos) continue;
    tag.erase(at, tag.find('"', at + attr.size()) + 1 - at);
  }
  tag += fmt::format(R"( width="100%" style="max-width:{:.0f}px;height:auto" role="img" aria-label="{}")",
                     std::ceil(width), html_escape(title));
  return tag + svg.substr(tag_end);
}

constexpr double kStartFont = 12;
constexpr int kTries = 3;

}  // namespace

std::string dot_label_text(std::string_view text, std::size_t line) {
  std::string flat = one_line(text), out, current;
  auto flush = [&] {
    if (current.empty()) return;
    out += (out.empty() ? "" : "<BR/>") + html_escape(current);
    current.clear();
  };
  for (std::size_t at = 0; at <= flat.size();) {
    std::size_t space = std::min(flat.find(' ', at), flat.size());
    std::string_view word(flat.data() + at, space - at);
    if (!current.empty() && current.size() + 1 + word.size() > line) flush();
    if (!word.empty()) current += (current.empty() ? "" : " ") + std::string(word);
    at = space + 1;
  }
  flush();
  return out;
}

FittedSvg fit_svg(Lang lang, const std::function<std::string(const DotStyle&)>& dot, const std::string& title) {
  FittedSvg best;
  for (bool left_to_right : {false, true}) {
    DotStyle style{kStartFont, left_to_right};
    for (int attempt = 0; attempt < kTries; ++attempt) {
      Layout l = lay_out_isolated(lang, dot(style));
      if (l.svg.empty()) return {"", l.note, 0, 0};
      double width = viewbox_width(l.svg);
      if (width <= 0) return {"", i18n::tr(lang, "Graphviz wrote no viewBox."), 0, 0};
      double print_font = style.fontsize * std::min(1.0, kPrintColumnPx / width);
      if (print_font > best.print_font) best = {fit_tag(bare_svg(l.svg), width, title), "", width, print_font};
      if (print_font >= kMinPrintPx) break;
      // Larger text widens the drawing too, so aim a little above the minimum.
      style.fontsize *= kMinPrintPx * 1.1 / print_font;
    }
    if (best.legible()) break;
  }
  return best;
}

}  // namespace kubus::report::html

namespace kubus::report {

FigureLayouts::FigureLayouts()
    : server_(std::make_unique<html::ChildServer>(
          [] { html::warm_context(); }, [](const std::string& dot) { return html::lay_out(html::warm_context(), dot); },
          html::kLayoutSeconds)) {
  if (!html::layout_server) html::layout_server = server_.get();
}

FigureLayouts::~FigureLayouts() {
  if (html::layout_server == server_.get()) html::layout_server = nullptr;
}

}  // namespace kubus::report
