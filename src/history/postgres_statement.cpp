#include "history/postgres_statement.h"

#include <fmt/format.h>

#include <charconv>

namespace kubus::history {

PgStatement::PgStatement(PGconn* conn, std::string_view sql, PGresult*& last) : conn_(conn), last_(last) {
  // The history's SQL has no `?` inside string literals, so each one is a parameter.
  int n = 0;
  for (char c : sql) sql_ += c == '?' ? "$" + std::to_string(++n) : std::string(1, c);
  params_.resize(static_cast<std::size_t>(n));
}

Statement& PgStatement::bind(int i, std::string_view v) {
  params_.at(static_cast<std::size_t>(i - 1)) = std::string(v);
  return *this;
}
// Shortest text that reads back as the same double (PostgreSQL parses it exactly).
Statement& PgStatement::bind(int i, double v) { return bind(i, std::string_view(fmt::format("{}", v))); }
Statement& PgStatement::bind(int i, long long v) { return bind(i, std::string_view(std::to_string(v))); }

bool PgStatement::step() {
  if (!executed_) {
    executed_ = true;
    std::vector<const char*> values;
    values.reserve(params_.size());
    for (const auto& p : params_) values.push_back(p ? p->c_str() : nullptr);
    result_ = PQexecParams(conn_, sql_.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                           nullptr, 0);
    ExecStatusType status = PQresultStatus(result_);
    ok_ = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
    if (!ok_) {
      PQclear(last_);
      last_ = result_;  // the connection keeps it for failure()
      result_ = nullptr;
      return false;
    }
    row_ = -1;
  }
  return result_ && ++row_ < PQntuples(result_);
}

void PgStatement::reset() {
  PQclear(result_);
  result_ = nullptr;
  executed_ = false;
  ok_ = false;
  for (auto& p : params_) p.reset();
}

std::string PgStatement::text(int col) const { return PQgetvalue(result_, row_, col); }

namespace {

// Independent of the process's locale, unlike strtod.
template <class T>
T parse(const char* text) {
  T v{};
  std::from_chars(text, text + std::char_traits<char>::length(text), v);
  return v;
}

}  // namespace

double PgStatement::real(int col) const { return parse<double>(PQgetvalue(result_, row_, col)); }
long long PgStatement::integer(int col) const { return parse<long long>(PQgetvalue(result_, row_, col)); }

}  // namespace kubus::history
