// Fuzz target: the formatter. For every input that parses, the formatted text
// must parse without errors and format to itself: fmt(fmt(x)) == fmt(x).
#include "format/format.h"
#include "fuzz.h"
#include "syntax/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  SourceManager sm;
  Diagnostics diags;
  FileId id = fuzz::add_input(sm, "fuzz.kubus", data, size);
  ast::File file = syntax::parse(sm, id, diags);
  if (!file.ok) return 0;  // kubus fmt leaves a file with syntax errors alone
  std::string once = format::format_file(file, sm.file(id));
  Diagnostics again;
  FileId formatted = sm.add("formatted.kubus", once);
  ast::File reparsed = syntax::parse(sm, formatted, again);
  if (!reparsed.ok) fuzz::fail("the formatted text does not parse", sm.file(id).text, once);
  std::string twice = format::format_file(reparsed, sm.file(formatted));
  if (twice != once) fuzz::fail("formatting the formatted text changes it", once, twice);
  return 0;
}
