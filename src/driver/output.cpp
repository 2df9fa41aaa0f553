#include "driver/output.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace kubus::driver {
namespace {

constexpr std::string_view kTmp = ".kubus-tmp-";

std::string errno_text(int e) { return std::strerror(e); }

// Removes `<dir>/<prefix>.kubus-tmp-PID` entries whose process is gone: what
// a killed run left behind. A live PID (this run, a concurrent one) is kept.
void remove_stale(const fs::path& dir, const std::string& prefix) {
  std::error_code ec;
  const std::string head = prefix + std::string(kTmp);
  for (fs::directory_iterator it(dir.empty() ? "." : dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() <= head.size() || name.compare(0, head.size(), head) != 0) continue;
    std::string digits = name.substr(head.size());
    if (digits.size() > 10 || !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    long long pid = std::stoll(digits);
    if (pid > 0 && pid <= INT_MAX && kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
      fs::remove_all(it->path(), ec);
  }
}

std::string temporary_for(const fs::path& prefix) { return prefix.string() + std::string(kTmp) + std::to_string(getpid()); }

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Writes a new file `path` (which must not exist) with `mode`; on failure
// nothing is left behind.
bool write_new(const std::string& path, std::string_view text, mode_t mode, std::string& error) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    error = "cannot write '" + path + "': " + errno_text(errno);
    return false;
  }
  bool ok = write_all(fd, text) && ::fdatasync(fd) == 0;
  int saved = errno;
  ok = ::close(fd) == 0 && ok;
  if (!ok) {
    error = "cannot write '" + path + "': " + errno_text(saved ? saved : errno);
    ::unlink(path.c_str());
  }
  return ok;
}

bool same_file(int fd, const struct stat& st) {
  struct stat other {};
  return ::fstat(fd, &other) == 0 && other.st_dev == st.st_dev && other.st_ino == st.st_ino;
}

std::string what_it_is(mode_t m) {
  if (S_ISDIR(m)) return "a directory";
  if (S_ISBLK(m)) return "a block device";
  if (S_ISSOCK(m)) return "a socket";
  return "not a regular file, device or FIFO";
}

}  // namespace

namespace {

// Replaces `path` (a link's file, keeping the link) with what `make` writes
// to a new temporary beside it, given the mode the file is to have.
using MakeTemporary = std::function<bool(const std::string& tmp, mode_t mode, std::string& error)>;
bool replace(const std::string& path, const MakeTemporary& make, std::string& error) {
  std::error_code ec;
  fs::path target = path;
  if (fs::is_symlink(target, ec)) target = fs::weakly_canonical(target, ec);  // keep the link, replace its file
  mode_t mode = 0666;  // less the umask, as for any new file
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) mode = st.st_mode & 07777;  // a replaced file keeps its permissions
  remove_stale(target.parent_path(), target.filename().string());
  std::string tmp = temporary_for(target);
  ::unlink(tmp.c_str());  // this process's own leftover, if any
  if (!make(tmp, mode, error)) return false;
  if (mode != 0666) ::chmod(tmp.c_str(), mode);
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    error = "cannot replace '" + path + "': " + errno_text(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

bool synced(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  bool ok = fd >= 0 && ::fdatasync(fd) == 0;
  if (fd >= 0) ok = ::close(fd) == 0 && ok;
  return ok;
}

}  // namespace

bool write_file(const std::string& path, std::string_view text, std::string& error) {
  return replace(
      path, [&](const std::string& tmp, mode_t mode, std::string& e) { return write_new(tmp, text, mode, e); }, error);
}

bool write_made(const std::string& path, const FileMaker& make, std::string& error) {
  return replace(
      path,
      [&](const std::string& tmp, mode_t, std::string& e) {
        bool ok = make(tmp, e);
        if (ok && !synced(tmp)) {
          e = "cannot write '" + path + "': " + errno_text(errno);
          ok = false;
        }
        if (!ok) ::unlink(tmp.c_str());
        return ok;
      },
      error);
}

bool write_output(DriverEnv& env, const std::string& path, std::string_view text, std::string& error) {
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (path == "-" || (exists && env.out_fd && same_file(*env.out_fd, st))) {
    env.out << text;
    return true;
  }
  if (!exists) {
    if (errno != ENOENT) {
      error = "cannot write '" + path + "': " + errno_text(errno);
      return false;
    }
    return write_file(path, text, error);
  }
  if (S_ISREG(st.st_mode)) return write_file(path, text, error);
  if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    error = "refusing to write '" + path + "': it is " + what_it_is(st.st_mode);
    return false;
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  bool ok = fd >= 0 && write_all(fd, text);
  int saved = errno;
  if (fd >= 0) ok = ::close(fd) == 0 && ok;
  if (!ok) error = "cannot write '" + path + "': " + errno_text(saved);
  return ok;
}

bool flushed(std::ostream& out) {
  out.flush();
  return !out.fail();
}

const std::vector<std::string_view>& ReportSet::file_names() {
  static const std::vector<std::string_view> names = {"charts",    "findings.sarif", "report.docx", "report.html",
                                                      "report.json", "report.md",   "report.pdf",  "report.xlsx"};
  return names;
}

ReportSet::ReportSet(std::string dir) : dir_(std::move(dir)) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
}

