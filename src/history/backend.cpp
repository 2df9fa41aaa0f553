#include "history/backend.h"

#include <regex>

#include "history/postgres.h"
#include "history/sqlite.h"
#include "history/store.h"

namespace kubus::history {

bool is_server(const std::string& location) { return is_postgres_location(location); }

std::string shown_location(const std::string& location) {
  if (!is_server(location)) return location;
  static const std::regex uri_password(R"((://[^:/@]*):[^@/]*@)"), kv_password(R"(password\s*=\s*('[^']*'|\S+))");
  return std::regex_replace(std::regex_replace(location, uri_password, "$1@"), kv_password, "password=...");
}

std::unique_ptr<Connection> connection(const std::string& location, int wait_ms) {
  return is_server(location) ? postgres_connection(location, wait_ms) : sqlite_connection(location, wait_ms);
}

}  // namespace kubus::history
