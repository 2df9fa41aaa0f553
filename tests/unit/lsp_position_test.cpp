// Columns between Kubus spans (code points from 1) and LSP positions (code
// units of the negotiated encoding from 0), and file URIs.
#include <catch2/catch.hpp>

#include "lsp/position.h"
#include "lsp/uri.h"

using namespace kubus::lsp;

// "één" is three code points in six UTF-8 bytes; the emoji is one code point,
// two UTF-16 code units and four UTF-8 bytes.
const std::string kLine = "  title: \"\xC3\xA9\xC3\xA9n \xF0\x9F\x98\x80 klant\"";

TEST_CASE("code points to code units of each encoding", "[lsp][position]") {
  // Up to the opening quote: ASCII, the same in every encoding.
  CHECK(units_before(kLine, 10, Encoding::Utf16) == 10);
  // Past "één ": 4 code points.
  CHECK(units_before(kLine, 14, Encoding::Utf32) == 14);
  CHECK(units_before(kLine, 14, Encoding::Utf16) == 14);
  CHECK(units_before(kLine, 14, Encoding::Utf8) == 16);
  // Past the emoji: one code point more, two UTF-16 units, four bytes.
  CHECK(units_before(kLine, 15, Encoding::Utf32) == 15);
  CHECK(units_before(kLine, 15, Encoding::Utf16) == 16);
  CHECK(units_before(kLine, 15, Encoding::Utf8) == 20);
  // Past the end: the whole line.
  CHECK(units_before(kLine, 1000, Encoding::Utf16) == 23);
}

TEST_CASE("code units back to code points and bytes", "[lsp][position]") {
  CHECK(code_points_before(kLine, 16, Encoding::Utf16) == 15);
  CHECK(byte_of_units(kLine, 16, Encoding::Utf16) == 20);
  CHECK(code_points_before(kLine, 20, Encoding::Utf8) == 15);
  CHECK(code_points_before(kLine, 15, Encoding::Utf32) == 15);
  // Between the two halves of the surrogate pair, inside a UTF-8 sequence:
  // the start of that character.
  CHECK(code_points_before(kLine, 15, Encoding::Utf16) == 14);
  CHECK(byte_of_units(kLine, 15, Encoding::Utf16) == 16);
  CHECK(byte_of_units(kLine, 11, Encoding::Utf8) == 10);
  // Past the end: the end of the line (LSP: defaults back to its length).
  CHECK(byte_of_units(kLine, 500, Encoding::Utf16) == kLine.size());
  CHECK(code_points_before(kLine, 500, Encoding::Utf8) == 22);
}

TEST_CASE("round trips agree on every character boundary", "[lsp][position]") {
  for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32})
    for (std::uint32_t cp = 0; cp <= 22; ++cp) CHECK(code_points_before(kLine, units_before(kLine, cp, e), e) == cp);
}

TEST_CASE("file URIs to paths: percent-escapes, localhost, and what is refused", "[lsp][uri]") {
  CHECK(path_of_uri("file:///home/an/model/org.kubus") == "/home/an/model/org.kubus");
  CHECK(path_of_uri("file://localhost/tmp/a%20b/c%3A.kubus") == "/tmp/a b/c:.kubus");
  CHECK(path_of_uri("FILE:///tmp/x/../y/./z.kubus") == "/tmp/y/z.kubus");
  CHECK(path_of_uri("file:///tmp/%C3%A9%C3%A9n.kubus") == "/tmp/\xC3\xA9\xC3\xA9n.kubus");
  CHECK(path_of_uri("file:///tmp/dir/") == "/tmp/dir");
  CHECK_FALSE(path_of_uri("untitled:Untitled-1"));
  CHECK_FALSE(path_of_uri("https://example.org/x.kubus"));
  CHECK_FALSE(path_of_uri("file://otherhost/x.kubus"));
  CHECK_FALSE(path_of_uri("file:///tmp/bad%zz"));
  CHECK_FALSE(path_of_uri("file:///tmp/nul%00x"));
  CHECK_FALSE(path_of_uri("file:"));
}

TEST_CASE("paths to file URIs as VS Code writes them", "[lsp][uri]") {
  CHECK(uri_of_path("/home/an/model/org.kubus") == "file:///home/an/model/org.kubus");
  CHECK(uri_of_path("/tmp/a b/c:d#e.kubus") == "file:///tmp/a%20b/c%3Ad%23e.kubus");
  CHECK(uri_of_path("/tmp/\xC3\xA9\xC3\xA9n.kubus") == "file:///tmp/%C3%A9%C3%A9n.kubus");
  CHECK(path_of_uri(uri_of_path("/tmp/a b/c:d#e%.kubus")) == "/tmp/a b/c:d#e%.kubus");
}
