// The language server's view of the model: the model directory, the buffers
// the editor has open (they stand in for the files on disk), and the last
// check of the model through the driver, as `kubus check` does it. Parsed
// files are kept between checks (model::ParseCache): after an edit only the
// edited buffer is parsed again, and the model is resolved and its rules
// type-checked anew.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "driver/check.h"
#include "lsp/index.h"
#include "model/parse_cache.h"

namespace kubus::lsp {

struct Document {
  std::string uri;  // as the client wrote it
  std::string text;
  std::int64_t version = 0;
};

// One check of the model; valid until the next.
class Snapshot {
 public:
  Snapshot(driver::CheckResult result, const SourceManager& sm);
  bool has_model() const { return result_.model != nullptr; }
  const model::Model& model() const { return result_.model->model; }
  const std::vector<rules::CheckedRule>& rules() const { return result_.rules; }
  // The tree of a file of the model, by its path; nullptr when not loaded.
  const ast::File* tree(const std::string& path) const;
  const std::unordered_map<std::string, const ast::File*>& trees() const { return trees_; }
  const SymbolIndex& index() const;  // built on first use

 private:
  driver::CheckResult result_;
  std::unordered_map<std::string, const ast::File*> trees_;
  mutable std::unique_ptr<SymbolIndex> index_;
};

class Workspace {
 public:
  explicit Workspace(model::LoadOptions load);

  // The model directory; `model_paths` (relative to it) narrow the model to
  // some of its files and directories (empty: all of it).
  void set_root(const std::string& dir, std::vector<std::string> model_paths = {});
  bool has_root() const { return !root_.empty(); }
  const std::string& root() const { return root_; }
  // Under the model directory, or a file the model loaded (a `use`d file, the library).
  bool contains(const std::string& path) const;

  void open(const std::string& path, Document doc);
  Document* document(const std::string& path);
  void changed(const std::string& path);  // after the caller changed document(path)->text
  void close(const std::string& path);
  void files_changed() { dirty_ = true; }  // on disk, by another program

  bool dirty() const { return dirty_; }
  // The model as it is now: checked again first when something changed.
  const Snapshot& snapshot();
  // Frees the snapshot the last check replaced. Freeing a large model takes a
  // while, so the server does it once the diagnostics of the new one are out.
  void release_old() { old_.reset(); }
  const Diagnostics& diagnostics() const { return session_->diags; }
  const SourceManager& sources() const { return session_->sm; }
  driver::Session& session() { return *session_; }
  // The URI the client uses for a path (its own when it has the file open).
  std::string uri_of(const std::string& path) const;
  const model::LoadOptions& load_options() const { return load_; }

 private:
  void check();
  std::vector<std::string> model_paths() const;

  model::LoadOptions load_;
  std::string root_;
  std::vector<std::string> model_paths_;
  std::map<std::string, Document> docs_;
  model::ParseCache cache_;
  std::unique_ptr<driver::Session> session_;
  std::unique_ptr<Snapshot> snapshot_;
  std::unique_ptr<Snapshot> old_;  // replaced by the last check, not freed yet
  bool dirty_ = true;
};

}  // namespace kubus::lsp
