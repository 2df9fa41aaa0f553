#include "report/json_writer.h"

#include <array>
#include <charconv>

#include "support/text.h"

namespace kubus::report {

namespace {
constexpr auto kReplace = nlohmann::json::error_handler_t::replace;
constexpr std::size_t kPiece = std::size_t(1) << 20;
}  // namespace

JsonWriter::JsonWriter(std::string& out, Sink sink)
    : out_(out),
      sink_(std::move(sink)),
      ordered_(nlohmann::detail::output_adapter<char>(out), ' ', kReplace),
      plain_(nlohmann::detail::output_adapter<char>(out), ' ', kReplace) {}

void JsonWriter::indent(std::size_t depth) { out_.append(depth, ' '); }

void JsonWriter::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  out_ += open_.back() ? "\n" : ",\n";
  open_.back() = false;
  indent(depth());
}

void JsonWriter::begin_object() {
  separate();
  out_ += '{';
  open_.push_back(true);
}

void JsonWriter::begin_array() {
  separate();
  out_ += '[';
  open_.push_back(true);
}

void JsonWriter::close(char bracket) {
  bool empty = open_.back();
  open_.pop_back();
  if (!empty) {
    out_ += '\n';
    indent(depth());
  }
  out_ += bracket;
  if (sink_ && out_.size() >= kPiece) {
    sink_(out_);
    out_.clear();
  }
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view k) {
  separate();
  quoted(k);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  separate();
  quoted(s);
}

namespace {

// Bytes that need an escape; every other byte of valid UTF-8 is copied as is.
constexpr auto kEscape = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  t['"'] = t['\\'] = true;
  return t;
}();

bool ascii(std::string_view s) {
  unsigned char any = 0;  // an OR over all bytes: the compiler vectorises it
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

}  // namespace

void JsonWriter::quoted(std::string_view s) {
  if (!ascii(s) && find_invalid_utf8(s)) {
    // Rare: let nlohmann replace the invalid bytes exactly as it always did.
    ordered_.dump(J(std::string(s)), false, false, 0);
    return;
  }
  out_ += '"';
  std::size_t run = 0;  // start of the bytes not yet appended
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!kEscape[c]) continue;
    out_.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
        out_.append(u, sizeof u);
      }
    }
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

void JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(std::nullptr_t) {
  separate();
  out_ += "null";
}

void JsonWriter::value(std::int64_t n) {
  separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
}

void JsonWriter::value(std::uint64_t n) {
  separate();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
}

void JsonWriter::value(double x) {
  separate();
  ordered_.dump(J(x), false, false, 0);  // nlohmann's shortest round-trip form, "1.0" for whole numbers
}

void JsonWriter::value(const J& j) {
  separate();
  ordered_.dump(j, true, false, 2, depth());
}

void JsonWriter::value(const nlohmann::json& j) {
  separate();
  plain_.dump(j, true, false, 2, depth());
}

}  // namespace kubus::report
