// JSON-RPC and LSP 3.17 vocabulary shared by the server and its features:
// error codes, the error a handler throws, what the client said it supports.
#pragma once
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "lsp/position.h"

namespace kubus::lsp {

using Json = nlohmann::json;

enum class ErrorCode : int {
  ParseError = -32700,      // the content is not JSON
  InvalidRequest = -32600,  // not a request or notification; or a request after shutdown
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  RequestFailed = -32803,   // valid, but it could not be done (LSP 3.17)
};

// Thrown by a handler to answer its request with this error.
class LspError : public std::runtime_error {
 public:
  LspError(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

// What the client announced at initialize that changes our answers.
struct Client {
  Encoding encoding = Encoding::Utf16;
  bool related_information = false;    // publishDiagnostics.relatedInformation
  bool markdown = false;               // hover.contentFormat has markdown
  bool hierarchical_symbols = false;   // documentSymbol.hierarchicalDocumentSymbolSupport
};

// LSP enumerations used in answers.
namespace symbol_kind {
inline constexpr int kModule = 2, kNamespace = 3, kPackage = 4, kClass = 5, kProperty = 7, kField = 8, kEnum = 10,
                     kInterface = 11, kFunction = 12, kVariable = 13, kConstant = 14, kObject = 19, kStruct = 23,
                     kEvent = 24, kOperator = 25;
}
namespace completion_kind {
inline constexpr int kFunction = 3, kField = 5, kVariable = 6, kClass = 7, kModule = 9, kProperty = 10, kUnit = 11,
                     kValue = 12, kKeyword = 14, kReference = 18, kEnumMember = 20;
}

}  // namespace kubus::lsp
