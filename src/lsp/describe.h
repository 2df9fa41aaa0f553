// Words about the schema and the model for hovers and completion details:
// a field's type in the language reference's terms, an entity's headline,
// markdown (or plain text for a client without markdown).
#pragma once
#include <string>
#include <string_view>

#include "lsp/workspace.h"
#include "schema/schema.h"

namespace kubus::lsp {

// `→ role`, `[→ channel]`, `one of promise | deliver | settle | use`, `money`, ...
std::string type_text(const schema::FieldSpec& f);

// `touchpoint submit-claim "Submit a claim"`: the kind, ID and title as written.
std::string headline(const model::Model& m, const model::Entity& e);

// A path as the user sees it: relative to the model directory when inside it.
std::string display_path(const Workspace& ws, const std::string& path);

class Markup {
 public:
  explicit Markup(bool markdown) : md_(markdown) {}
  Markup& text(std::string_view s);    // prose, escaped for markdown
  Markup& strong(std::string_view s);
  Markup& code(std::string_view s);    // inline code
  Markup& block(std::string_view s);   // a fenced kubus block
  Markup& paragraph();                 // a blank line
  std::string str() const { return out_; }
  bool markdown() const { return md_; }

 private:
  bool md_;
  std::string out_;
};

}  // namespace kubus::lsp
