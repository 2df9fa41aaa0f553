#include "driver/revision.h"

#include <unistd.h>

#include <filesystem>

#include "driver/history.h"
#include "driver/run.h"
#include "history/store.h"
#include "support/process.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

// A directory removed with everything in it when it goes.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "kubus-git-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

// The record of one side, or nullopt with the reason.
std::optional<history::Record> assess_side(Session& s, const std::string& assessment, const std::string& side,
                                           std::string& error) {
  auto run = assess(s, assessment);
  if (!run) {
    error = "the assessment at " + side + " has errors";
    return std::nullopt;
  }
  return history_record(*run, s.sm, {}, {});  // compared, not recorded: no database, no key
}

}  // namespace

std::optional<RevisionDiff> diff_revision(Session& s, const std::string& assessment, const std::string& ref,
                                          std::string& error) {
  s.unreadable = true;  // until the revision is unpacked, every failure is the caller's
  std::error_code ec;
  fs::path given = fs::absolute(assessment, ec);
  fs::path dir = fs::is_directory(given, ec) ? given : given.parent_path();
  ProcessResult top = run_process({"git", "-C", dir.string(), "rev-parse", "--show-toplevel"});
  if (top.status != 0) {
    error = "'" + assessment + "' is not in a git work tree";
    return std::nullopt;
  }
  ProcessResult commit = run_process({"git", "-C", dir.string(), "rev-parse", "--verify", "--quiet", ref + "^{commit}"});
  if (commit.status != 0) {
    error = "'" + ref + "' is not a git revision of " + std::string(trim(top.out));
    return std::nullopt;
  }
  // The tree at REF, unpacked apart: the work tree and the repository are not touched.
  TempDir tmp;
  ProcessResult archive = run_process({"git", "-C", std::string(trim(top.out)), "archive", "--format=tar", std::string(trim(commit.out))});
  ProcessResult untar = tmp.path.empty() || archive.status != 0
                            ? ProcessResult{}
                            : run_process({"tar", "-x", "-C", tmp.path.string()}, {}, archive.out);
  if (untar.status != 0) {
    error = "cannot unpack revision '" + ref + "': " + std::string(trim(archive.err + untar.err));
    return std::nullopt;
  }
  fs::path inside = fs::weakly_canonical(given, ec).lexically_relative(fs::weakly_canonical(std::string(trim(top.out)), ec));
  s.unreadable = false;
  RevisionDiff out;
  out.ref = ref;
  Session at_ref(s.load);  // its diagnostics name files of the unpacked copy, so only whether it failed counts
  auto before = assess_side(at_ref, (tmp.path / inside).string(), "revision '" + ref + "'", error);
  auto after = before ? assess_side(s, given.string(), std::string(history::kWorkTree), error) : std::nullopt;
  if (!after) return std::nullopt;
  out.diff = history::diff_records(*before, *after);
  out.diff.from = ref;
  out.diff.to = history::kWorkTree;
  return out;
}

}  // namespace kubus::driver
