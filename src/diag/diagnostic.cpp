#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace kubus {

const std::vector<CodeInfo>& all_codes() {
  static const std::vector<CodeInfo> codes = {
#define DIAG(id, code, sev, title) {Code::id, code, Severity::sev, title},
#include "diag/codes.def"
#undef DIAG
  };
  return codes;
}

const CodeInfo& info(Code c) { return all_codes()[static_cast<std::size_t>(c)]; }

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

Severity Diagnostics::severity(Code code) const {
  Severity s = info(code).severity;
  return strict_ && s == Severity::Warning ? Severity::Error : s;
}

Diagnostic& Diagnostics::add(Code code, Span span, std::string message, std::string help) {
  items_.push_back(Diagnostic{code, severity(code), span, {}, std::move(message), {}, std::move(help)});
  return items_.back();
}

Diagnostic& Diagnostics::add_file(Code code, std::string path, std::string message) {
  items_.push_back(Diagnostic{code, severity(code), {}, std::move(path), std::move(message), {}, {}});
  return items_.back();
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

void Diagnostics::sort(const SourceManager& sm) {
  auto key = [&](const Diagnostic& d) {
    std::string_view path = d.span.valid() ? std::string_view(sm.file(d.span.file).path) : std::string_view(d.path);
    return std::tuple(path, d.span.line, d.span.col, std::string_view(info(d.code).code),
                      std::string_view(d.message));
  };
  std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  auto same = [&](const Diagnostic& a, const Diagnostic& b) {
    return key(a) == key(b) && a.span.end_line == b.span.end_line && a.span.end_col == b.span.end_col &&
           a.help == b.help;
  };
  items_.erase(std::unique(items_.begin(), items_.end(), same), items_.end());
}

}  // namespace kubus
