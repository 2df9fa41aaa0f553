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

Severity Diagnostics::severity(Code code) const {
  Severity s = info(code).severity;
  return strict_ && s == Severity::Warning ? Severity::Error : s;
}

Diagnostic& Diagnostics::add(Code code, Span span, std::string message, std::string help) {
  Severity severity = this->severity(code);
  ++(severity == Severity::Error ? errors_ : others_);
  if (beyond_limit(span)) {
    dropped_ = Diagnostic{code, severity, span, {}, {}, {}, {}};
    return dropped_;
  }
  if (items_.size() >= compact_at_) compact();
  items_.push_back(Diagnostic{code, severity, span, {}, std::move(message), {}, std::move(help)});
  return items_.back();
}

bool Diagnostics::beyond_limit(const Span& span) const {
  if (!span.valid() || span.file >= cutoff_.size()) return false;
  auto [line, col] = cutoff_[span.file];
  return line != 0 && std::pair(span.line, span.col) > std::pair(line, col);
}

Diagnostic& Diagnostics::add_file(Code code, std::string path, std::string message) {
  if (items_.size() >= compact_at_) compact();
  Severity severity = this->severity(code);
  ++(severity == Severity::Error ? errors_ : others_);
  items_.push_back(Diagnostic{code, severity, {}, std::move(path), std::move(message), {}, {}});
  return items_.back();
}

namespace {

// Position within a file; the path is not needed to pick a file's first ones.
auto position_key(const Diagnostic& d) {
  return std::tuple(d.span.valid(), d.span.file, d.span.line, d.span.col, std::string_view(info(d.code).code),
                    std::string_view(d.message));
}

}  // namespace

// Keeps the first `per_file` of each file by position (file-level diagnostics,
// one per path named, all of them), so memory stays bounded however many
// diagnostics one file produces.
void Diagnostics::compact() {
  std::stable_sort(items_.begin(), items_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return position_key(a) < position_key(b); });
  std::size_t kept = 0, in_file = 0;
  for (std::size_t i = 0; i < items_.size(); ++i) {
    const Diagnostic& d = items_[i];
    bool same_file = kept > 0 && items_[kept - 1].span.valid() && d.span.valid() && items_[kept - 1].span.file == d.span.file;
    in_file = same_file ? in_file + 1 : 0;
    if (d.span.valid() && in_file >= limits_.per_file) {
      if (cutoff_.size() <= d.span.file) cutoff_.resize(d.span.file + 1);
      cutoff_[d.span.file] = {items_[kept - 1].span.line, items_[kept - 1].span.col};
      continue;
    }
    if (kept != i) items_[kept] = std::move(items_[i]);
    ++kept;
  }
  items_.erase(items_.begin() + static_cast<std::ptrdiff_t>(kept), items_.end());
  compact_at_ = std::max(compact_at_, 2 * items_.size());
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
  // The counts follow: a duplicate is not counted twice. Only one left out past
  // a file's limit, which is not kept to compare, can still count twice: in a
  // file read twice that has more than `per_file` problems.
  auto first_duplicate = std::unique(items_.begin(), items_.end(), same);
  for (auto it = first_duplicate; it != items_.end(); ++it) --(it->severity == Severity::Error ? errors_ : others_);
  items_.erase(first_duplicate, items_.end());
}

std::vector<const Diagnostic*> Diagnostics::shown() const {
  std::vector<const Diagnostic*> out;
  std::size_t in_file = 0;
  const Diagnostic* prev = nullptr;
  for (const Diagnostic& d : items_) {
    if (out.size() == limits_.total) break;
    bool same_file = prev && prev->span.valid() && d.span.valid() && prev->span.file == d.span.file;
    in_file = same_file ? in_file + 1 : 0;
    prev = &d;
    if (d.span.valid() && in_file >= limits_.per_file) continue;
    out.push_back(&d);
  }
  return out;
}

}  // namespace kubus
