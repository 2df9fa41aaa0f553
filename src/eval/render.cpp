#include "eval/render.h"

#include <fmt/format.h>

#include <cmath>
#include <iterator>
#include <optional>

#include "eval/eval.h"
#include "support/text.h"

namespace kubus::eval {
namespace {

// Appends without temporaries: messages are rendered for every finding.
void append_number(double n, std::string& out) {
  if (std::isfinite(n) && std::fabs(n) < 1e15 && n == std::trunc(n)) {
    fmt::format_to(std::back_inserter(out), "{:.0f}", n);
    return;
  }
  std::size_t start = out.size();
  fmt::format_to(std::back_inserter(out), "{:.2f}", n);
  while (out.size() > start && out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
}

// The largest duration unit that keeps the number readable.
void append_duration(double seconds, std::string& out) {
  struct Unit { double factor; std::string_view one, many; };
  static constexpr Unit units[] = {{86400, "day", "days"}, {3600, "h", "h"}, {60, "min", "min"}};
  for (const auto& u : units)
    if (std::fabs(seconds) >= u.factor) {
      double n = seconds / u.factor;
      append_number(n, out);
      out += ' ';
      out += n == 1 ? u.one : u.many;
      return;
    }
  append_number(seconds, out);
  out += " s";
}

void append_money(double n, std::string_view currency, std::string& out) {
  // Cents stay written as cents: 4.50 EUR, not 4.5 EUR.
  if (n == std::trunc(n)) append_number(n, out);
  else fmt::format_to(std::back_inserter(out), "{:.2f}", n);
  out += ' ';
  out += currency.empty() ? std::string_view("EUR") : currency;
}

// In the unit it was written in (`70 h` stays 70 h); a quantity without one
// (a rate written as a plain number) in its dimension's usual unit.
void append_quantity(const Value& v, std::string& out) {
  std::string_view unit = v.val ? v.val->text : std::string_view();
  if (auto info = unit.empty() ? std::nullopt : schema::find_unit(unit)) {
    if (info->dim == schema::Dim::Money) {
      append_money(v.number, unit, out);
      return;
    }
    append_number(v.number / info->factor, out);
    out += ' ';
    out += unit;
    return;
  }
  switch (v.dim) {
    case schema::Dim::Duration: append_duration(v.number, out); return;
    case schema::Dim::Money: append_money(v.number, {}, out); return;
    case schema::Dim::Percent: append_number(v.number, out); out += " %"; return;
    case schema::Dim::Rate: append_number(v.number, out); out += " /year"; return;
    case schema::Dim::Effort: append_number(v.number, out); out += " pm"; return;
    case schema::Dim::None: append_number(v.number, out); return;
  }
}

}  // namespace

std::string value_text(const model::Model& m, const model::Val& v) {
  std::string out;
  render(m, from_val(v), out, kDefaultLang);
  return out;
}

std::string number_text(double n) {
  std::string out;
  append_number(n, out);
  return out;
}

void render(const model::Model& m, const Value& v, std::string& out, Lang lang) {
  using T = Value::Tag;
  switch (v.tag) {
    case T::None: out += "none"; return;
    case T::Bool: out += v.boolean ? "true" : "false"; return;
    case T::Number: append_number(v.number, out); return;
    case T::Quantity: append_quantity(v, out); return;
    case T::Text: out += v.val->text; return;
    case T::Enum: case T::Ident: case T::Date: case T::Quarter: out += v.val->text; return;
    case T::Comparison: {
      if (!v.val->text.empty()) {
        out += v.val->text;
        out += ' ';
      }
      out += ast::cmp_text(v.val->op);
      out += ' ';
      render(m, from_val(v.val->items[0]), out, lang);
      return;
    }
    case T::Entity: out += m.display(m.entities[v.index], lang); return;
    case T::Block: out += m.display(m.nested[v.index]); return;
    case T::Handoff: {
      const model::Handoff& h = m.handoffs[v.index];
      out += m.display(m.entities[h.from], lang);
      out += " -> ";
      out += m.display(m.entities[h.to], lang);
      return;
    }
    case T::List:
      for (std::uint32_t k = 0; k < v.size; ++k) {
        if (k) out += ", ";
        render(m, item(v, k), out, lang);
      }
      return;
  }
}

}  // namespace kubus::eval
