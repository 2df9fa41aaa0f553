// The gettext catalogues through Boost.Locale: one std::locale per language,
// generated with an explicit messages path, so the machine needs no installed
// system locale (ICU brings its own data for the formats).
#include <algorithm>
#include <boost/locale.hpp>
#include <filesystem>

#include "i18n/i18n.h"

namespace fs = std::filesystem;

namespace kubus::i18n {

Catalogues::Catalogues(const std::vector<std::string>& dirs, const std::string& domain) {
  boost::locale::generator gen;
  for (const auto& dir : dirs) gen.add_messages_path(dir);
  gen.add_messages_domain(domain);
  for (const auto& l : kLanguages) locales_[static_cast<std::size_t>(l.lang)] = gen(std::string(l.code) + ".UTF-8");
}

std::string Catalogues::tr(Lang lang, std::string_view msgid) const {
  return boost::locale::translate(std::string(msgid)).str(locale(lang));
}

std::string Catalogues::trc(Lang lang, std::string_view context, std::string_view msgid) const {
  return boost::locale::translate(std::string(context), std::string(msgid)).str(locale(lang));
}

std::string Catalogues::trn(Lang lang, std::string_view singular, std::string_view plural, long n) const {
  return boost::locale::translate(std::string(singular), std::string(plural), n).str(locale(lang));
}

const Catalogues& Catalogues::installed() {
  static const Catalogues kInstalled(catalogue_dirs(), "kubus");
  return kInstalled;
}

std::vector<std::string> catalogue_dirs() {
  std::error_code ec;
  fs::path bin = fs::read_symlink("/proc/self/exe", ec).parent_path();
  if (ec) return {};
  std::vector<std::string> out;
  for (const fs::path& rel : {fs::path("share/locale"), fs::path(KUBUS_LOCALE_FROM_BIN), fs::path("../share/locale")}) {
    std::string dir = (bin / rel).lexically_normal().string();
    if (std::find(out.begin(), out.end(), dir) == out.end()) out.push_back(dir);
  }
  return out;
}

std::string tr(Lang lang, std::string_view msgid) { return Catalogues::installed().tr(lang, msgid); }

std::string trc(Lang lang, std::string_view context, std::string_view msgid) {
  return Catalogues::installed().trc(lang, context, msgid);
}

std::string trn(Lang lang, std::string_view singular, std::string_view plural, long n) {
  return Catalogues::installed().trn(lang, singular, plural, n);
}

}  // namespace kubus::i18n
