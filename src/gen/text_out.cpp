// Appending the generated text. See text_out.h.

#include "gen/text_out.h"

namespace kubus::gen::detail {

void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    char* p = buf + sizeof buf;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void append_padded(std::string& out, std::uint64_t v, int width) {
    char buf[24];
    char* p = buf + sizeof buf;
    int n = 0;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
        ++n;
    } while (v != 0);
    while (n < width) {
        *--p = '0';
        ++n;
    }
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void append_cents(std::string& out, std::uint64_t cents) {
    append_uint(out, cents / 100);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + (cents / 10) % 10));
    out.push_back(static_cast<char>('0' + cents % 10));
}

void append_tenths(std::string& out, std::uint64_t tenths) {
    append_uint(out, tenths / 10);
    out.push_back('.');
    out.push_back(static_cast<char>('0' + tenths % 10));
}

void append_quoted(std::string& out, std::string_view s) {
    out.push_back('"');
    for (char c : s) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\t': out.append("\\t"); break;
            default: out.push_back(c);
        }
    }
    out.push_back('"');
}

void key(std::string& out, std::string_view k, int indent) {
    out.append(static_cast<std::size_t>(indent), ' ');
    out.append(k);
    out.append(": ");
}

void field_word(std::string& out, std::string_view k, std::string_view v, int indent) {
    key(out, k, indent);
    out.append(v);
    out.push_back('\n');
}

void field_string(std::string& out, std::string_view k, std::string_view v, int indent) {
    key(out, k, indent);
    append_quoted(out, v);
    out.push_back('\n');
}

void field_uint(std::string& out, std::string_view k, std::uint64_t v, int indent) {
    key(out, k, indent);
    append_uint(out, v);
    out.push_back('\n');
}

void field_bool(std::string& out, std::string_view k, bool v, int indent) {
    field_word(out, k, v ? "true" : "false", indent);
}

void decl_title(std::string& out, std::string_view title) {
    out.push_back(' ');
    append_quoted(out, title);
    out.append(" {\n");
}

void decl_end(std::string& out) { out.append("}\n\n"); }

void ListBuf::emit(std::string& out, std::string_view k, int indent) const {
    const std::size_t one_line = static_cast<std::size_t>(indent) + k.size() + 3 + buf_.size() + 1;
    out.append(static_cast<std::size_t>(indent), ' ');
    out.append(k);
    if (one_line <= 100) {
        out.append(": [");
        out.append(buf_);
        out.append("]\n");
        return;
    }
    out.append(": [\n");
    for (std::size_t i = 0; i < starts_.size(); ++i) {
        const std::size_t b = starts_[i];
        const std::size_t e = i + 1 < starts_.size() ? starts_[i + 1] - 2 : buf_.size();
        out.append(static_cast<std::size_t>(indent) + 2, ' ');
        out.append(buf_, b, e - b);
        out.append(",\n");
    }
    out.append(static_cast<std::size_t>(indent), ' ');
    out.append("]\n");
}


}  // namespace kubus::gen::detail
