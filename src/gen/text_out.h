// Appending the generated text: numbers, quoted strings, `key: value` fields,
// declaration heads and ends, and list values in the canonical layout of LANGUAGE.md.
// Everything appends to a std::string the caller reserved, without formatting
// libraries, so the output depends on nothing but the arithmetic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kubus::gen::detail {

void append_uint(std::string& out, std::uint64_t v);

// Zero-padded to at least `width` digits (more when the number needs them).
void append_padded(std::string& out, std::uint64_t v, int width);

// value / 100 with two decimals: 350 -> "3.50".
void append_cents(std::string& out, std::uint64_t cents);

// value / 10 with one decimal: 74 -> "7.4".
void append_tenths(std::string& out, std::uint64_t tenths);

void append_quoted(std::string& out, std::string_view s);

// "  key: "
void key(std::string& out, std::string_view k, int indent = 2);

void field_word(std::string& out, std::string_view k, std::string_view v, int indent = 2);
void field_string(std::string& out, std::string_view k, std::string_view v, int indent = 2);
void field_uint(std::string& out, std::string_view k, std::uint64_t v, int indent = 2);
void field_bool(std::string& out, std::string_view k, bool v, int indent = 2);

// "KIND " then the caller appends the ID, then decl_title() appends ` "Title" {`.
void decl_title(std::string& out, std::string_view title);

void decl_end(std::string& out);

// A list value: items are appended into one buffer separated by ", "; emitted on one
// line when it fits in 100 columns, else one item per line with a trailing comma.
class ListBuf {
public:
    void clear() {
        buf_.clear();
        starts_.clear();
    }
    std::string& item() {
        if (!starts_.empty()) buf_.append(", ");
        starts_.push_back(buf_.size());
        return buf_;
    }

    void emit(std::string& out, std::string_view k, int indent = 2) const;

private:
    std::string buf_;
    std::vector<std::size_t> starts_;
};

}  // namespace kubus::gen::detail
