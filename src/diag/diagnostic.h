// Diagnostics are collected, never thrown: every stage appends to a bag, and
// the CLI sorts and renders them once (text with carets, JSON, SARIF).
#pragma once
#include <string>
#include <vector>

#include "support/source.h"

namespace kubus {

enum class Severity { Error, Warning, Note };

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
const char* severity_name(Severity s);

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

class Diagnostics {
 public:
  Diagnostic& add(Code code, Span span, std::string message, std::string help = {});
  Diagnostic& add_file(Code code, std::string path, std::string message);
  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }
  // Orders by file path, line, column, code: the order users read them in.
  // The same diagnostic found twice (a file checked on its own and as part of
  // an assessment's model) is kept once.
  void sort(const SourceManager& sm);
  // `--strict`: warnings added from now on are errors.
  void set_strict(bool strict) { strict_ = strict; }

 private:
  Severity severity(Code code) const;
  std::vector<Diagnostic> items_;
  bool strict_ = false;
};

}  // namespace kubus
