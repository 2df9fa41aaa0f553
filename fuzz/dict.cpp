// Writes the libFuzzer dictionaries from the sources of truth, so they follow
// the language: `kubus-fuzz-dict kubus GRAMMAR` prints the grammar's literal
// tokens and the schema's kinds, collections, fields, derived relations, enum
// values and units; `kubus-fuzz-dict yaml FILE...` prints every key written in
// the given YAML files, YAML's own punctuation, and the schema's words (which
// matrices and catalogues refer to).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "schema/schema.h"

namespace {

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "kubus-fuzz-dict: cannot read %s\n", path);
    std::exit(2);
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void add_schema(std::set<std::string>& words) {
  using namespace kubus::schema;
  for (const auto& k : kinds()) {
    words.emplace(k.name);
    if (!k.plural.empty()) words.emplace(k.plural);
    for (const auto& f : k.fields) {
      words.emplace(f.name);
      for (auto c : f.choices) words.emplace(c);
    }
    for (const auto& d : k.derived) {
      words.emplace(d.name);
      for (auto c : d.choices) words.emplace(c);
    }
  }
  for (const auto& u : unit_names()) words.insert(u);
  // Rule functions (rules/check_ops.cpp) and the forms of values the lexer
  // knows by shape rather than by a literal.
  for (const char* w : {"count", "sum", "avg", "min", "max", "test", "flags", "flags-handoffs", "passes",
                        "2024-Q1", "2024-01-31", "1_000", "1.5e3", "\"\\\"\"", "# "})
    words.emplace(w);
}

void add_matches(std::set<std::string>& words, const std::string& text, const std::regex& re) {
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it) words.insert((*it)[1].str());
}

void print(const std::set<std::string>& words) {
  for (const auto& w : words) {
    std::string out = "\"";
    for (unsigned char c : w) {
      if (c == '"' || c == '\\') out += '\\';
      if (c < 0x20 || c >= 0x7f) {
        char hex[5];
        std::snprintf(hex, sizeof hex, "\\x%02X", c);
        out += hex;
      } else {
        out += static_cast<char>(c);
      }
    }
    std::cout << out << "\"\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::set<std::string> words;
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "kubus" && argc == 3) {
    add_matches(words, read(argv[2]), std::regex(R"(:\s*'((?:[^'\\]|\\.)+)')"));
  } else if (mode == "yaml" && argc > 2) {
    for (int i = 2; i < argc; ++i)
      add_matches(words, read(argv[i]), std::regex(R"((?:^|\n)[ \t]*(?:- )?([A-Za-z_][A-Za-z0-9_-]*):)"));
    for (const char* w : {"---", "...", ": ", "- ", "? ", "&a ", "*a", "!!str ", "!!int ", "|", ">-", "{", "}",
                          "[", "]", ", ", "'", "\"", "#", "~", "null", "true", "false", "1", "EUR", "pm"})
      words.emplace(w);
  } else {
    std::fprintf(stderr, "usage: kubus-fuzz-dict kubus GRAMMAR | kubus-fuzz-dict yaml FILE...\n");
    return 2;
  }
  add_schema(words);
  print(words);
  return 0;
}
