// The history's schema, one list of forward migrations for both backends:
// migration N (1-based) takes a history from version N-1 to N. Where SQLite's
// and PostgreSQL's types differ a migration has a text per backend; else one
// text serves both. A history records its version (SQLite: PRAGMA
// user_version; PostgreSQL: the table kubus_migrations) and is migrated when
// next written; one of a newer version is refused.
#pragma once
#include <string_view>
#include <vector>

namespace kubus::history {

enum class Backend { Sqlite, Postgres };

struct Migration {
  std::string_view sqlite;
  std::string_view postgres;  // empty: the same as sqlite
  std::string_view sql(Backend b) const { return b == Backend::Postgres && !postgres.empty() ? postgres : sqlite; }
};

const std::vector<Migration>& migrations();

// The version of the newest schema this kubus writes.
inline long long schema_version() { return static_cast<long long>(migrations().size()); }

}  // namespace kubus::history
