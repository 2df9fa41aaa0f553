// Diagnostics are collected, never thrown: every stage appends to a bag, and
// the CLI sorts and renders them once (text with carets, JSON, SARIF).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "support/severity.h"
#include "support/source.h"

namespace kubus {

enum class Code {
#define DIAG(id, code, sev, title) id,
#include "diag/codes.def"
#undef DIAG
};

struct CodeInfo {
  Code id;
  const char* code;
  Severity severity;
  const char* title;
};

const std::vector<CodeInfo>& all_codes();
const CodeInfo& info(Code c);

struct Related {
  Span span;
  std::string label;
};

struct Diagnostic {
  Code code;
  Severity severity;
  Span span;           // invalid for file-level diagnostics: then `path` names the file
  std::string path;
  std::string message;
  std::vector<Related> related;
  std::string help;
};

// How many diagnostics are printed: a broken or hostile input must not turn
// into gigabytes of output. The counts stay exact (exit codes and summaries use
// them); what is left out is counted, and every renderer says how much.
struct DiagnosticLimits {
  std::size_t per_file = 100;  // the first ones of each file, by line and column
  std::size_t total = 200;     // the first ones of the run, in reading order
};

class Diagnostics {
 public:
  explicit Diagnostics(DiagnosticLimits limits = {}) : limits_(limits) {}

  // The reference is valid until the next add (for a dropped diagnostic, a scratch one).
  Diagnostic& add(Code code, Span span, std::string message, std::string help = {});
  Diagnostic& add_file(Code code, std::string path, std::string message);
  // What is kept: for each file at least its first `per_file` diagnostics by
  // line and column; the rest are counted only. In the order added (once more
  // than a few thousand arrive, grouped by file and position), or after sort()
  // in reading order.
  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t count() const { return errors_ + others_; }  // every diagnostic added, kept or not
  std::size_t error_count() const { return errors_; }
  std::size_t warning_count() const { return others_; }   // warnings and notes
  bool has_errors() const { return errors_ > 0; }
  const DiagnosticLimits& limits() const { return limits_; }
  // True when a diagnostic at `span` would not be kept: its file already has
  // `per_file` earlier ones. Such a diagnostic is still counted; a stage can
  // skip work for it (a did-you-mean search).
  bool beyond_limit(const Span& span) const;
  // Orders by file path, line, column, code: the order users read them in.
  // The same diagnostic found twice (a file checked on its own and as part of
  // an assessment's model) is kept once.
  void sort(const SourceManager& sm);
  // After sort(): the diagnostics to print, within the limits.
  std::vector<const Diagnostic*> shown() const;

  // `--strict`: warnings added from now on are errors.
  void set_strict(bool strict) { strict_ = strict; }

 private:
  void compact();
  Severity severity(Code code) const;

  DiagnosticLimits limits_;
  std::vector<Diagnostic> items_;
  // Per file that reached its limit at the last compaction: the position of
  // its last kept diagnostic. Anything after it is counted and dropped.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> cutoff_;
  Diagnostic dropped_;  // what add() returns for a dropped diagnostic
  std::size_t errors_ = 0, others_ = 0;
  std::size_t compact_at_ = 4096;
  bool strict_ = false;
};

}  // namespace kubus
