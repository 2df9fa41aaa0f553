// Shared by the rules_check_*_test.cpp files only.
#pragma once
#include "test_util.h"

namespace kubus::test {

// The fixture of the rules_check_*_test.cpp files: a small model with every kind of
// declaration, and rules checked against it.
namespace rules_check {

inline constexpr const char* kModel = R"(
unit retail "Retail"

department claims "Claims" {
  kind: line
}

department it "IT" {
  kind: support
}

role claims-manager "Claims manager" {
  department: claims
}

role it-lead {
  department: it
}

channel email "E-mail" {
  medium: email
  cost: 0.50 EUR
}

channel phone {
  medium: phone
  assisted: true
}

capability customer-history {
  family: data
}

capability crm {
  family: data
}

component crm-system {
  capabilities: [customer-history, crm]
  department: it
  cost: 1000 EUR
}

touchpoint claim "Submit a claim" {
  phase: settle
  mandatory: true
  unit: retail
  owner: claims-manager
  channels: [email, phone]
  uses: [crm-system]
  effort: 3
  volume: 1_200_000 /year
  cost: 4.20 EUR
  feedback {
    sources: [survey, complaints]
    closed-loop: true
  }
  next: [payout]
}

touchpoint payout {
  phase: settle
  owner: it-lead
}

sla claims-it {
  from: claims
  to: it
  target: response-time <= 2 days
}

kpi claim-nps {
  of: claim
  metric: nps
  target: >= 30
  actual: 25
}

practice market-sensing

observation o1 {
  practice: market-sensing
  level: 3
  date: 2026-01-10
}
)";

struct Checked : Compiled {
  // Rule diagnostics only: the model itself must load cleanly.
  std::vector<const Diagnostic*> of(Code c) const {
    std::vector<const Diagnostic*> out;
    for (const auto& d : loaded->diags.all())
      if (d.code == c) out.push_back(&d);
    return out;
  }
  const Diagnostic& only(Code c) const {
    auto ds = of(c);
    INFO(all_text());
    REQUIRE(ds.size() == 1);
    return *ds[0];
  }
  std::size_t errors() const { return loaded->diags.error_count(); }
  std::string all_text() const {
    std::string out;
    for (const auto& d : loaded->diags.all())
      out += std::string(info(d.code).code) + " " + std::to_string(d.span.line) + ":" + std::to_string(d.span.col) +
             "-" + std::to_string(d.span.end_col) + " " + d.message + " | " + d.help + "\n";
    return out;
  }
  const kubus::rules::CheckedRule& rule(std::string_view id) const {
    for (const auto& r : rules)
      if (loaded->model().entities[r.entity].id == id) return r;
    FAIL("rule " << id << " not compiled\n" << all_text());
    return rules.front();
  }
};

// The model above plus `rules`, loaded and checked. Line numbers in `rules`
// start at kFirstLine.
inline Checked check(const std::string& rules) { return {compile_text(std::string(kModel) + rules)}; }

inline const std::uint32_t kFirstLine =
    static_cast<std::uint32_t>(std::count(kModel, kModel + std::char_traits<char>::length(kModel), '\n')) + 1;

// A rule over touchpoints with the given expect condition.
inline Checked expect_t(const std::string& cond) {
  return check("rule r {\n  for t in touchpoints\n  expect " + cond + "\n}\n");
}

}  // namespace rules_check

}  // namespace kubus::test
