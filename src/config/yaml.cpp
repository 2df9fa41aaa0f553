#include "config/yaml.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "support/text.h"

namespace kubus::config {
namespace {

std::string_view kind_name(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Scalar: return "a scalar";
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Undefined: break;
  }
  return "nothing";
}

std::string join(std::initializer_list<std::string_view> names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::string languages() {
  std::string out;
  for (const auto& code : language_codes()) out += (out.empty() ? "" : ", ") + code;
  return out;
}

}  // namespace

std::optional<YamlFile> load_yaml(const std::string& path, SourceManager& sm, Diagnostics& diags, bool& unreadable) {
  auto id = sm.load(path);
  if (!id) {
    diags.add_file(Code::CannotRead, path, "cannot read '" + path + "'");
    unreadable = true;
    return std::nullopt;
  }
  return parse_yaml(*id, sm, diags);
}

std::optional<YamlFile> parse_yaml(FileId id, const SourceManager& sm, Diagnostics& diags) {
  const SourceFile& f = sm.file(id);
  if (auto bad = find_invalid_utf8(f.text)) {
    auto line = static_cast<std::uint32_t>(std::upper_bound(f.line_starts.begin(), f.line_starts.end(), *bad) -
                                           f.line_starts.begin());
    auto col = static_cast<std::uint32_t>(utf8_length(std::string_view(f.text).substr(
                                              f.line_starts[line - 1], *bad - f.line_starts[line - 1])) + 1);
    diags.add(Code::InvalidUtf8, Span{id, line, col, line, col + 1}, "invalid UTF-8 in a YAML file",
              "save the file as UTF-8");
    return std::nullopt;
  }
  try {
    return YamlFile{id, YAML::Load(f.text)};
  } catch (const YAML::Exception& e) {
    auto line = static_cast<std::uint32_t>(std::max(e.mark.line, 0) + 1);
    std::uint32_t col = 1;
    if (e.mark.column >= 0 && line <= f.line_starts.size()) {
      auto text = f.line(line);
      col = static_cast<std::uint32_t>(
          utf8_length(text.substr(0, std::min<std::size_t>(text.size(), static_cast<std::size_t>(e.mark.column)))) + 1);
    }
    diags.add(Code::YamlSyntax, Span{id, line, col, line, col + 1}, "malformed YAML: " + e.msg,
              "check the indentation and the quoting on this line");
    return std::nullopt;
  }
}

Span YamlReader::span(const YAML::Node& node) const {
  const SourceFile& f = sm_.file(file_);
  YAML::Mark m = node.IsDefined() ? node.Mark() : YAML::Mark::null_mark();
  if (m.line < 0 || static_cast<std::size_t>(m.line) >= f.line_starts.size()) return Span{file_, 1, 1, 1, 1};
  auto line = static_cast<std::uint32_t>(m.line + 1);
  std::string_view text = f.line(line);
  std::size_t start = std::min<std::size_t>(text.size(), static_cast<std::size_t>(std::max(m.column, 0)));
  std::size_t end = start;
  if (node.IsScalar()) {
    if (start < text.size() && (text[start] == '"' || text[start] == '\'')) {
      auto close = text.find(text[start], start + 1);
      end = close == std::string_view::npos ? text.size() : close + 1;
    } else {
      end = std::min(text.size(), start + node.Scalar().size());
    }
  }
  auto col = static_cast<std::uint32_t>(utf8_length(text.substr(0, start)) + 1);
  auto end_col = static_cast<std::uint32_t>(utf8_length(text.substr(0, std::max(end, start + 1))) + 1);
  return Span{file_, line, col, line, std::max(end_col, col + 1)};
}

Span YamlReader::key_span(const YAML::Node& map, std::string_view key) const {
  if (map.IsMap())
    for (const auto& kv : map)
      if (kv.first.IsScalar() && kv.first.Scalar() == key) return span(kv.first);
  return span(map);
}

void YamlReader::error(Code code, const YAML::Node& node, std::string message, std::string help) const {
  Span at = span(node);
  if (!reported_.emplace(at.line, at.col, code, message).second) return;
  diags_.add(code, at, std::move(message), std::move(help));
}

bool YamlReader::check_map(const YAML::Node& node, std::string_view what,
                           std::initializer_list<std::string_view> allowed,
                           std::initializer_list<std::string_view> required) const {
  if (!node.IsMap()) {
    error(Code::YamlWrongType, node, "expected " + std::string(what) + " to be a map, found " + std::string(kind_name(node)),
          "write `key: value` lines; allowed keys: " + join(allowed));
    return false;
  }
  bool ok = true;
  std::vector<std::string> seen;
  std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& kv : node) {
    if (!kv.first.IsScalar()) {
      error(Code::YamlWrongType, kv.first, "a key of " + std::string(what) + " must be a plain name");
      ok = false;
      continue;
    }
    const std::string& key = kv.first.Scalar();
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
      error(Code::DuplicateKey, kv.first, "key '" + key + "' given twice in " + std::string(what),
            "keep one of them; YAML would silently use the first");
      ok = false;
      continue;
    }
    seen.push_back(key);
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      auto guess = closest(key, names);
      error(Code::UnknownKey, kv.first, "unknown key '" + key + "' in " + std::string(what),
            guess ? "did you mean '" + *guess + "'?" : "allowed keys: " + join(allowed));
      ok = false;
    }
  }
  for (auto key : required) {
    if (std::find(seen.begin(), seen.end(), std::string(key)) == seen.end()) {
      error(Code::MissingKey, node, std::string(what) + " has no '" + std::string(key) + "'",
            "add `" + std::string(key) + ": ...`");
      ok = false;
    }
  }
  return ok;
}