ReportSet::~ReportSet() {
  std::error_code ec;
  if (!staging_.empty() && !committed_) fs::remove_all(staging_, ec);
}

bool ReportSet::open(std::string& error) {
  std::error_code ec;
  fs::path dir = fs::absolute(dir_, ec).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();
  fs::create_directories(dir.parent_path(), ec);
  remove_stale(dir.parent_path(), "." + dir.filename().string());
  staging_ = temporary_for(dir.parent_path() / ("." + dir.filename().string()));
  fs::remove_all(staging_, ec);
  if (::mkdir(staging_.c_str(), 0777) != 0) {
    error = "cannot create '" + staging_ + "' beside the output directory: " + errno_text(errno);
    staging_.clear();
    return false;
  }
  return true;
}

bool ReportSet::add(const std::string& name, std::string_view text, std::string& error) {
  fs::path path = fs::path(staging_) / name;
  std::error_code ec;
  if (name.find('/') != std::string::npos) fs::create_directories(path.parent_path(), ec);  // charts/radar.svg
  if (!write_new(path.string(), text, 0666, error)) return false;
  note(name);
  return true;
}

bool ReportSet::add_streamed(const std::string& name, const Fill& fill, std::string& error) {
  std::string path = (fs::path(staging_) / name).string();
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = "cannot write '" + path + "': " + errno_text(errno);
    return false;
  }
  int failed = 0;  // the first write's errno; later pieces are not written
  fill([&](std::string_view piece) {
    if (failed == 0 && !write_all(fd, piece)) failed = errno ? errno : EIO;
  });
  if (failed == 0 && ::fdatasync(fd) != 0) failed = errno;
  if (::close(fd) != 0 && failed == 0) failed = errno;
  if (failed != 0) {
    error = "cannot write '" + path + "': " + errno_text(failed);
    ::unlink(path.c_str());
    return false;
  }
  note(name);
  return true;
}

void ReportSet::note(const std::string& name) {
  std::string top = name.substr(0, name.find('/'));  // a folder of the set counts as one entry
  if (std::find(names_.begin(), names_.end(), top) == names_.end()) names_.push_back(top);
}

bool ReportSet::add_made(const std::string& name, const Maker& make, std::string& error) {
  std::string path = (fs::path(staging_) / name).string();
  if (!make(path, error)) {
    ::unlink(path.c_str());
    return false;
  }
  note(name);
  return true;
}

bool ReportSet::add_to_committed(const std::string& dir, const std::string& name, const Maker& make,
                                 std::string& error) {
  ReportSet set(dir);  // its staging directory goes with it
  if (!set.open(error) || !make((fs::path(set.staging_) / name).string(), error)) return false;
  fs::path from = fs::path(set.staging_) / name, to = fs::path(set.dir_) / name;
  if (::rename(from.c_str(), to.c_str()) != 0) {
    error = "cannot write '" + to.string() + "': " + errno_text(errno);
    return false;
  }
  return true;
}

bool ReportSet::commit(std::string& error) {
  std::error_code ec;
  struct stat st {};
  if (::lstat(dir_.c_str(), &st) != 0) {
    if (::rename(staging_.c_str(), dir_.c_str()) != 0) {
      error = "cannot create '" + dir_ + "': " + errno_text(errno);
      return false;
    }
    committed_ = true;
    return true;
  }
  if (!S_ISDIR(st.st_mode)) {
    error = "cannot write the reports into '" + dir_ + "': it is not a directory";
    return false;
  }
  bool only_reports = true;
  const auto& known = file_names();
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec))
    if (std::find(known.begin(), known.end(), it->path().filename().string()) == known.end()) only_reports = false;
  if (ec) {
    error = "cannot read '" + dir_ + "': " + ec.message();
    return false;
  }
  if (!only_reports) return commit_by_file(error);
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, dir_.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno == EINVAL || errno == ENOSYS || errno == EBUSY) return commit_by_file(error);  // no exchange here
    error = "cannot replace '" + dir_ + "': " + errno_text(errno);
    return false;
  }
  committed_ = true;
  fs::remove_all(staging_, ec);  // now the previous set
  return true;
}

bool ReportSet::commit_by_file(std::string& error) {
  std::error_code ec;
  for (const auto& name : names_) {
    fs::path from = fs::path(staging_) / name, to = fs::path(dir_) / name;
    if (fs::is_directory(from, ec) && fs::is_directory(to, ec)) fs::remove_all(to, ec);  // charts/ as a whole
    if (::rename(from.c_str(), to.c_str()) != 0) {
      error = "cannot replace '" + to.string() + "': " + errno_text(errno);
      return false;
    }
  }
  for (std::string_view name : file_names())
    if (std::find(names_.begin(), names_.end(), name) == names_.end()) fs::remove_all(fs::path(dir_) / name, ec);
  committed_ = true;
  fs::remove_all(staging_, ec);
  return true;
}

}  // namespace kubus::driver
