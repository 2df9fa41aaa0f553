// report.pdf and report.docx: printed by Debian's chromium and pandoc from the
// committed report.html and report.md (docs/design.md, "PDF and DOCX"). Each
// is made in a staging directory beside the report folder and renamed into it
// when whole; a program that is missing, fails or runs past its time leaves
// no file and an error that says which, and what to install.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "driver/output.h"
#include "i18n/i18n.h"
#include "report/report.h"
#include "support/escape.h"
#include "support/process.h"
#include "support/text.h"

namespace fs = std::filesystem;

namespace kubus::report {
namespace {

// A printed report of thousands of touchpoints takes seconds; a hung program
// must not hang `kubus assess`.
constexpr int kToolSeconds = 300;

struct Tool {
  std::string_view program, package;
};
constexpr Tool kChromium{"chromium", "chromium"}, kPandoc{"pandoc", "pandoc"};

bool starts_with_bytes(const std::string& path, std::string_view magic) {
  std::ifstream in(path, std::ios::binary);
  std::string head(magic.size(), '\0');
  return in.read(head.data(), static_cast<std::streamsize>(head.size())) && head == magic;
}

// The last line a program wrote to stderr: its own reason, past any noise.
std::string last_line(std::string_view err) {
  std::string_view text = trim(err);
  auto newline = text.rfind('\n');
  return terminal_text(newline == std::string_view::npos ? text : text.substr(newline + 1));
}

// Whether `tool` made `path` (a file starting with `magic`); else why not.
bool made(const ProcessResult& p, const Tool& tool, const std::string& path, std::string_view magic,
          std::string& error) {
  std::string file = fs::path(path).filename().string();
  if (p.not_found)
    error = fmt::format("cannot write {}: {} is not installed: apt-get install {}", file, tool.program, tool.package);
  else if (p.timed_out)
    error = fmt::format("cannot write {}: {} did not finish within {} seconds", file, tool.program, kToolSeconds);
  else if (p.status != 0 || !starts_with_bytes(path, magic))
    error = fmt::format("cannot write {}: {} failed: {}", file, tool.program, last_line(p.err));
  else
    return true;
  return false;
}

bool write_pdf(const std::string& dir, std::string& error) {
  std::error_code ec;
  std::string html = uri_reference(fs::absolute(fs::path(dir) / "report.html", ec).lexically_normal().string());
  return driver::ReportSet::add_to_committed(
      dir, "report.pdf",
      [&](const std::string& path, std::string& e) {
        // Chromium's profile goes in the staging directory, and with it. Its own
        // header and footer (the clock's date, the file's URL) are off: report.html
        // prints the assessment's title, date and page numbers itself.
        ProcessResult p = run_process({std::string(kChromium.program), "--headless", "--no-sandbox", "--disable-gpu",
                                       "--no-pdf-header-footer", "--user-data-dir=" + path + ".profile",
                                       "--print-to-pdf=" + path, html},
                                      {}, {}, kToolSeconds);
        return made(p, kChromium, path, "%PDF-", e);
      },
      error);
}

bool write_docx(const std::string& dir, Lang lang, std::string& error) {
  std::error_code ec;
  fs::path from = fs::absolute(dir, ec).lexically_normal();
  return driver::ReportSet::add_to_committed(
      dir, "report.docx",
      [&](const std::string& path, std::string& e) {
        // The charts are found beside report.md; pandoc embeds each SVG with a
        // PNG of it (made by rsvg-convert) for Word versions without SVG.
        ProcessResult p = run_process({std::string(kPandoc.program), "--from=gfm", "--to=docx",
                                       "--resource-path=" + from.string(), "--metadata=lang:" + std::string(code_of(lang)),
                                       "--output=" + path, (from / "report.md").string()},
                                      {}, {}, kToolSeconds);
        return made(p, kPandoc, path, "PK\x03\x04", e);
      },
      error);
}

}  // namespace

std::vector<std::string> write_deliverables(const std::string& dir, Lang lang, Deliverables& which) {
  std::vector<std::string> errors;
  std::string error;
  if (which.pdf && !write_pdf(dir, error)) {
    errors.push_back(error);
    which.pdf = false;
  }
  if (which.docx && !write_docx(dir, lang, error)) {
    errors.push_back(error);
    which.docx = false;
  }
  return errors;
}

std::string written_files(Lang lang, Deliverables made, const std::string& dir) {
  std::string files = "report.json, report.md, report.html, report.xlsx";
  if (made.pdf) files += ", report.pdf";
  if (made.docx) files += ", report.docx";
  return fmt::format(fmt::runtime(i18n::tr(lang, "Wrote {files} and findings.sarif to {dir}")), fmt::arg("files", files),
                     fmt::arg("dir", dir)) +
         "\n";
}

}  // namespace kubus::report
