// Writing results to files without ever leaving a half-written one (ENGINE.md
// §7): regular files through a temporary and a rename, report sets swapped in
// as a whole, devices and standard output in place, every write checked.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "driver/env.h"

namespace kubus::driver {

// Writes `text` to a regular file (new, or replacing one) through a temporary
// beside it and a rename; a symbolic link keeps pointing at the new file. The
// temporaries of killed runs beside it are removed first.
bool write_file(const std::string& path, std::string_view text, std::string& error);

// Writes `path` as write_file does, with the file `make` writes to the
// temporary path it is given: for a library that writes its file itself
// (libxlsxwriter). Nothing is left behind when `make` fails.
using FileMaker = std::function<bool(const std::string& path, std::string& error)>;
bool write_made(const std::string& path, const FileMaker& make, std::string& error);

// What `-o PATH` does: "-" or the process's own standard output (such as
// /dev/stdout) writes to env.out; a regular file, or none, as write_file; a
// character device or FIFO (/dev/null) in place. Anything else (a directory, a
// block device, a socket) is refused with `error`.
bool write_output(DriverEnv& env, const std::string& path, std::string_view text, std::string& error);

// Flushes `out`; false when anything written to it was lost (a full disk, a
// closed pipe): the caller exits 2 naming the stream.
bool flushed(std::ostream& out);

// The files of one report, replaced as a set so that readers never see files
// of two runs side by side. They are written into a staging directory beside
// `dir`; when `dir` is absent or holds nothing but report files, the staging
// directory takes its place in one atomic exchange. A directory that holds
// other files too is updated file by file instead, each file atomically, and
// report files the new set lacks are removed. Staging directories of killed
// runs are removed first.
class ReportSet {
 public:
  explicit ReportSet(std::string dir);
  ~ReportSet();  // removes the staging directory unless committed
  ReportSet(const ReportSet&) = delete;
  ReportSet& operator=(const ReportSet&) = delete;

  bool open(std::string& error);
  // `name` may be in a folder of the set: charts/radar.svg.
  bool add(const std::string& name, std::string_view text, std::string& error);
  // Adds `name`, written by `make` to the path it is given in the staging
  // directory: for a library that writes its file itself (libxlsxwriter).
  using Maker = std::function<bool(const std::string& path, std::string& error)>;
  bool add_made(const std::string& name, const Maker& make, std::string& error);
  // Adds `name`, written in pieces: `fill` hands each piece to the function it
  // is given as soon as it is made, so a large file is never held whole.
  using Fill = std::function<void(const std::function<void(std::string_view)>& write)>;
  bool add_streamed(const std::string& name, const Fill& fill, std::string& error);
  bool commit(std::string& error);

  // Adds `name` to the set already committed in `dir`: made by `make` in a
  // staging directory beside `dir` and renamed into it only when whole, so no
  // half-made file is ever seen there (report.pdf and report.docx are printed
  // from the committed report.html and report.md).
  static bool add_to_committed(const std::string& dir, const std::string& name, const Maker& make, std::string& error);

  // Every file name a report set may hold (report.json, report.md, ..., and the folder charts).
  static const std::vector<std::string_view>& file_names();

 private:
  bool commit_by_file(std::string& error);
  void note(const std::string& name);  // `name`'s first path component joins names_
  std::string dir_, staging_;
  std::vector<std::string> names_;
  bool committed_ = false;
};

}  // namespace kubus::driver
