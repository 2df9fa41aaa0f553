#include "cli/commands.h"
#include "lsp/lsp.h"

namespace kubus::cli {

Exit run_lsp(std::istream& in, DriverEnv& env) {
  lsp::ServerOptions options{env.load, env.tool_version, &env.err};
  return lsp::serve(in, env.out, options) == 0 ? Exit::Ok : Exit::Errors;
}

}  // namespace kubus::cli
