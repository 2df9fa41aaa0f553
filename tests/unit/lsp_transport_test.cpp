// The base protocol: Content-Length framing over a byte stream, and what a
// broken frame does (the server stops cleanly instead of guessing).
#include <catch2/catch.hpp>

#include <random>
#include <sstream>

#include "lsp/transport.h"

using namespace kubus::lsp;

namespace {

std::string frame(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

}  // namespace

TEST_CASE("messages are read one after another, and the end between them is a clean end", "[lsp][transport]") {
  std::istringstream in(frame(R"({"a":1})") + frame("{}") + frame(""));
  auto a = read_message(in);
  CHECK(a.status == ReadStatus::Message);
  CHECK(a.body == R"({"a":1})");
  CHECK(read_message(in).body == "{}");
  auto empty = read_message(in);
  CHECK(empty.status == ReadStatus::Message);
  CHECK(empty.body.empty());
  CHECK(read_message(in).status == ReadStatus::End);
}

TEST_CASE("header names are case-insensitive, other headers are ignored, a bare LF ends a line", "[lsp][transport]") {
  std::istringstream in("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
                        "CONTENT-LENGTH:  3 \n\n[1]");
  CHECK(read_message(in).body == "{}");
  CHECK(read_message(in).body == "[1]");
}

TEST_CASE("a body is read byte for byte, whatever it holds", "[lsp][transport]") {
  std::string body = std::string("{\"t\":\"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80\"}") + std::string(1, '\0') + "\r\n";
  std::istringstream in(frame(body) + frame("{}"));
  CHECK(read_message(in).body == body);
  CHECK(read_message(in).body == "{}");
}

TEST_CASE("broken frames are refused with the reason", "[lsp][transport]") {
  struct Case {
    std::string input, reason;
  };
  auto cases = GENERATE(values<Case>({
      {"Content-Type: x\r\n\r\n{}", "without a Content-Length"},
      {"Content-Length: abc\r\n\r\n{}", "is not a number"},
      {"Content-Length: -2\r\n\r\n{}", "is not a number"},
      {"Content-Length: 2x\r\n\r\n{}", "is not a number"},
      {"Content-Length: \r\n\r\n{}", "is not a number"},
      {"Content-Length: 99999999999999999999\r\n\r\n{}", "is not a number"},
      {"Content-Length: 67108865\r\n\r\n{}", "up to 67108864"},
      {"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", "two different"},
      {"Content-Length: 10\r\n\r\n{}", "after 2 of 10 bytes"},
      {"Content-Length: 2\r\n", "inside the headers"},
      {"garbage without a colon\r\n\r\n", "without ':'"},
      {std::string(5000, 'x'), "longer than 1024"},
      {"\x01\x02\xFF\xFE\r\n", "without ':'"},
  }));
  std::istringstream in(cases.input);
  auto r = read_message(in);
  CHECK(r.status == ReadStatus::BadFrame);
  CHECK_THAT(r.error, Catch::Contains(cases.reason));
}

TEST_CASE("a written message is framed and flushed, and a failed stream says so", "[lsp][transport]") {
  std::ostringstream out;
  CHECK(write_message(out, R"({"id":1})"));
  CHECK(out.str() == "Content-Length: 8\r\n\r\n{\"id\":1}");
  std::ostringstream closed;
  closed.setstate(std::ios::badbit);
  CHECK_FALSE(write_message(closed, "{}"));
}

// The property a fuzz target of read_messages checks, on deterministic random
// input: whatever the bytes, the reader stops (a clean end or a broken frame,
// never an exception), and the messages it read come back the same when framed
// again; framed messages followed by garbage are all read before the garbage.
TEST_CASE("read_messages on random bytes: it stops, and what it read frames back the same", "[lsp][transport]") {
  std::mt19937 rng(13);
  auto random_bytes = [&](std::size_t n) {
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
  };
  for (int i = 0; i < 300; ++i) {
    std::vector<std::string> bodies;
    std::string input;
    for (std::uint32_t m = rng() % 4; m > 0; --m) {
      bodies.push_back(random_bytes(rng() % 200));
      input += frame(bodies.back());
    }
    std::string garbage = i % 3 == 0 ? std::string() : random_bytes(1 + rng() % 300);
    Frames f = read_messages(input + garbage, 4096);
    INFO("case " << i);
    REQUIRE(f.bodies.size() >= bodies.size());
    for (std::size_t b = 0; b < bodies.size(); ++b) CHECK(f.bodies[b] == bodies[b]);
    CHECK((f.end == ReadStatus::End) == garbage.empty());  // random garbage is never a frame ending cleanly
    CHECK((f.end == ReadStatus::BadFrame) == !f.error.empty());
    std::string again;
    for (const auto& b : f.bodies) again += frame(b);
    CHECK(read_messages(again, 4096).bodies == f.bodies);
  }
}
