// The streaming JSON writer of report.json and findings.sarif must give exactly
// the bytes nlohmann's dump(2, ' ', false, replace) gave before it: the report
// goldens and every consumer's diff depend on them.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "report/json_writer.h"

using kubus::report::JsonWriter;
using J = nlohmann::ordered_json;

namespace {

std::string dumped(const J& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace); }

// Streams j member by member (a subtree only where it is a leaf) as the report writers do.
void stream(JsonWriter& w, const J& j) {
  if (j.is_object()) {
    w.begin_object();
    for (const auto& [k, v] : j.items()) {
      w.key(k);
      stream(w, v);
    }
    w.end_object();
  } else if (j.is_array()) {
    w.begin_array();
    for (const auto& v : j) stream(w, v);
    w.end_array();
  } else if (j.is_string()) {
    w.value(j.get_ref<const std::string&>());
  } else if (j.is_boolean()) {
    w.value(j.get<bool>());
  } else if (j.is_null()) {
    w.value(nullptr);
  } else if (j.is_number_unsigned()) {
    w.value(j.get<std::uint64_t>());
  } else if (j.is_number_integer()) {
    w.value(j.get<std::int64_t>());
  } else {
    w.value(j.get<double>());
  }
}

std::string streamed(const J& j) {
  std::string out;
  JsonWriter w(out);
  stream(w, j);
  return out;
}

}  // namespace

TEST_CASE("json writer: structure and indentation as nlohmann", "[report][json]") {
  J j = {{"a", J::array()},
         {"b", J::object()},
         {"c", {1, 2, {{"d", {true, false, nullptr}}}}},
         {"e", {{"f", J::array({J::array(), J::object()})}}},
         {"kubus-report", 2}};
  CHECK(streamed(j) == dumped(j));
  CHECK(streamed(J::array()) == "[]");
  CHECK(streamed(J::object()) == "{}");
}

TEST_CASE("json writer: strings escaped as nlohmann", "[report][json]") {
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  J j = J::array({"plain", "quote \" and \\ backslash", controls, std::string("nul\0byte", 8), "del \x7f",
                  "zorgverzekeraar \xE2\x82\xAC 4,50 \xF0\x9F\x98\x80", "bad \xC3 utf-8", "overlong \xC0\xAF",
                  "lone \xED\xA0\x80 surrogate", "cut \xE2\x82", ""});
  CHECK(streamed(j) == dumped(j));
}

TEST_CASE("json writer: numbers formatted as nlohmann", "[report][json]") {
  J j = J::array({0, -1, std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::uint64_t>::max(), 0.0,
                  -0.0, 1.0, 0.1, 0.4567, 1e20, 1.5e-7, 123456789.125, std::nan(""),
                  std::numeric_limits<double>::infinity()});
  CHECK(streamed(j) == dumped(j));
}

TEST_CASE("json writer: subtrees indented where they stand", "[report][json]") {
  J sub = {{"x", {1, {{"y", "z"}}}}, {"empty", J::array()}};
  nlohmann::json plain = {{"b", 2}, {"a", {1, 2}}};  // std::map: keys in byte order
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.member("tree", sub);
  w.key("list");
  w.begin_array();
  w.value(sub);
  w.value(plain);
  w.end_array();
  w.end_object();
  J expected = {{"tree", sub}, {"list", J::array({sub, J(plain)})}};
  CHECK(out == dumped(expected));
}

TEST_CASE("json writer: with a sink, the pieces add up to the same bytes and none is held whole",
          "[report][json]") {
  J big = J::array();
  for (int i = 0; i < 20000; ++i) big.push_back({{"id", "finding-" + std::to_string(i)}, {"text", std::string(80, 'x')}});
  std::string buffer, joined;
  std::size_t pieces = 0, largest = 0;
  {
    JsonWriter w(buffer, [&](std::string_view piece) {
      ++pieces;
      largest = std::max(largest, piece.size());
      joined += piece;
    });
    stream(w, big);
  }
  joined += buffer;  // the rest, as the report writers hand it over after the last container
  CHECK(joined == dumped(big));
  CHECK(pieces >= 2);                                // about 2.6 MB in pieces of about 1 MB
  CHECK(largest < (std::size_t(1) << 20) + 1000);    // a piece ends at the first container closed past 1 MB
  CHECK(buffer.size() < (std::size_t(1) << 20));
}
