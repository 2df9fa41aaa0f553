#include <catch2/catch.hpp>

#include <chrono>

#include "support/language.h"
#include "support/process.h"
#include "support/source.h"
#include "support/text.h"

using namespace kubus;

TEST_CASE("utf8_offset: columns count code points, offsets count bytes", "[support]") {
  const std::string_view ascii = "owner: x";
  CHECK(utf8_offset(ascii, 0) == 0);
  CHECK(utf8_offset(ascii, 7) == 7);
  CHECK(utf8_offset(ascii, 8) == 8);
  CHECK(utf8_offset(ascii, 100) == ascii.size());  // past the end: clamped

  const std::string_view mixed = "é€𝄞x";  // 2, 3, 4 and 1 bytes
  CHECK(utf8_offset(mixed, 1) == 2);
  CHECK(utf8_offset(mixed, 2) == 5);
  CHECK(utf8_offset(mixed, 3) == 9);
  CHECK(mixed.substr(utf8_offset(mixed, 3)) == "x");
  CHECK(utf8_offset(mixed, 4) == mixed.size());
  CHECK(utf8_length(mixed.substr(0, utf8_offset(mixed, 3))) == 3);  // the two invert each other
}

TEST_CASE("utf8_offsets: one entry per code point, then the end", "[support]") {
  CHECK(utf8_offsets("") == std::vector<std::uint32_t>{0});
  CHECK(utf8_offsets("ab") == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(utf8_offsets("aé€b") == std::vector<std::uint32_t>{0, 1, 3, 6, 7});
  const std::string_view s = "ü = {t}";
  auto offsets = utf8_offsets(s);
  for (std::size_t k = 0; k + 1 < offsets.size(); ++k) CHECK(offsets[k] == utf8_offset(s, k));
  CHECK(utf8_continuation("é"[1]));
  CHECK_FALSE(utf8_continuation('a'));
  CHECK_FALSE(utf8_continuation("é"[0]));
}

TEST_CASE("format_location: path, line and optionally column", "[support]") {
  Span s{0, 14, 10, 14, 20};
  CHECK(format_location("model/claims.kubus", s) == "model/claims.kubus:14:10");
  CHECK(format_location("model/claims.kubus", s, Precision::Line) == "model/claims.kubus:14");
  CHECK(format_location("model/claims.kubus", Span{}) == "");  // no location: nothing to point at

  SourceManager sm;
  FileId f = sm.add("a.kubus", "x\ny\n");
  CHECK(format_location(sm, Span{f, 2, 1, 2, 2}) == "a.kubus:2:1");
  CHECK(format_location(sm, Span{f, 2, 1, 2, 2}, Precision::Line) == "a.kubus:2");
  CHECK(format_location(sm, Span{}) == "");
}

TEST_CASE("valid_date: the shape YYYY-MM-DD and a real calendar day", "[support]") {
  CHECK(valid_date("2026-11-20"));
  CHECK(valid_date("2024-02-29"));   // leap year
  CHECK(valid_date("2000-02-29"));   // divisible by 400
  CHECK_FALSE(valid_date("1900-02-29"));  // divisible by 100, not by 400
  CHECK_FALSE(valid_date("2026-02-29"));
  CHECK_FALSE(valid_date("2026-04-31"));
  CHECK_FALSE(valid_date("2026-13-01"));
  CHECK_FALSE(valid_date("2026-00-10"));
  CHECK_FALSE(valid_date("0000-01-01"));
  CHECK_FALSE(valid_date("2026-1-01"));
  CHECK_FALSE(valid_date("2026/01/01"));
  CHECK_FALSE(valid_date("2026-01-0x"));
  CHECK_FALSE(valid_date(""));
}

TEST_CASE("trim and ascii_lower", "[support]") {
  CHECK(trim("  Content-Length\t\r\n") == "Content-Length");
  CHECK(trim(" \t ").empty());
  CHECK(trim("a b") == "a b");
  CHECK(ascii_lower("ID Actual É") == "id actual É");
}

TEST_CASE("a language code names its language, and only the listed codes do", "[support][language]") {
  CHECK(kubus::parse_language("nl") == kubus::Lang::Nl);
  CHECK(kubus::parse_language("en") == kubus::Lang::En);
  CHECK_FALSE(kubus::parse_language("NL").has_value());
  CHECK_FALSE(kubus::parse_language("de").has_value());
  CHECK(kubus::code_of(kubus::Lang::Nl) == "nl");
  CHECK(kubus::language_codes() == std::vector<std::string>{"en", "nl"});
  CHECK(kubus::kDefaultLang == kubus::Lang::En);
}

TEST_CASE("run_process: a missing program is told apart, a time limit kills the whole group", "[support][process]") {
  ProcessResult missing = run_process({"kubus-no-such-program"});
  CHECK(missing.not_found);
  CHECK(missing.status == -1);
  ProcessResult echo = run_process({"sh", "-c", "printf out; printf err >&2; exit 3"}, {}, {}, 30);
  CHECK_FALSE(echo.not_found);
  CHECK_FALSE(echo.timed_out);
  CHECK(echo.status == 3);
  CHECK(echo.out == "out");
  CHECK(echo.err == "err");
  // A child that outlives its parent holds the pipes open: only killing the
  // group ends the wait.
  auto start = std::chrono::steady_clock::now();
  ProcessResult slow = run_process({"sh", "-c", "sleep 30 & sleep 30"}, {}, {}, 1);
  CHECK(slow.timed_out);
  CHECK(slow.status == -1);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
}

