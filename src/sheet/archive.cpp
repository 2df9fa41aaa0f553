#include "sheet/archive.h"

#include <zip.h>

namespace kubus::sheet {

void Archive::Close::operator()(zip* z) const { zip_discard(z); }

std::optional<Archive> Archive::open(std::string_view bytes, std::string& error) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err) : nullptr;
  if (!z) {
    error = zip_error_strerror(&err);
    if (source) zip_source_free(source);
    zip_error_fini(&err);
    return std::nullopt;
  }
  zip_error_fini(&err);
  return Archive(z);
}

// Reads in chunks and stops at `limit`: the size the archive declares is not
// trusted, so a ZIP bomb costs at most `limit` bytes.
std::optional<std::string> Archive::part(const std::string& name, std::size_t limit, std::string& error) const {
  zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_file_t* file = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    error = std::string("cannot unpack ") + name + ": " + zip_strerror(zip_.get());
    return std::nullopt;
  }
  std::string out;
  char chunk[65536];
  zip_int64_t n = 0;
  while ((n = zip_fread(file, chunk, sizeof chunk)) > 0) {
    if (out.size() + static_cast<std::size_t>(n) > limit) {
      error = name + " unpacks to more than " + std::to_string(limit >> 20) + " MiB";
      zip_fclose(file);
      return std::nullopt;
    }
    out.append(chunk, static_cast<std::size_t>(n));
  }
  if (n < 0) error = std::string("cannot unpack ") + name + ": " + zip_file_strerror(file);
  zip_fclose(file);
  if (n < 0) return std::nullopt;
  return out;
}

}  // namespace kubus::sheet
