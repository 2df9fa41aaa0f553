// Rows into a PostgreSQL table by COPY ... FROM STDIN (text format): what
// makes recording a large run cheap on a server (bench/README.md, "The
// history"). Within the write transaction, so a run is still all or nothing.
#pragma once
#include <libpq-fe.h>

#include <memory>
#include <string_view>

#include "history/backend.h"

namespace kubus::history {

// `last` is the connection's: a refused COPY leaves its result there for Connection::failure.
std::unique_ptr<Rows> copy_rows(PGconn* conn, std::string_view table, std::string_view columns, PGresult*& last);

}  // namespace kubus::history