bool YamlReader::check_list(const YAML::Node& node, std::string_view what) const {
  if (node.IsSequence()) return true;
  error(Code::YamlWrongType, node, "expected " + std::string(what) + " to be a list, found " + std::string(kind_name(node)),
        "write `[a, b]` or one `- item` per line");
  return false;
}

std::optional<std::string> YamlReader::string(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar()) return node.Scalar();
  error(Code::YamlWrongType, node, "expected " + std::string(what) + " to be text, found " + std::string(kind_name(node)));
  return std::nullopt;
}

std::optional<Lang> YamlReader::language(const YAML::Node& node) const {
  auto code = string(node, "language");
  if (!code) return std::nullopt;
  if (auto lang = parse_language(*code)) return lang;
  auto guess = closest(*code, language_codes());
  error(Code::UnknownLanguage, node, "unknown language '" + *code + "'",
        (guess ? "did you mean '" + *guess + "'? " : std::string()) + "the languages are " + languages());
  return std::nullopt;
}

std::optional<Text> YamlReader::text(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar()) return Text(node.Scalar(), base_);
  if (!node.IsMap()) {
    error(Code::YamlWrongType, node,
          "expected " + std::string(what) + " to be text, or its variants by language, found " +
              std::string(kind_name(node)),
          "write `" + std::string(what) + ": Text` or `{en: Text, nl: Tekst}`");
    return std::nullopt;
  }
  Text out({}, base_);
  bool ok = true;
  std::vector<std::string> seen;
  for (const auto& kv : node) {
    std::optional<Lang> lang = kv.first.IsScalar() ? parse_language(kv.first.Scalar()) : std::nullopt;
    if (!lang) {
      std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string(kind_name(kv.first));
      auto guess = closest(key, language_codes());
      error(Code::UnknownKey, kv.first, "'" + key + "' in " + std::string(what) + " is no language code",
            (guess ? "did you mean '" + *guess + "'? " : std::string()) +
                "the variants of a text are keyed by language: " + languages());
      ok = false;
      continue;
    }
    if (std::find(seen.begin(), seen.end(), kv.first.Scalar()) != seen.end()) {
      error(Code::DuplicateKey, kv.first, "language '" + kv.first.Scalar() + "' given twice in " + std::string(what),
            "keep one of them");
      ok = false;
      continue;
    }
    seen.push_back(kv.first.Scalar());
    if (auto s = string(kv.second, std::string(what) + " (" + kv.first.Scalar() + ")")) out.set(*lang, *s);
    else ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

bool YamlReader::base_language(const YAML::Node& root) {
  if (!root.IsMap() || !root["language"]) return true;
  auto lang = language(root["language"]);
  if (lang) base_ = *lang;
  return lang.has_value();
}

std::optional<double> YamlReader::number(const YAML::Node& node, std::string_view what) const {
  double v = 0;
  if (node.IsScalar() && YAML::convert<double>::decode(node, v) && std::isfinite(v)) return v;
  error(Code::YamlWrongType, node,
        "expected " + std::string(what) + " to be a number, found " +
            (node.IsScalar() ? "'" + node.Scalar() + "'" : std::string(kind_name(node))));
  return std::nullopt;
}

std::optional<long> YamlReader::integer(const YAML::Node& node, std::string_view what) const {
  auto v = number(node, what);
  if (!v) return std::nullopt;
  if (*v != std::floor(*v) || std::fabs(*v) > 1e9) {
    error(Code::BadValue, node, std::string(what) + " must be a whole number, found '" + node.Scalar() + "'");
    return std::nullopt;
  }
  return static_cast<long>(*v);
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, std::string_view what) const {
  bool v = false;
  if (node.IsScalar() && YAML::convert<bool>::decode(node, v)) return v;
  error(Code::YamlWrongType, node, "expected " + std::string(what) + " to be true or false");
  return std::nullopt;
}

std::optional<std::vector<std::string>> YamlReader::strings(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (!check_list(node, what)) return std::nullopt;
  std::vector<std::string> out;
  bool ok = true;
  for (const auto& item : node) {
    if (auto s = string(item, std::string(what) + " item")) out.push_back(*s);
    else ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

bool YamlReader::version(const YAML::Node& node, std::string_view key) const {
  if (node.IsScalar() && node.Scalar() == "1") return true;
  error(Code::UnsupportedVersion, node,
        "unsupported " + std::string(key) + " version" + (node.IsScalar() ? " '" + node.Scalar() + "'" : std::string()),
        "this Kubus reads `" + std::string(key) + ": 1`");
  return false;
}

std::optional<double> YamlReader::number_in(const YAML::Node& node, std::string_view what, double lo, double hi,
                                            bool lo_open) const {
  auto v = number(node, what);
  if (!v) return std::nullopt;
  if ((lo_open ? *v > lo : *v >= lo) && *v <= hi) return v;
  std::string range = lo_open ? (std::isinf(hi) ? "greater than " + fmt::format("{}", lo) : fmt::format("in ({}, {}]", lo, hi))
                              : fmt::format("in {}..{}", lo, hi);
  error(Code::BadValue, node, std::string(what) + " must be " + range + ", found " + node.Scalar());
  return std::nullopt;
}

std::optional<double> YamlReader::quantity(const YAML::Node& node, std::string_view what, schema::Dim dim,
                                           std::string* currency, bool bare_ok) const {
  if (!node.IsScalar()) {
    error(Code::YamlWrongType, node, "expected " + std::string(what) + " to be a quantity such as '6 pm'");
    return std::nullopt;
  }
  auto q = schema::parse_quantity(node.Scalar(), dim, bare_ok);
  if (!q.value) {
    error(q.problem == schema::ParsedQuantity::Problem::NotANumber ? Code::BadValue : Code::BadUnit, node,
          std::string(what) + ": " + q.message, q.help);
    return std::nullopt;
  }
  if (currency && dim == schema::Dim::Money && !q.currency.empty()) *currency = q.currency;
  return q.value;
}

}  // namespace kubus::config
