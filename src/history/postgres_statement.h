// A statement on a PostgreSQL connection: the `?` placeholders become $1, $2,
// ... and the parameters travel as text, executed with PQexecParams.
#pragma once
#include <libpq-fe.h>

#include <optional>
#include <string>
#include <vector>

#include "history/backend.h"

namespace kubus::history {

class PgStatement : public Statement {
 public:
  // `last` is the connection's: a failing statement leaves its result there for failure().
  PgStatement(PGconn* conn, std::string_view sql, PGresult*& last);
  ~PgStatement() override { PQclear(result_); }
  PgStatement(const PgStatement&) = delete;
  PgStatement& operator=(const PgStatement&) = delete;

  Statement& bind(int i, std::string_view v) override;
  Statement& bind(int i, double v) override;
  Statement& bind(int i, long long v) override;
  bool step() override;
  bool done() const override { return ok_; }
  void reset() override;
  std::string text(int col) const override;
  double real(int col) const override;
  long long integer(int col) const override;
  bool is_null(int col) const override { return PQgetisnull(result_, row_, col) != 0; }

 private:
  PGconn* conn_;
  std::string sql_;
  std::vector<std::optional<std::string>> params_;
  PGresult* result_ = nullptr;
  PGresult*& last_;
  bool executed_ = false, ok_ = false;
  int row_ = -1;
};

}  // namespace kubus::history
