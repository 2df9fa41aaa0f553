#include "lsp/transport.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "support/text.h"

namespace kubus::lsp {
namespace {

constexpr std::size_t kMaxHeaderLine = 1024;
constexpr std::size_t kMaxHeaders = 32;

enum class LineStatus { Line, End, TooLong };

// One header line without its line break. End: the input ended first (`line`
// holds what was read).
LineStatus read_line(std::istream& in, std::string& line) {
  line.clear();
  for (;;) {
    int c = in.get();
    if (c == std::istream::traits_type::eof()) return LineStatus::End;
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return LineStatus::Line;
    }
    if (line.size() >= kMaxHeaderLine) return LineStatus::TooLong;
    line.push_back(static_cast<char>(c));
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Digits only, no sign, at most `max`.
std::optional<std::size_t> parse_length(std::string_view v, std::size_t max) {
  if (v.empty() || v.size() > 12) return std::nullopt;
  std::size_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
  }
  if (n > max) return std::nullopt;
  return n;
}

ReadResult bad(std::string error) { return {ReadStatus::BadFrame, {}, std::move(error)}; }

// At most `n` bytes of what was read, printable: other bytes as \xNN.
std::string shown(std::string_view s, std::size_t n) {
  return escape_bytes(s.substr(0, n), [](unsigned char c) { return c >= 0x20 && c < 0x7F; }, "\\x");
}

}  // namespace

ReadResult read_message(std::istream& in, std::size_t max_body) {
  std::optional<std::size_t> length;
  std::string line;
  for (std::size_t n = 0;; ++n) {
    LineStatus st = read_line(in, line);
    if (st == LineStatus::TooLong) return bad("a header line longer than " + std::to_string(kMaxHeaderLine) + " bytes");
    if (st == LineStatus::End) {
      if (n == 0 && line.empty()) return {ReadStatus::End, {}, {}};
      return bad("the input ended inside the headers of a message");
    }
    if (line.empty()) break;
    if (n >= kMaxHeaders) return bad("more than " + std::to_string(kMaxHeaders) + " header lines");
    auto colon = line.find(':');
    if (colon == std::string::npos) return bad("a header line without ':': '" + shown(line, 80) + "'");
    if (lower(trim(std::string_view(line).substr(0, colon))) != "content-length") continue;
    auto value = trim(std::string_view(line).substr(colon + 1));
    auto parsed = parse_length(value, max_body);
    if (!parsed)
      return bad("Content-Length '" + shown(value, 40) + "' is not a number of bytes up to " +
                 std::to_string(max_body));
    if (length && *length != *parsed) return bad("two different Content-Length headers");
    length = parsed;
  }
  if (!length) return bad("a message without a Content-Length header");
  // Read in slices, so a length that promises more than ever comes costs no
  // more memory than what did come.
  ReadResult r{ReadStatus::Message, {}, {}};
  constexpr std::size_t kSlice = std::size_t{1} << 20;
  while (r.body.size() < *length) {
    std::size_t want = std::min(kSlice, *length - r.body.size());
    std::size_t have = r.body.size();
    r.body.resize(have + want);
    in.read(r.body.data() + have, static_cast<std::streamsize>(want));
    auto got = static_cast<std::size_t>(in.gcount());
    if (got < want)
      return bad("the input ended after " + std::to_string(have + got) + " of " + std::to_string(*length) +
                 " bytes of a message");
  }
  return r;
}

Frames read_messages(std::string_view bytes, std::size_t max_body) {
  std::istringstream in{std::string(bytes)};
  Frames out;
  for (;;) {
    ReadResult r = read_message(in, max_body);
    if (r.status != ReadStatus::Message) {
      out.end = r.status;
      out.error = std::move(r.error);
      return out;
    }
    out.bodies.push_back(std::move(r.body));
  }
}

bool write_message(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n";
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace kubus::lsp
