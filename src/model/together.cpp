// Checks that read several fields of one declaration: a KPI's or SLA's target
// against its actual, and a waiver's rule or gap.
#include "model/loader.h"

namespace kubus::model {
namespace {

std::string q(std::string_view s) { return "'" + std::string(s) + "'"; }

// "a duration", without the example dim_name adds.
std::string dim_word(schema::Dim d) {
  std::string words(schema::dim_name(d));
  return words.substr(0, words.find(" ("));
}

// "'h' (a duration)", or "no unit".
std::string unit_words(const Val& quantity) {
  if (quantity.text.empty()) return "no unit";
  return q(quantity.text) + " (" + dim_word(quantity.dim) + ")";
}

// The target's value as written: "300 s".
std::string target_text(const Val& t) {
  auto unit = schema::find_unit(t.text);
  return fmt_num(t.number / (unit ? unit->factor : 1.0)) + " " + std::string(t.text);
}

}  // namespace

void Loader::check_fields_together(const Entity& e) {
  std::string_view kind = m_.spec(e).name;
  if (kind == "kpi" || kind == "sla") {
    check_target(e);
    check_actual(e);
  }
  if (kind == "waiver") check_waiver(e);
}

void Loader::check_target(const Entity& e) {
  const Val& target = m_.field(e, "target");
  if (!target.present()) return;
  if (target.op == ast::CmpOp::Ne)
    diags_.add(Code::WrongType, target.span, "a target cannot be '!='",
               "say which side the actual must be on: <, <=, ==, >= or >, e.g. target: >= 30");
  if (m_.spec(e).name == "sla") {
    if (target.text.empty())
      diags_.add(Code::WrongType, target.span, "an SLA target names what it measures",
                 "for example: target: response-time <= 2 days");
    return;
  }
  const Val& metric = m_.field(e, "metric");
  if (!target.text.empty() && metric.present() && metric.text != target.text)
    diags_.add(Code::WrongType, target.span,
               "target names metric " + q(target.text) + " but the KPI measures " + q(metric.text),
               "leave the metric out of the target: target: >= 30");
}

// The actual is compared with the target after unit conversion, so its unit
// must convert to the target's: the same dimension, and for money the same
// currency. A plain number only measures against a plain target.
void Loader::check_actual(const Entity& e) {
  const Val& target = m_.field(e, "target");
  const Val& actual = m_.field(e, "actual");
  if (!target.present() || !actual.present()) return;
  const Val& t = target.items[0];
  bool money = actual.dim == schema::Dim::Money && t.dim == schema::Dim::Money;
  if (actual.dim == t.dim && (!money || actual.text == t.text)) return;
  std::string message = "the actual is in " + unit_words(actual) + ", which does not convert to the target's " +
                        unit_words(t);
  if (actual.text.empty()) message = "the actual has no unit, but the target is in " + unit_words(t);
  else if (t.text.empty()) message = "the actual is in " + unit_words(actual) + ", but the target is a plain number";
  std::string help;
  if (money) help = "currencies never convert: measure the actual in " + std::string(t.text);
  else if (t.text.empty()) help = "write the actual as a plain number, like the target, or give the target its unit";
  else help = "write the actual as " + dim_word(t.dim) + ", like the target's " + target_text(t);
  diags_.add(Code::UnconvertibleActual, actual.span, message, help).related.push_back({target.span, "the target"});
}

void Loader::check_waiver(const Entity& e) {
  const Val& rule = m_.field(e, "rule");
  const Val& gap = m_.field(e, "gap");
  bool wrote_rule = rule.present() || written(e, "rule");
  bool wrote_gap = gap.present() || written(e, "gap");
  if (wrote_rule && wrote_gap)
    diags_.add(Code::BadWaiver, gap.present() ? gap.span : e.id_span, "waiver " + q(e.id) + " names both a rule and a gap kind",
               "one waiver waives one rule or one gap kind: split it in two");
  else if (!wrote_rule && !wrote_gap)
    diags_.add(Code::BadWaiver, e.id_span, "waiver " + q(e.id) + " names no rule and no gap kind",
               "add `rule: RULE-ID`, or `gap: KIND` for silo gaps");
  const Val& reason = m_.field(e, "reason");
  if (reason.present() && unquote(reason.text).find_first_not_of(" \t") == std::string_view::npos)
    diags_.add(Code::BadWaiver, reason.span, "waiver " + q(e.id) + " gives no reason",
               "say why the deviation is accepted, e.g. reason: \"Chat arrives with the new platform in 2027-Q3\"");
}

}  // namespace kubus::model
