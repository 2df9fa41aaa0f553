// The Graphviz plumbing behind the silo graph of report.html: reading DOT so
// that the drawing depends only on the text, and running the layout in a
// child process.
#pragma once
#include <graphviz/cgraph.h>

#include <functional>
#include <optional>
#include <string>

namespace kubus::report::html {

// Reads DOT text like agmemread, but numbers the named objects in the order the
// text first names them. cgraph's default numbers them by the address of their
// interned name, and orders subgraphs (the department clusters) by that
// number, so the drawing would depend on the heap. nullptr on a syntax error.
// Free with agclose.
Agraph_t* read_dot(const std::string& dot);

// What `work` returns, computed in a forked child process: dot keeps static
// state between layouts (Graphviz 2.43 draws a graph differently on every call
// in one process), and a child also keeps a Graphviz crash or a runaway layout
// out of kubus. nullopt when the child could not start, failed or ran longer
// than `seconds`.
std::optional<std::string> in_child_process(const std::function<std::string()>& work, unsigned seconds);

}  // namespace kubus::report::html
