// A streaming JSON writer for the large report files (report.json,
// findings.sarif). Building an nlohmann tree of every finding and gap and then
// freeing it dominated `kubus assess`; this appends straight to a string and
// produces exactly the bytes of nlohmann's dump(2, ' ', false, replace), so the
// small parts can still be built as trees and written with value(const J&).
// With a sink, the text goes out in pieces of about a megabyte, so a file of
// hundreds of MB is never held whole.
#pragma once
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::report {

class JsonWriter {
 public:
  using J = nlohmann::ordered_json;

  using Sink = std::function<void(std::string_view)>;

  // Appends to `out`; with a `sink`, hands `out` to it whenever a container
  // closes with a piece's worth in it, and empties it.
  explicit JsonWriter(std::string& out, Sink sink = {});

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The next member's key; its value follows with a value() or begin_*() call.
  void key(std::string_view k);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::nullptr_t);
  void value(std::int64_t n);
  void value(int n) { value(static_cast<std::int64_t>(n)); }
  void value(std::uint64_t n);
  void value(std::uint32_t n) { value(static_cast<std::uint64_t>(n)); }
  void value(double x);
  // A subtree, indented for where it stands.
  void value(const J& j);
  void value(const nlohmann::json& j);

  // key(k) then value(v).
  template <class T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

 private:
  void separate();  // before a value or key: the comma, newline and indent its container needs
  void close(char bracket);
  void quoted(std::string_view s);  // s escaped as nlohmann does, with its quotes
  void indent(std::size_t depth);
  unsigned depth() const { return static_cast<unsigned>(2 * open_.size()); }

  std::string& out_;
  Sink sink_;
  nlohmann::detail::serializer<J> ordered_;
  nlohmann::detail::serializer<nlohmann::json> plain_;
  std::vector<bool> open_;  // per open container: whether it has no member yet
  bool after_key_ = false;
};

}  // namespace kubus::report
