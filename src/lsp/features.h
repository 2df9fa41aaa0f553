// The language features, one file each. Every handler takes the request's
// params and returns its result; it throws LspError for a request it must
// refuse (nlohmann::json exceptions on malformed params become InvalidParams).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace kubus::lsp {

struct Context {
  Workspace& ws;
  const Client& client;
};

Json hover(const Context& c, const Json& params);              // hover.cpp
Json definition(const Context& c, const Json& params);         // navigation.cpp
Json references(const Context& c, const Json& params);         // navigation.cpp
Json completion(const Context& c, const Json& params);         // completion.cpp
Json formatting(const Context& c, const Json& params);         // formatting.cpp
Json document_symbols(const Context& c, const Json& params);   // symbols.cpp
Json workspace_symbols(const Context& c, const Json& params);  // symbols.cpp

// diagnostics.cpp: the notifications that bring the editor's diagnostics up to
// date with the last check, as `kubus check` reports them (codes, ranges, help).
class DiagnosticsPublisher {
 public:
  // textDocument/publishDiagnostics for each file whose diagnostics changed
  // since the last call (an empty list clears a file), and a
  // window/showMessage for diagnostics of no file (an empty model directory).
  std::vector<Json> publish(const Context& c);

 private:
  std::map<std::string, Json> published_;  // path -> the diagnostics last sent
  std::string shown_;                      // the message last shown
};

}  // namespace kubus::lsp
