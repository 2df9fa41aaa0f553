// Fuzz target: the language server's framing (`kubus lsp` reads its standard
// input through read_messages). Arbitrary bytes never crash it, no body is
// larger than the limit, and the bodies it read, framed again, read back the same.
#include <string>

#include "fuzz.h"
#include "lsp/transport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kubus;
  // A small limit, so that inputs of a few bytes reach the too-large path.
  constexpr std::size_t kLimit = 4096;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lsp::Frames frames = lsp::read_messages(bytes, kLimit);
  std::string framed;
  for (const std::string& body : frames.bodies) {
    if (body.size() > kLimit) fuzz::fail("a body over the limit was accepted", bytes);
    framed += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  }
  if (frames.end == lsp::ReadStatus::BadFrame && frames.error.empty())
    fuzz::fail("a broken frame without a reason", bytes);
  lsp::Frames again = lsp::read_messages(framed, kLimit);
  if (again.bodies != frames.bodies || again.end != lsp::ReadStatus::End)
    fuzz::fail("the messages read, framed again, do not read back the same", bytes, framed);
  return 0;
}
