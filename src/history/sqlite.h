// The history in a SQLite file, behind the storage interface (backend.h): WAL
// mode, a busy timeout, the schema version in PRAGMA user_version and the
// file's mark in PRAGMA application_id. A file that is not a Kubus history,
// or is of a newer kubus, is reported (E09xx) and left byte for byte as it was.
#pragma once
#include <memory>
#include <string>

#include "history/backend.h"

namespace kubus::history {

std::unique_ptr<Connection> sqlite_connection(const std::string& path, int wait_ms);

}  // namespace kubus::history
