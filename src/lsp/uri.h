// file:// URIs (RFC 8089) to and from local paths.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kubus::lsp {

// The absolute, lexically normal path of a file URI; nullopt for another
// scheme, a remote host, a relative path, bad percent-escapes or a NUL.
std::optional<std::string> path_of_uri(std::string_view uri);

// The file URI of an absolute path, percent-encoding all but the unreserved
// characters and '/' (as VS Code writes them).
std::string uri_of_path(std::string_view path);

}  // namespace kubus::lsp
