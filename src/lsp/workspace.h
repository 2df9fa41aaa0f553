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

// One model of a check: an assessment's (loaded with its matrix's libraries)
// or one checked on its own, with its rules that type-check.
class ModelView {
 public:
  ModelView(const model::Model& m, const std::vector<rules::CheckedRule>& rules) : model_(&m), rules_(&rules) {}
  const model::Model& model() const { return *model_; }
  const std::vector<rules::CheckedRule>& rules() const { return *rules_; }
  const SymbolIndex& index() const;  // built on first use

 private:
  const model::Model* model_;
  const std::vector<rules::CheckedRule>* rules_;
  mutable std::unique_ptr<SymbolIndex> index_;
};

// One check of the model directory, as `kubus check DIR` does it: every
// assessment below it with its model, and the .kubus files no assessment
// loaded as one more model. Valid until the next check.
class Snapshot {
 public:
  Snapshot(driver::CheckResult result, const SourceManager& sm);
  const std::vector<ModelView>& models() const { return views_; }
  // The model a file of the check belongs to: the first that loaded it
  // (assessments first; a library file is in each model that uses it).
  const ModelView* model_of(const std::string& path) const;
  // The tree of a file of a model, by its path; nullptr when not loaded.
  const ast::File* tree(const std::string& path) const;
  const std::unordered_map<std::string, const ast::File*>& trees() const { return trees_; }

 private:
  driver::CheckResult result_;
  std::vector<ModelView> views_;
  std::unordered_map<std::string, const ast::File*> trees_;
  std::unordered_map<std::string, std::size_t> model_of_;  // path -> index in views_
};

class Workspace {
 public:
  explicit Workspace(model::LoadOptions load);

  // The model directory; `model_paths` (relative to it) narrow the model to
  // some of its files and directories (empty: all of it).
  void set_root(const std::string& dir, const std::vector<std::string>& model_paths = {});
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
