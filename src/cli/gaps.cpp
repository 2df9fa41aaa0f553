#include "driver/gaps.h"
#include "cli/commands.h"
#include "driver/output.h"
#include "graph/analysis.h"
#include "report/commands.h"

namespace kubus::cli {
namespace {

struct Loaded {
  const driver::Session* session = nullptr;
  const driver::GapsResult* result = nullptr;
};

// The checked model and its gaps; the diagnostics as text on stderr (stdout is
// for the result). `result` is null, with `exit` set, when the model cannot be used.
Loaded load(const GapsOptions& o, DriverEnv& env, Exit& exit) {
  auto& s = new_session(env, o.out);
  auto& result = env.keep(driver::gaps(s, o.paths));
  exit = s.exit();
  // JSON output stays JSON when the model is broken: the diagnostics, on stdout.
  bool json = o.out.format == Format::Json && exit != Exit::Ok;
  print_diagnostics(s, env, Output{json ? Format::Json : Format::Text, o.out.color});
  if (exit == Exit::Errors && !json)
    env.err << "kubus: the " << (result.assessment ? "assessment" : "model")
            << " has errors; fix them to find its gaps\n";
  return Loaded{&s, exit == Exit::Ok ? &result : nullptr};
}

}  // namespace

Exit run_gaps(const GapsOptions& o, DriverEnv& env) {
  Exit exit = Exit::Ok;
  auto [s, r] = load(o, env, exit);
  if (!r) return exit;
  if (o.out.format == Format::Json) {
    report::gaps_json(env.out, r->silo);
    env.out << "\n";
  } else {
    env.out << report::gaps_text(r->silo, s->sm);
  }
  return Exit::Ok;
}

Exit run_graph(const GapsOptions& o, DriverEnv& env) {
  Exit exit = Exit::Ok;
  auto [s, r] = load(o, env, exit);
  if (!r) return exit;
  std::string text = o.out.format == Format::Mermaid ? graph::to_mermaid(r->silo) : graph::to_dot(r->silo);
  std::string error;  // no -o: standard output, as "-"
  if (!driver::write_output(env, o.output.empty() ? "-" : o.output, text, error)) return fail(env, Exit::Usage, error);
  return Exit::Ok;
}

}  // namespace kubus::cli
