// The LSP base protocol: messages framed by `Content-Length` headers over a
// byte stream. Kept apart from the server so that it can be tested and fuzzed
// on its own (a fuzz target feeds arbitrary bytes to read_messages).
#pragma once
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::lsp {

// Larger messages are refused: no editor sends a 64 MiB document.
inline constexpr std::size_t kMaxMessageBytes = std::size_t{64} << 20;

enum class ReadStatus {
  Message,   // `body` holds one message's content
  End,       // the input ended cleanly, between two messages
  BadFrame,  // the framing is broken (`error` says how): nothing after it can be trusted
};

struct ReadResult {
  ReadStatus status = ReadStatus::End;
  std::string body;
  std::string error;
};

// Reads the headers and the content of one message. Header names are
// case-insensitive, lines end with CRLF (a bare LF is accepted), unknown
// headers are ignored. A missing, malformed, repeated or too large
// Content-Length, an over-long header line and a content cut short by the end
// of the input are BadFrame. Never reads past the message.
ReadResult read_message(std::istream& in, std::size_t max_body = kMaxMessageBytes);

// The messages framed in `bytes`, read one after another as `kubus lsp` reads
// its standard input, until the bytes end (`end` is End) or a frame breaks
// (BadFrame, `error` says how). A plain function of memory, for fuzzing.
struct Frames {
  std::vector<std::string> bodies;
  ReadStatus end = ReadStatus::End;
  std::string error;
};
Frames read_messages(std::string_view bytes, std::size_t max_body = kMaxMessageBytes);

// Writes one message and flushes; false when the stream failed.
bool write_message(std::ostream& out, std::string_view body);

}  // namespace kubus::lsp
