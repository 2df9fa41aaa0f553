#include "history/postgres.h"

#include <libpq-fe.h>

#include <cctype>
#include <cstring>
#include <regex>

#include "history/postgres_copy.h"
#include "history/postgres_statement.h"

namespace kubus::history {
namespace {

// The key of the advisory lock a recording run holds for its transaction: "KUBS".
constexpr long long kLockKey = 0x4B554253;

// libpq's text without its "connection to server ... failed: " and "FATAL:  "
// prefixes, its first line only: the cause, not a stack of it.
std::string first_line(std::string text) {
  for (const char* prefix : {"failed: ", "FATAL:  ", "ERROR:  "})
    if (auto at = text.find(prefix); at != std::string::npos && at < text.find('\n')) text.erase(0, at + std::strlen(prefix));
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return text;
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// Why a connection failed, in one line a user can act on.
std::string connect_reason(PGconn* conn) {
  std::string m = PQerrorMessage(conn);
  if (PQconnectionNeedsPassword(conn))
    return "the server asks for a password: set PGPASSWORD or add it to ~/.pgpass";
  if (contains(m, "password authentication failed"))
    return "the server refused the password of user '" + std::string(PQuser(conn)) + "' (PGPASSWORD or ~/.pgpass)";
  if (contains(m, "database \"") && contains(m, "does not exist"))
    return "there is no database '" + std::string(PQdb(conn)) + "' on the server (docs/team-store.md: create it)";
  if (contains(m, "role \"") && contains(m, "does not exist"))
    return "there is no user '" + std::string(PQuser(conn)) + "' on the server";
  if (contains(m, "Connection refused") || contains(m, "No such file or directory") ||
      contains(m, "could not translate host name") || contains(m, "timeout expired"))
    return "no PostgreSQL server answers there (" + first_line(m) + "); is it running?";
  return first_line(m);
}

class PgConnection : public Connection {
 public:
  PgConnection(std::string location, int wait_ms) : location_(std::move(location)), wait_ms_(wait_ms) {}
  ~PgConnection() override {
    PQclear(last_);
    PQfinish(conn_);
  }
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  bool open_to_read(Failure& failure) override;
  bool begin_write(Failure& failure) override;
  std::unique_ptr<Statement> prepare(std::string_view sql) override {
    return std::make_unique<PgStatement>(conn_, sql, last_);
  }
  long long version() const override { return version_; }
  // COPY FROM STDIN: the rows stream to the server without a statement to parse per batch.
  std::unique_ptr<Rows> rows(std::string_view table, std::string_view columns) override {
    return copy_rows(conn_, table, columns, last_);
  }
  std::string_view row_order() const override { return "seq"; }
  Failure failure(const std::string& what) const override;

 protected:
  bool exec(std::string_view sql) override;

 private:
  bool connect(Failure& failure);
  bool inspect(Failure& failure);
  bool migrate(Failure& failure);
  std::string location_;
  int wait_ms_;
  PGconn* conn_ = nullptr;
  PGresult* last_ = nullptr;  // the last failed statement's result
  bool empty_ = true;         // no Kubus tables yet
  long long version_ = 0;
};

bool PgConnection::exec(std::string_view sql) {
  PGresult* r = PQexec(conn_, std::string(sql).c_str());
  ExecStatusType status = PQresultStatus(r);
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    PQclear(r);
    return true;
  }
  PQclear(last_);
  last_ = r;
  return false;
}

Failure PgConnection::failure(const std::string& what) const {
  std::string where = "'" + location_ + "'";
  if (PQstatus(conn_) != CONNECTION_OK)
    return {Code::HistoryUnusable,
            what + ": lost the connection to the history server " + where + " (" + first_line(PQerrorMessage(conn_)) +
                "); nothing was recorded",
            true};
  const char* state = last_ ? PQresultErrorField(last_, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = last_ ? PQresultErrorField(last_, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string code = state ? state : "", detail = primary ? primary : first_line(PQerrorMessage(conn_));
  if (code == "55P03")
    return {Code::HistoryLocked, what + ": " + where + " is locked by another run (" + detail +
                                     "); try again when it is done"};
  if (code == "53100")
    return {Code::HistoryFull, what + ": the server of " + where + " is out of disk space (" + detail +
                                   "); nothing was recorded"};
  if (code.starts_with("42501"))
    return {Code::HistoryUnusable, what + ": " + where + " does not grant this user what kubus needs (" + detail +
                                       "; docs/team-store.md lists the privileges)"};
  return {Code::HistoryUnusable, what + ": " + where + " cannot be used (" + detail + ")"};
}

bool PgConnection::connect(Failure& failure) {
  // The password comes from PGPASSWORD or ~/.pgpass, never from a command line or a file.
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(location_.c_str(), &error);
  if (!options) {
    failure = {Code::HistoryUnusable,
               "'" + location_ + "' is not a PostgreSQL connection string (" + first_line(error ? error : "") + ")", true};
    PQfreemem(error);
    return false;
  }
  bool password = false;
  for (auto* o = options; o->keyword; ++o) password = password || (std::string_view(o->keyword) == "password" && o->val);
  PQconninfoFree(options);
  if (password) {
    failure = {Code::HistoryUnusable,
               "the history location carries a password; kubus refuses it there (it would show in shell history "
               "and process lists): remove it and set PGPASSWORD or ~/.pgpass",
               true};
    return false;
  }
  // Later keywords win: the location may set its own connect_timeout.
  const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname", nullptr};
  const char* values[] = {"10", "kubus", location_.c_str(), nullptr};
  conn_ = PQconnectdbParams(keys, values, 1);
  if (PQstatus(conn_) != CONNECTION_OK) {
    failure = {Code::HistoryUnusable, "cannot connect to the history '" + location_ + "': " + connect_reason(conn_), true};
    return false;
  }
  // The server's notices ("relation ... already exists, skipping") are not the user's business.
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  return true;
}

// Which Kubus tables the database holds and their version: nothing is written.
bool PgConnection::inspect(Failure& failure) {
  auto st = prepare(
      "SELECT to_regclass('kubus_migrations') IS NOT NULL, to_regclass('runs') IS NOT NULL");
  if (!st->step()) {
    failure = this->failure("cannot read the history");
    return false;
  }
  bool marked = st->text(0) == "t", runs = st->text(1) == "t";
  if (runs && !marked) {
    failure = {Code::NotHistory, "'" + location_ + "' is not a Kubus history: its table 'runs' is another program's "
                                 "(no kubus_migrations); it was left untouched"};
    return false;
  }
  empty_ = !marked;
  version_ = 0;
  if (marked) {
    auto v = prepare("SELECT COALESCE(MAX(version), 0) FROM kubus_migrations");
    if (!v->step()) {
      failure = this->failure("cannot read the history");
      return false;
    }
    version_ = v->integer(0);
  }
  if (version_ > schema_version()) {
    failure = {Code::NewerHistory, "'" + location_ + "' was written by a newer kubus (history schema " +
                                       std::to_string(version_) + "; this kubus knows " +
                                       std::to_string(schema_version()) + "); it was left untouched"};
    return false;
  }
  return true;
}

bool PgConnection::open_to_read(Failure& failure) {
  if (!connect(failure)) return false;
  if (!exec("SET default_transaction_read_only = on") || !inspect(failure)) {
    if (failure.message.empty()) failure = this->failure("cannot read the history");
    return false;
  }
  if (empty_) {
    failure = {Code::NoHistory, "no runs recorded in '" + location_ + "' (run `kubus assess` first)"};
    return false;
  }
  return true;
}

bool PgConnection::begin_write(Failure& failure) {
  if (!connect(failure)) return false;
  // One run at a time per database: the lock is the transaction's and goes
  // with it, also when the client dies. Runs wait for it up to wait_ms_.
  if (!exec("BEGIN") || !exec("SET LOCAL lock_timeout = " + std::to_string(wait_ms_)) ||
      !exec("SELECT pg_advisory_xact_lock(" + std::to_string(kLockKey) + ")")) {
    failure = this->failure("cannot record the run");
    rollback();
    return false;
  }
  if (!inspect(failure) || !migrate(failure)) {
    rollback();
    return false;
  }
  return true;
}

bool PgConnection::migrate(Failure& failure) {
  if (empty_ && !exec("CREATE TABLE kubus_migrations(version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)")) {
    failure = this->failure("cannot create the history's tables");
    return false;
  }
  for (auto v = version_; v < schema_version(); ++v)
    if (!exec(migrations()[static_cast<std::size_t>(v)].sql(Backend::Postgres)) ||
        !exec("INSERT INTO kubus_migrations VALUES(" + std::to_string(v + 1) + ", now())")) {
      failure = this->failure("cannot create the history's tables");
      return false;
    }
  version_ = schema_version();
  return true;
}

}  // namespace

bool is_postgres_location(const std::string& location) {
  // A URI, or key/value pairs that start with a keyword and '=' ("host=db dbname=kubus").
  static const std::regex kv(R"(^\s*[A-Za-z_]+\s*=)");
  return location.starts_with("postgresql://") || location.starts_with("postgres://") || std::regex_search(location, kv);
}

std::unique_ptr<Connection> postgres_connection(const std::string& location, int wait_ms) {
  return std::make_unique<PgConnection>(location, wait_ms);
}

}  // namespace kubus::history
