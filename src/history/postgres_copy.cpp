#include "history/postgres_copy.h"

#include <fmt/format.h>

#include <string>

namespace kubus::history {
namespace {

// What the text format of COPY cannot hold as it is: its separators and its escape.
void escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

class CopyRows : public Rows {
 public:
  CopyRows(PGconn* conn, std::string_view table, std::string_view columns, PGresult*& last)
      : conn_(conn), sql_(fmt::format("COPY {}({}) FROM STDIN", table, columns)), last_(last) {}
  CopyRows(const CopyRows&) = delete;
  CopyRows& operator=(const CopyRows&) = delete;
  // A COPY left unfinished (a row was refused) is ended as failed, so that the
  // connection can still roll the transaction back.
  ~CopyRows() override {
    if (!started_) return;
    PQputCopyEnd(conn_, "the run was not recorded");
    while (PGresult* r = PQgetResult(conn_)) PQclear(r);
  }

  bool add(std::initializer_list<Value> row) override {
    if (!started_ && !start()) return false;
    bool first = true;
    for (const Value& v : row) {
      if (!first) buffer_ += '\t';
      first = false;
      if (std::holds_alternative<std::monostate>(v)) buffer_ += "\\N";
      else if (const auto* n = std::get_if<long long>(&v)) buffer_ += std::to_string(*n);
      else if (const auto* d = std::get_if<double>(&v)) buffer_ += fmt::format("{}", *d);  // shortest exact text
      else escaped(buffer_, std::get<std::string>(v));
    }
    buffer_ += '\n';
    return buffer_.size() < kChunk || send();
  }

  bool finish() override {
    if (!started_) return true;  // no rows: no COPY
    started_ = false;
    bool sent = send() && PQputCopyEnd(conn_, nullptr) == 1;
    // The COPY's outcome, and then nothing more (libpq wants every result read).
    bool ok = sent;
    while (PGresult* r = PQgetResult(conn_)) {
      if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        ok = false;
        keep(r);
      } else {
        PQclear(r);
      }
    }
    return ok;
  }

 private:
  // 256 KiB a message: few enough calls, little memory.
  static constexpr std::size_t kChunk = std::size_t{256} * 1024;

  bool start() {
    PGresult* r = PQexec(conn_, sql_.c_str());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
      keep(r);
      return false;
    }
    PQclear(r);
    started_ = true;
    return true;
  }
  bool send() {
    bool ok = buffer_.empty() || PQputCopyData(conn_, buffer_.data(), static_cast<int>(buffer_.size())) == 1;
    buffer_.clear();
    return ok;
  }
  void keep(PGresult* r) {  // the connection's failure() reads it
    PQclear(last_);
    last_ = r;
  }

  PGconn* conn_;
  std::string sql_;
  PGresult*& last_;
  std::string buffer_;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<Rows> copy_rows(PGconn* conn, std::string_view table, std::string_view columns, PGresult*& last) {
  return std::make_unique<CopyRows>(conn, table, columns, last);
}

}  // namespace kubus::history
