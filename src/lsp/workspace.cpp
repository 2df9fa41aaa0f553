#include "lsp/workspace.h"

#include <filesystem>

#include "driver/run.h"
#include "lsp/uri.h"

namespace fs = std::filesystem;

namespace kubus::lsp {
namespace {

// Every edit adds the edited text to the SourceManager (the trees of the
// other files point into it), and every check the YAML files it reads. When
// it holds more than this beyond twice the text of the parsed files kept, the
// next check starts over with a fresh one.
constexpr std::size_t kSlackBytes = std::size_t{16} << 20;

}  // namespace

const SymbolIndex& ModelView::index() const {
  if (!index_) index_ = std::make_unique<SymbolIndex>(*model_, *rules_);
  return *index_;
}

Snapshot::Snapshot(driver::CheckResult result, const SourceManager& sm) : result_(std::move(result)) {
  for (const auto& run : result_.assessments) views_.emplace_back(run->model, run->rules);
  for (const auto& checked : result_.models) views_.emplace_back(checked->loaded.model, checked->rules);
  for (std::size_t i = 0; i < views_.size(); ++i)
    for (const auto& f : views_[i].model().files) {
      const std::string& path = sm.file(f->file).path;
      if (trees_.emplace(path, f.get()).second) model_of_.emplace(path, i);
    }
}

const ModelView* Snapshot::model_of(const std::string& path) const {
  auto it = model_of_.find(path);
  return it == model_of_.end() ? nullptr : &views_[it->second];
}

const ast::File* Snapshot::tree(const std::string& path) const {
  auto it = trees_.find(path);
  return it == trees_.end() ? nullptr : it->second;
}

Workspace::Workspace(model::LoadOptions load) : load_(std::move(load)) {
  load_.cache = &cache_;
  load_.keep_syntax = true;  // hover, symbols and completion read the declarations' members
  session_ = std::make_unique<driver::Session>(load_);
}

void Workspace::set_root(const std::string& dir, const std::vector<std::string>& model_paths) {
  root_ = dir;
  model_paths_.clear();
  for (const auto& p : model_paths) model_paths_.push_back((fs::path(root_) / p).lexically_normal().generic_string());
  dirty_ = true;
}

bool Workspace::contains(const std::string& path) const {
  if (has_root() && path.size() > root_.size() && path.compare(0, root_.size(), root_) == 0 &&
      (root_.back() == '/' || path[root_.size()] == '/'))
    return true;
  return snapshot_ && snapshot_->tree(path) != nullptr;
}

void Workspace::open(const std::string& path, Document doc) {
  session_->sm.set_overlay(path, doc.text);
  docs_[path] = std::move(doc);
  dirty_ = true;
}

Document* Workspace::document(const std::string& path) {
  auto it = docs_.find(path);
  return it == docs_.end() ? nullptr : &it->second;
}

void Workspace::changed(const std::string& path) {
  if (auto* d = document(path)) session_->sm.set_overlay(path, d->text);
  dirty_ = true;
}

void Workspace::close(const std::string& path) {
  docs_.erase(path);
  session_->sm.remove_overlay(path);  // the file on disk counts again
  dirty_ = true;
}

std::string Workspace::uri_of(const std::string& path) const {
  auto it = docs_.find(path);
  return it != docs_.end() ? it->second.uri : uri_of_path(path);
}

// The open buffers need no naming: they are overlays in the SourceManager, and
// the walks of the model directory find those not saved yet as files there.
std::vector<std::string> Workspace::model_paths() const {
  if (!has_root()) return {};
  return model_paths_.empty() ? std::vector<std::string>{root_} : model_paths_;
}

const Snapshot& Workspace::snapshot() {
  if (dirty_ || !snapshot_) check();
  return *snapshot_;
}

void Workspace::check() {
  old_.reset();
  if (snapshot_ && session_->sm.bytes() > 2 * cache_.live_bytes(session_->sm) + kSlackBytes) {
    snapshot_.reset();
    cache_.clear();
    session_ = std::make_unique<driver::Session>(load_);
    for (const auto& [path, doc] : docs_) session_->sm.set_overlay(path, doc.text);
  }
  session_->diags = Diagnostics();
  session_->unreadable = false;
  auto paths = model_paths();
  driver::CheckResult result;
  if (!paths.empty()) result = driver::check(*session_, paths);
  session_->diags.sort(session_->sm);
  old_ = std::move(snapshot_);
  snapshot_ = std::make_unique<Snapshot>(std::move(result), session_->sm);
  dirty_ = false;
}

}  // namespace kubus::lsp
