#include "model/parse_cache.h"

#include "syntax/parse.h"

namespace fs = std::filesystem;

namespace kubus::model {
namespace {

void replay(const std::vector<Diagnostic>& from, Diagnostics& to) {
  for (const Diagnostic& d : from) {
    Diagnostic& copy = d.span.valid() ? to.add(d.code, d.span, d.message, d.help) : to.add_file(d.code, d.path, d.message);
    copy.help = d.help;
    copy.related = d.related;
  }
}

}  // namespace

// An overlay is compared by its text; a file on disk by its modification time
// and size, so an unchanged file is not even read.
const ParseCache::Entry* ParseCache::reusable(const SourceManager& sm, const std::string& path, fs::file_time_type& mtime,
                                              std::uintmax_t& size) const {
  auto it = entries_.find(path);
  const Entry* e = it == entries_.end() ? nullptr : &it->second;
  if (const std::string* text = sm.overlay(path)) return e && !e->from_disk && sm.file(e->tree->file).text == *text ? e : nullptr;
  std::error_code ec1, ec2;
  mtime = fs::last_write_time(path, ec1);
  size = fs::file_size(path, ec2);
  if (ec1 || ec2) return nullptr;
  return e && e->from_disk && e->mtime == mtime && e->size == size ? e : nullptr;
}

std::shared_ptr<const ast::File> ParseCache::parse(SourceManager& sm, const std::string& path, Diagnostics& diags) {
  fs::file_time_type mtime{};
  std::uintmax_t size = 0;
  if (const Entry* e = reusable(sm, path, mtime, size)) {
    replay(e->diagnostics, diags);
    return e->tree;
  }
  bool from_disk = sm.overlay(path) == nullptr;
  auto id = sm.load(path);
  if (!id) {
    entries_.erase(path);
    return nullptr;
  }
  Entry e;
  Diagnostics own;
  e.tree = std::make_shared<const ast::File>(syntax::parse(sm, *id, own));
  e.diagnostics = own.all();
  e.from_disk = from_disk;
  e.mtime = mtime;
  e.size = size;
  replay(e.diagnostics, diags);
  auto tree = e.tree;
  entries_.insert_or_assign(path, std::move(e));
  return tree;
}

std::size_t ParseCache::live_bytes(const SourceManager& sm) const {
  std::size_t n = 0;
  for (const auto& [path, e] : entries_) n += sm.file(e.tree->file).text.size();
  return n;
}

}  // namespace kubus::model
