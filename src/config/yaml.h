// Reading YAML files (matrix, assessment, initiatives) with locations: every
// problem becomes a diagnostic at file:line:column, never a yaml-cpp exception.
#pragma once
#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "diag/diagnostic.h"
#include "schema/schema.h"
#include "support/lang_text.h"
#include "support/language.h"

namespace kubus::config {

struct YamlFile {
  FileId file = 0;
  YAML::Node root;
};

// Reads and parses a YAML file. Unreadable: nullopt and `unreadable` set (exit 2);
// malformed YAML or invalid UTF-8: nullopt with a diagnostic. An empty file
// gives a null root, which check_map reports as "expected a map".
std::optional<YamlFile> load_yaml(const std::string& path, SourceManager& sm, Diagnostics& diags, bool& unreadable);
// The same for text already in `sm` (an editor buffer, a fuzz input).
std::optional<YamlFile> parse_yaml(FileId id, const SourceManager& sm, Diagnostics& diags);

// Typed access to one file's nodes. Each getter reports what is wrong with the
// node (at its location) and returns nullopt; callers go on with the next key so
// one run reports every problem.
class YamlReader {
 public:
  YamlReader(const SourceManager& sm, FileId file, Diagnostics& diags) : sm_(sm), file_(file), diags_(diags) {}

  Span span(const YAML::Node& node) const;        // the node's first line and column; the scalar's extent
  Span key_span(const YAML::Node& map, std::string_view key) const;  // where `key:` is written
  FileId file() const { return file_; }
  Diagnostics& diags() const { return diags_; }

  // `node` must be a map whose keys are all in `allowed` (did-you-mean for the
  // rest) and appear once; keys in `required` must be present. `what` names the
  // map in messages ("matrix", "dimension 'governance'").
  bool check_map(const YAML::Node& node, std::string_view what, std::initializer_list<std::string_view> allowed,
                 std::initializer_list<std::string_view> required = {}) const;
  bool check_list(const YAML::Node& node, std::string_view what) const;

  std::optional<std::string> string(const YAML::Node& node, std::string_view what) const;
  // A display text: a plain string in the file's base language, or a map of
  // variants by language code (`{en: ..., nl: ...}`); a key that is no
  // language code is E0502, listing the codes.
  std::optional<Text> text(const YAML::Node& node, std::string_view what) const;
  // The file's base language, from the top-level `language:` key of `root`
  // when given (E0505 listing the codes otherwise); English without it.
  bool base_language(const YAML::Node& root);
  std::optional<double> number(const YAML::Node& node, std::string_view what) const;
  std::optional<long> integer(const YAML::Node& node, std::string_view what) const;
  std::optional<bool> boolean(const YAML::Node& node, std::string_view what) const;
  // A list of strings; a single string is accepted as a list of one.
  std::optional<std::vector<std::string>> strings(const YAML::Node& node, std::string_view what) const;
  // A quantity such as "6 pm" or "250000 EUR", converted to the base unit of `dim`
  // (schema units). A plain number is accepted when `bare_ok`. `currency`
  // receives the currency code of a money amount.
  std::optional<double> quantity(const YAML::Node& node, std::string_view what, schema::Dim dim,
                                 std::string* currency = nullptr, bool bare_ok = false) const;

  // A report language, written as its code (`language: nl`); an unknown code
  // is E0513 with the closest code and the list.
  std::optional<Lang> language(const YAML::Node& node) const;

  // The format version under `key` (the file's first key) must be 1.
  bool version(const YAML::Node& node, std::string_view key) const;
  // A number in [lo, hi], or above lo when `lo_open`; E0505 otherwise.
  std::optional<double> number_in(const YAML::Node& node, std::string_view what, double lo, double hi,
                                  bool lo_open = false) const;

  void error(Code code, const YAML::Node& node, std::string message, std::string help = {}) const;

 private:
  const SourceManager& sm_;
  FileId file_;
  Diagnostics& diags_;
  Lang base_ = kDefaultLang;  // the language of plain-string texts
  // A YAML alias makes one node appear in several places; it is reported once.
  mutable std::set<std::tuple<std::uint32_t, std::uint32_t, Code, std::string>> reported_;
};

}  // namespace kubus::config
