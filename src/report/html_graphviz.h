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

// A process forked once, while this one is still small, that runs `work` for
// this one: each call of run() hands it an input, and it computes `work(input)`
// in a fresh child of its own (in_child_process), so every call starts from
// the server's state after `prepare`. Forking a process of a large model's
// size for each layout copied its page tables every time (about a second of
// CPU per `kubus assess` at 100,000 touchpoints); forking the small server
// copies next to nothing.
class ChildServer {
 public:
  using Work = std::function<std::string(const std::string&)>;
  ChildServer(const std::function<void()>& prepare, const Work& work, unsigned seconds);
  // Ends the server and waits for it, so its CPU time counts as this process's.
  ~ChildServer();
  ChildServer(const ChildServer&) = delete;
  ChildServer& operator=(const ChildServer&) = delete;
  // Whether the server runs: it could be forked and has not failed since.
  bool alive() const { return socket_ >= 0; }
  // As in_child_process; nullopt also when the server is gone.
  std::optional<std::string> run(const std::string& input);

 private:
  int socket_ = -1;
  int pid_ = -1;
};

}  // namespace kubus::report::html
