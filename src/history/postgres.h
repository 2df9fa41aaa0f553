// The history on a PostgreSQL server (the team store, docs/team-store.md),
// behind the storage interface (backend.h), through libpq. The location is a
// libpq connection URI or key/value string; its password comes from PGPASSWORD
// or ~/.pgpass, never from the location, which is refused when it carries one.
// A run is one transaction under a transaction-scoped advisory lock, so
// concurrent writers on several machines never interleave or lose a run.
#pragma once
#include <memory>
#include <string>

#include "history/backend.h"

namespace kubus::history {

std::unique_ptr<Connection> postgres_connection(const std::string& location, int wait_ms);

// Whether `location` reads as a libpq connection string rather than a file path.
bool is_postgres_location(const std::string& location);

}  // namespace kubus::history
