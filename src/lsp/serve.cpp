#include "lsp/server.h"
#include "lsp/transport.h"

namespace kubus::lsp {

int serve(std::istream& in, std::ostream& out, const ServerOptions& options) {
  bool write_failed = false;
  Server server(options, [&](const Json& message) {
    // Invalid UTF-8 cannot come from the client (its JSON was valid); replace
    // rather than throw should a file on disk hold some.
    if (!write_message(out, message.dump(-1, ' ', false, Json::error_handler_t::replace))) write_failed = true;
  });
  while (!server.exited() && !write_failed) {
    // Publish diagnostics once the messages already received are handled.
    if (server.pending() && in.rdbuf()->in_avail() <= 0) server.idle();
    ReadResult r = read_message(in);
    if (r.status == ReadStatus::End) break;
    if (r.status == ReadStatus::BadFrame) {
      if (options.log) *options.log << "kubus lsp: stopping: " << r.error << "\n";
      return 1;
    }
    server.receive(r.body);
  }
  if (write_failed && options.log) *options.log << "kubus lsp: stopping: cannot write to the client\n";
  return server.exited() ? server.exit_code() : 1;
}

}  // namespace kubus::lsp
