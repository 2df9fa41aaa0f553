#include <filesystem>

#include "diag/render.h"
#include "lsp/convert.h"
#include "lsp/features.h"

namespace kubus::lsp {
namespace {

int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Note: return 3;
  }
  return 1;
}

// As `kubus check` prints it: the message, then the notes and the help. A
// client that shows related information gets the notes as locations instead.
Json diagnostic_json(const Context& c, const Diagnostic& d) {
  const SourceManager& sm = c.ws.sources();
  std::string message = d.message;
  Json related = Json::array();
  for (const Related& r : d.related) {
    if (c.client.related_information)
      related.push_back({{"location", location_json(c.ws, r.span, c.client.encoding)}, {"message", r.label}});
    else
      message += "\nnote: " + r.label + ": " + where(sm, r.span);
  }
  if (!d.help.empty()) message += "\nhelp: " + d.help;
  Json j = {{"range", range_json(sm, d.span, c.client.encoding)},
            {"severity", lsp_severity(d.severity)},
            {"code", info(d.code).code},
            {"source", "kubus"},
            {"message", message}};
  if (!related.empty()) j["relatedInformation"] = std::move(related);
  return j;
}

}  // namespace

std::vector<Json> DiagnosticsPublisher::publish(const Context& c) {
  std::map<std::string, Json> now;
  std::string loose;  // diagnostics of no file the editor could show
  for (const Diagnostic& d : c.ws.diagnostics().all()) {
    std::string path = d.span.valid() ? c.ws.sources().file(d.span.file).path : d.path;
    std::error_code ec;
    if (!d.span.valid() && !std::filesystem::is_regular_file(path, ec)) {
      loose += (loose.empty() ? "" : "\n") + std::string(info(d.code).code) + ": " + d.message;
      continue;
    }
    Json& list = now[path];
    if (list.is_null()) list = Json::array();
    list.push_back(diagnostic_json(c, d));
  }
  std::vector<Json> out;
  auto notify = [&](const std::string& path, const Json& list) {
    Json params = {{"uri", c.ws.uri_of(path)}, {"diagnostics", list}};
    if (const Document* doc = c.ws.document(path)) params["version"] = doc->version;
    out.push_back({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", std::move(params)}});
  };
  for (const auto& [path, list] : published_)
    if (!now.count(path)) notify(path, Json::array());
  for (const auto& [path, list] : now) {
    auto it = published_.find(path);
    if (it == published_.end() || it->second != list) notify(path, list);
  }
  published_ = std::move(now);
  if (loose != shown_ && !loose.empty())
    out.push_back({{"jsonrpc", "2.0"},
                   {"method", "window/showMessage"},
                   {"params", {{"type", 2}, {"message", "kubus: " + loose}}}});
  shown_ = loose;
  return out;
}

}  // namespace kubus::lsp
