// One escaping function per output context (support/escape.h): what each makes
// of hostile text from a model.
#include <catch2/catch.hpp>

#include "support/escape.h"

using namespace kubus;

namespace {
const std::string kFffd = "\xEF\xBF\xBD";
}

TEST_CASE("terminal_text: control characters never reach the terminal, tab and newline stay", "[escape]") {
  CHECK(terminal_text("a\x1b[31mred\x1b[0m") == "a" + kFffd + "[31mred" + kFffd + "[0m");
  CHECK(terminal_text("line\nnext\tcol") == "line\nnext\tcol");
  CHECK(terminal_text("bare\rcr\x07\x7f") == "bare" + kFffd + "cr" + kFffd + kFffd);
  CHECK(terminal_text("c1 \xC2\x9B" "31m") == "c1 " + kFffd + "31m");  // U+009B, the 8-bit CSI
  CHECK(terminal_text("caf\xE9") == "caf" + kFffd);                   // invalid UTF-8
  CHECK(terminal_text("café €") == "café €");
}

TEST_CASE("one_line: tab, newline and carriage return become spaces", "[escape]") {
  CHECK(one_line("a\nb\tc\rd\x1b") == "a b c d" + kFffd);
}

TEST_CASE("csv_cell: formulas are neutralised and quoted, a bare CR cannot end the row", "[escape]") {
  CHECK(csv_cell("plain title") == "plain title");
  CHECK(csv_cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_cell("+1+1") == "\"'+1+1\"");
  CHECK(csv_cell("-2") == "\"'-2\"");
  CHECK(csv_cell("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_cell("\t=1") == "\"'\t=1\"");
  CHECK(csv_cell("\r=1") == "\"'" + kFffd + "=1\"");
  CHECK(csv_cell("one\rrow") == "one" + kFffd + "row");
  CHECK(csv_cell("a, b") == "\"a, b\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("a-b=c") == "a-b=c");  // only the first character starts a formula
}

TEST_CASE("html_escape and md_escape: markup as text, controls replaced", "[escape]") {
  CHECK(html_escape("<b a='1'>&\"\x1b") == "&lt;b a=&#39;1&#39;&gt;&amp;&quot;" + kFffd);
  CHECK(md_escape("*a*\n|b|\x1b") == "\\*a\\* \\|b\\|" + kFffd);
}

TEST_CASE("mermaid_label: no directive, no end of label, no markup", "[escape]") {
  CHECK(mermaid_label("%%{init: {\"theme\": \"dark\"}}%%") ==
        "\"#37;#37;#123;init: #123;#34;theme#34;: #34;dark#34;#125;#125;#37;#37;\"");
  CHECK(mermaid_label("<img src=x onerror=alert(1)>") == "\"#60;img src#61;x onerror#61;alert(1)#62;\"");
  CHECK(mermaid_label("Sales - B2B, NL: (new)") == "\"Sales - B2B, NL: (new)\"");
  CHECK(mermaid_label("two\nlines") == "\"two lines\"");
  CHECK(mermaid_label("Zürich") == "\"Zürich\"");
}

TEST_CASE("dot_string: quotes and backslashes escaped, one line", "[escape]") {
  CHECK(dot_string("a \"b\" \\n\nc") == "\"a \\\"b\\\" \\\\n c\"");
}

TEST_CASE("uri_reference: percent-encoded, absolute paths as file URIs", "[escape]") {
  CHECK(uri_reference("model/org.kubus") == "model/org.kubus");
  CHECK(uri_reference("my model/café#1%.kubus") == "my%20model/caf%C3%A9%231%25.kubus");
  CHECK(uri_reference("/tmp/a b.kubus") == "file:///tmp/a%20b.kubus");
  CHECK(uri_reference("../up?.kubus") == "../up%3F.kubus");
}

TEST_CASE("docs_uri: an absolute URI", "[escape]") {
  std::string uri = docs_uri("rules.md");
  auto colon = uri.find("://");
  REQUIRE(colon != std::string::npos);
  CHECK(colon > 0);
  CHECK(uri.size() > 9);
  CHECK(uri.substr(uri.size() - 9) == "/rules.md");
  CHECK(docs_uri("diagnostics.md", "e0101").substr(docs_uri("diagnostics.md").size()) == "#e0101");
}

TEST_CASE("css_string: quotes, backslashes and </style> cannot escape the string", "[escape]") {
  CHECK(css_string("Zorg \"Noord\" \\ 2026") == "\"Zorg \\\"Noord\\\" \\\\ 2026\"");
  CHECK(css_string("a</style><script>") == "\"a\\3C /style>\\3C script>\"");
  CHECK(css_string("two\nlines") == "\"two lines\"");
}

TEST_CASE("xlsx_text: controls replaced, newlines kept, cut at Excel's cell limit", "[escape]") {
  CHECK(xlsx_text("=SUM(A1)\nx\x01") == "=SUM(A1)\nx\xEF\xBF\xBD");
  std::string euros(40000, 'e');
  euros.replace(32766, 1, "\xE2\x82\xAC");  // the 32,767th character, three bytes, is kept whole
  std::string cut = xlsx_text(euros);
  CHECK(cut.size() == 32767 + 2);
  CHECK(cut.substr(cut.size() - 3) == "\xE2\x82\xAC");
}
