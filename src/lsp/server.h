// The dispatcher: one JSON-RPC message in, its answer and notifications out,
// through a method table; the lifecycle of LSP 3.17 (initialize, shutdown,
// exit). Transport-free, so tests and the benchmark drive it in-process.
#pragma once
#include <functional>
#include <string_view>

#include "lsp/features.h"
#include "lsp/lsp.h"

namespace kubus::lsp {

class Server {
 public:
  using Send = std::function<void(const Json&)>;
  Server(const ServerOptions& options, Send send);

  // Handles one message's content. Never throws: a broken message or a failing
  // handler is answered with an error (or logged, for a notification).
  void receive(std::string_view body);
  // Diagnostics of edits wait until no message is queued (`idle`), so a burst
  // of edits is checked once. A request checks first what it needs.
  bool pending() const { return publish_pending_; }
  void idle();

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Method {
    bool request;
    Json (Server::*run)(const Json& params);
  };
  static const std::unordered_map<std::string_view, Method>& methods();

  void dispatch(const Json& msg);
  void reply(const Json& id, Json result);
  void reply_error(const Json& id, ErrorCode code, const std::string& message);
  void log(const std::string& message, int type);  // type: 1 error, 2 warning (window/logMessage)

  // lifecycle
  Json initialize(const Json& params);
  Json initialized(const Json&) { return nullptr; }
  Json shutdown(const Json&);
  // text synchronisation (documents.cpp)
  Json did_open(const Json& params);
  Json did_change(const Json& params);
  Json did_close(const Json& params);
  Json did_change_watched_files(const Json& params);
  // features
  Json on_hover(const Json& p) { return hover(context(), p); }
  Json on_definition(const Json& p) { return definition(context(), p); }
  Json on_references(const Json& p) { return references(context(), p); }
  Json on_completion(const Json& p) { return completion(context(), p); }
  Json on_formatting(const Json& p) { return formatting(context(), p); }
  Json on_document_symbols(const Json& p) { return document_symbols(context(), p); }
  Json on_workspace_symbols(const Json& p) { return workspace_symbols(context(), p); }

  Context context() { return Context{ws_, client_}; }

  ServerOptions options_;
  Send send_;
  Workspace ws_;
  Client client_;
  DiagnosticsPublisher publisher_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool publish_pending_ = false;
};

}  // namespace kubus::lsp
