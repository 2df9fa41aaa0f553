// Kubus spans to LSP ranges and locations, and LSP text positions to the file
// and code-point column they name in the checked model.
#pragma once
#include <string>

#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace kubus::lsp {

// params[key] as an LSP uinteger; throws LspError (InvalidParams) otherwise.
std::uint32_t uinteger(const Json& object, const char* key);

Json position_json(std::uint32_t line0, std::uint32_t character);
Json range_json(const SourceManager& sm, const Span& s, Encoding enc);
Json location_json(const Workspace& ws, const Span& s, Encoding enc);

// The source text of a span; of a span over several lines, its first line and "…".
std::string span_text(const SourceManager& sm, const Span& s);

// The path of params.textDocument.uri. Throws LspError (InvalidParams) for a
// URI that is not a file, or a file outside the workspace.
std::string document_path(const Workspace& ws, const Json& params);

// A position in a file of the checked model.
struct Cursor {
  std::string path;
  const ast::File* tree = nullptr;
  const ModelView* model = nullptr;  // the model the file belongs to
  const SourceFile* src = nullptr;
  std::uint32_t line = 1;  // 1-based, as spans
  std::uint32_t col = 1;   // 1-based code points, as spans
  std::size_t offset = 0;  // byte offset in src->text
};

// The cursor of TextDocumentPositionParams. Throws LspError (InvalidParams)
// as document_path does, and for a file the model did not load.
Cursor cursor_at(Workspace& ws, const Json& params, Encoding enc);

}  // namespace kubus::lsp
