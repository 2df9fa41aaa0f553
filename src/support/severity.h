// How serious something is: a diagnostic, a rule (its `severity` field) and
// each of its findings, down to the SARIF level. One enumerator per degree and
// one name table, with the words each audience uses.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "support/name_table.h"

namespace kubus {

enum class Severity : std::uint8_t { Error, Warning, Note };

struct SeverityName {
  Severity severity;
  std::string_view name;       // diagnostics and SARIF levels: error, warning, note
  std::string_view rule_word;  // a rule's `severity:` and its findings in reports: error, warning, info
};

// Every degree, most serious first (the order of the rule field's choices).
inline constexpr std::array<SeverityName, 3> kSeverities = {{
    {Severity::Error, "error", "error"},
    {Severity::Warning, "warning", "warning"},
    {Severity::Note, "note", "info"},
}};

static_assert(in_enum_order(kSeverities, &SeverityName::severity), "kSeverities lists the degrees in enumerator order");

// "error", "warning", "note": as diagnostics print it, and SARIF's `level`.
constexpr std::string_view severity_name(Severity s) { return kSeverities[static_cast<std::size_t>(s)].name; }

// "error", "warning", "info": as a rule writes it and reports show its findings.
constexpr std::string_view rule_severity_name(Severity s) {
  return kSeverities[static_cast<std::size_t>(s)].rule_word;
}

// The degree a rule's `severity:` word stands for; nullopt for any other word.
constexpr std::optional<Severity> parse_rule_severity(std::string_view word) {
  return find_word(kSeverities, &SeverityName::severity, &SeverityName::rule_word, word);
}

// The words a rule may write, most serious first: the schema's choices for `severity`.
inline std::vector<std::string_view> rule_severity_words() {
  std::vector<std::string_view> out;
  for (const auto& s : kSeverities) out.push_back(s.rule_word);
  return out;
}

}  // namespace kubus
