// Benchmark of the language server: how long after an edit to one file the
// editor has its diagnostics, and how much memory it takes. The server runs
// in-process on a generated assessment (`use ccm`: the library's 43 rules are
// type-checked too) whose model is split over F files; its workspace is the
// assessment directory, as docs/editors.md advises (--model-only: the model
// directory alone, without the assessment, its matrix and catalogue). One
// file is opened; then each edit breaks or repairs one `owner:` reference in
// it (an incremental didChange), and the time from handing the server the
// message to its publishDiagnostics (serialised as for the wire) is measured.
// Every edit must publish exactly one publishDiagnostics for the edited file.
// Peak memory is the process's peak resident set while serving that size
// (Linux: reset through /proc/self/clear_refs before each size).
//
//   kubus-bench-lsp [--edits K] [--files F] [--model-only] [N...]
//       (default: 200 edits, 20 files, N = 1000 10000)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gen/generate.h"
#include "lsp/server.h"
#include "lsp/uri.h"

namespace {

using kubus::lsp::Json;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Line and column (0-based; the generated text is ASCII) of each `owner: ID` value's last character.
std::vector<std::pair<int, int>> owner_ends(const std::string& text) {
  std::vector<std::pair<int, int>> out;
  int line = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view l(text.data() + start, end - start);
    if (l.rfind("  owner: ", 0) == 0) out.emplace_back(line, static_cast<int>(l.size()) - 1);
    ++line;
    start = end + 1;
  }
  return out;
}

struct Result {
  double open_ms = 0;
  double peak_mb = -1;
  std::vector<double> edits;
  bool ok = true;
};

// The peak resident set since the last reset_peak(), in MB; negative when unknown.
void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }
double peak_mb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;  // kB
  return -1;
}

Result run(std::size_t n, std::size_t files, int edits, const std::filesystem::path& dir, bool model_only) {
  kubus::gen::GenOptions gen{n, 1, true};
  kubus::gen::write_assessment(gen, dir.string(), files);
  auto model = dir / "model";
  // The first file with touchpoints (model-000 opens with the organisation;
  // a small model leaves the last files empty).
  std::filesystem::path file;
  std::string text;
  for (std::size_t i = files > 1 ? 1 : 0; i < files && owner_ends(text).empty(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "model-%03zu.kubus", i);
    file = model / name;
    text = slurp(file);
  }
  std::string uri = kubus::lsp::uri_of_path(file.generic_string());

  std::vector<Json> published;
  std::string wire;
  Clock::time_point published_at;  // when the last publishDiagnostics went out
  kubus::lsp::ServerOptions options;
  options.load.library_path = {std::string(KUBUS_SOURCE_DIR) + "/rules"};
  kubus::lsp::Server server(options, [&](const Json& m) {
    wire = m.dump();  // what serve() writes to the editor
    if (m.value("method", "") == "textDocument/publishDiagnostics") {
      published.push_back(m);
      published_at = Clock::now();
    }
  });
  auto send = [&](const Json& m) { server.receive(m.dump()); };
  send({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"},
        {"params", {{"rootUri", kubus::lsp::uri_of_path((model_only ? model : dir).generic_string())},
                    {"capabilities", Json::object()}}}});
  send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", Json::object()}});

  Result r;
  auto t0 = Clock::now();
  send({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
        {"params", {{"textDocument", {{"uri", uri}, {"languageId", "kubus"}, {"version", 1}, {"text", text}}}}}});
  server.idle();
  r.open_ms = ms_since(t0);

  auto owners = owner_ends(text);
  if (owners.empty()) {
    std::fprintf(stderr, "kubus-bench-lsp: no owner in %s\n", file.c_str());
    r.ok = false;
    return r;
  }
  std::string saved;  // the character an even edit replaced
  for (int i = 0; i < edits; ++i) {
    auto [line, col] = owners[static_cast<std::size_t>(i / 2) % owners.size()];
    // Even edits break the reference (its last character becomes 'Q'), odd ones repair it.
    std::size_t at = 0;
    for (int l = 0; l < line; ++l) at = text.find('\n', at) + 1;
    at += static_cast<std::size_t>(col);
    std::string replacement = i % 2 == 0 ? "Q" : saved;
    if (i % 2 == 0) saved = text.substr(at, 1);
    text.replace(at, 1, replacement);
    Json change = {{"range", {{"start", {{"line", line}, {"character", col}}}, {"end", {{"line", line}, {"character", col + 1}}}}},
                   {"text", replacement}};
    published.clear();
    auto t = Clock::now();
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
          {"params", {{"textDocument", {{"uri", uri}, {"version", i + 2}}}, {"contentChanges", Json::array({change})}}}});
    server.idle();
    r.edits.push_back(std::chrono::duration<double, std::milli>(published_at - t).count());
    bool one = published.size() == 1 && published[0]["params"]["uri"] == uri &&
               published[0]["params"]["diagnostics"].size() == (i % 2 == 0 ? 1u : 0u);
    if (!one) {
      std::fprintf(stderr, "kubus-bench-lsp: edit %d published %zu notifications, not the one expected\n", i,
                   published.size());
      r.ok = false;
    }
  }
  r.peak_mb = peak_mb();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  int edits = 200;
  std::size_t files = 20;
  bool model_only = false;
  std::vector<std::size_t> sizes;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--edits" && i + 1 < argc) edits = std::atoi(argv[++i]);
    else if (a == "--files" && i + 1 < argc) files = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--model-only") model_only = true;
    else sizes.push_back(std::strtoul(argv[i], nullptr, 10));
  }
  if (sizes.empty()) sizes = {1000, 10000};
  if (edits < 2 || files < 1) {
    std::fprintf(stderr, "usage: kubus-bench-lsp [--edits K>=2] [--files F>=1] [--model-only] [N...]\n");
    return 2;
  }
  std::printf("didChange to publishDiagnostics, one of %zu files edited, %d edits, workspace: %s\n", files, edits,
              model_only ? "the model directory" : "the assessment directory");
  std::printf("%10s %10s %10s %10s %10s %10s %10s %10s\n", "N", "model MB", "open ms", "median ms", "p95 ms", "max ms",
              "mean ms", "peak MB");
  int status = 0;
  for (std::size_t n : sizes) {
    auto dir = std::filesystem::temp_directory_path() / ("kubus-bench-lsp-" + std::to_string(getpid()) + "-" + std::to_string(n));
    std::filesystem::remove_all(dir);
    reset_peak();
    Result r = run(n, files, edits, dir, model_only);
    double mb = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir / "model")) mb += static_cast<double>(e.file_size()) / 1e6;
    std::filesystem::remove_all(dir);
    if (!r.ok || r.edits.empty()) {
      status = 1;
      continue;
    }
    double mean = 0;
    for (double e : r.edits) mean += e / static_cast<double>(r.edits.size());
    std::printf("%10zu %10.2f %10.1f %10.1f %10.1f %10.1f %10.1f %10.0f\n", n, mb, r.open_ms, percentile(r.edits, 0.5),
                percentile(r.edits, 0.95), *std::max_element(r.edits.begin(), r.edits.end()), mean, r.peak_mb);
  }
  return status;
}
