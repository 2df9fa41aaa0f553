#include "history/backend.h"

#include <fmt/format.h>

#include <algorithm>
#include <regex>
#include <vector>

#include "history/postgres.h"
#include "history/sqlite.h"
#include "history/store.h"

namespace kubus::history {
namespace {

// Rows kBatch to an INSERT statement, prepared once for a full batch and once
// for the rest.
class InsertRows : public Rows {
 public:
  InsertRows(Connection& db, std::string_view table, std::string_view columns)
      : db_(db), head_(fmt::format("INSERT INTO {}({})", table, columns)),
        width_(static_cast<std::size_t>(std::count(columns.begin(), columns.end(), ',')) + 1) {}
  bool add(std::initializer_list<Value> row) override {
    values_.insert(values_.end(), row.begin(), row.end());
    return values_.size() < kBatch * width_ || finish();
  }
  bool finish() override {
    std::size_t rows = values_.size() / width_;
    if (rows == 0) return true;
    if (!full_ || rows < kBatch) {
      std::string one = "(" + std::string(2 * width_ - 1, '?') + ")";
      for (std::size_t i = 2; i < one.size() - 1; i += 2) one[i] = ',';  // "(?,?,?)"
      std::string sql = head_ + " VALUES" + one;
      for (std::size_t r = 1; r < rows; ++r) sql += "," + one;
      auto st = db_.prepare(sql);
      (rows == kBatch ? full_ : partial_) = std::move(st);
    }
    Statement& st = rows == kBatch ? *full_ : *partial_;
    int i = 0;
    for (const Value& v : values_) {
      ++i;
      if (const auto* n = std::get_if<long long>(&v)) st.bind(i, *n);
      else if (const auto* d = std::get_if<double>(&v)) st.bind(i, *d);
      else if (const auto* t = std::get_if<std::string>(&v)) st.bind(i, std::string_view(*t));
    }
    values_.clear();
    return st.run();
  }

 private:
  static constexpr std::size_t kBatch = 500;
  Connection& db_;
  std::string head_;
  std::size_t width_;
  std::vector<Value> values_;
  std::unique_ptr<Statement> full_, partial_;
};

}  // namespace

bool Connection::commit(Failure& failure) {
  if (exec("COMMIT")) return true;
  failure = this->failure("cannot record the run");
  rollback();
  return false;
}

std::unique_ptr<Rows> Connection::rows(std::string_view table, std::string_view columns) {
  return std::make_unique<InsertRows>(*this, table, columns);
}

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
