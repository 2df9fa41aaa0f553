// `kubus lsp`: a Language Server Protocol (3.17) server for Kubus models over
// a pair of streams, built on the driver that `kubus check` and `kubus fmt`
// use. docs/editors.md says what it offers; docs/design.md how it is built.
#pragma once
#include <istream>
#include <ostream>
#include <string>

#include "model/load.h"

namespace kubus::lsp {

struct ServerOptions {
  model::LoadOptions load;      // where `use` finds the bundled libraries, as for the CLI
  std::string version;          // serverInfo.version
  std::ostream* log = nullptr;  // what went wrong with the connection (standard error)
};

// Serves the messages read from `in`, writing answers and notifications to
// `out`, until the `exit` notification or the end of the input. Returns the
// process exit code: 0 after `shutdown` then `exit`; 1 when the input ended
// or broke (bad framing: logged, then a clean stop) without them.
int serve(std::istream& in, std::ostream& out, const ServerOptions& options);

}  // namespace kubus::lsp
