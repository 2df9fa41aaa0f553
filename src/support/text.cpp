#include "support/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kubus {

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    // Eight ASCII bytes at a time: a model is almost all ASCII, and every
    // file is checked before it is parsed.
    std::uint64_t word;
    if (i + 8 <= s.size() && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    unsigned char c = p[i];
    std::size_t n;
    std::uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else return i;
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    static constexpr std::uint32_t min_cp[4] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += n + 1;
  }
  return std::nullopt;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += !utf8_continuation(c);
  return n;
}

std::size_t utf8_offset(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; i < s.size() && k < n; ++k) {
    ++i;
    while (i < s.size() && utf8_continuation(s[i])) ++i;
  }
  return i;
}

std::vector<std::uint32_t> utf8_offsets(std::string_view s) {
  std::vector<std::uint32_t> out;
  out.reserve(s.size() + 1);
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!utf8_continuation(s[i])) out.push_back(static_cast<std::uint32_t>(i));
  out.push_back(static_cast<std::uint32_t>(s.size()));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  std::size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (diff > cap) return cap + 1;
  thread_local std::vector<std::size_t> row;  // reused: this runs once per candidate name
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t prev = row[0];
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] != b[j - 1])});
      prev = cur;
      best = std::min(best, row[j]);
    }
    if (best > cap) return cap + 1;
  }
  return row[b.size()];
}

namespace {

// `claims-mgr` abbreviates `claims-manager`: same start, letters in order.
bool abbreviates(std::string_view shorter, std::string_view longer) {
  if (shorter.size() >= longer.size() || shorter.substr(0, 3) != longer.substr(0, 3)) return false;
  std::size_t j = 0;
  for (char ch : longer)
    if (j < shorter.size() && shorter[j] == ch) ++j;
  return j == shorter.size();
}

// The best candidate seen so far: the smallest distance, ties by byte order.
class Best {
 public:
  explicit Best(std::string_view word) : word_(word), cap_(std::max<std::size_t>(1, word.size() / 3)), d_(cap_ + 1) {}

  void consider(const std::string& c) {
    std::size_t d = edit_distance(word_, c, cap_);
    // A candidate that contains the word (or the reverse) is a good guess too.
    if (d > cap_ && word_.size() >= 3 && c.size() >= 3 &&
        (c.find(word_) != std::string::npos || word_.find(c) != std::string_view::npos || abbreviates(word_, c)))
      d = cap_;
    if (d < d_ || (d == d_ && best_ && c < *best_)) {
      d_ = d;
      best_ = &c;
    }
  }

  std::optional<std::string> result() const {
    if (!best_ || *best_ == word_) return std::nullopt;
    return *best_;
  }

 private:
  std::string_view word_;
  std::size_t cap_, d_;
  const std::string* best_ = nullptr;
};

std::string reversed(std::string_view s) { return std::string(s.rbegin(), s.rend()); }

}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  Best best(word);
  for (const auto& c : candidates) best.consider(c);
  return best.result();
}

NameIndex::NameIndex(std::vector<std::string> names) : names_(std::move(names)) {
  std::sort(names_.begin(), names_.end());
  names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
  if (names_.size() <= kNearby) return;
  std::vector<std::pair<std::string, std::uint32_t>> ends;
  ends.reserve(names_.size());
  for (std::size_t i = 0; i < names_.size(); ++i) ends.emplace_back(reversed(names_[i]), static_cast<std::uint32_t>(i));
  std::sort(ends.begin(), ends.end());
  by_end_.reserve(ends.size());
  for (const auto& e : ends) by_end_.push_back(e.second);
}

std::optional<std::string> NameIndex::closest(std::string_view word) const {
  if (auto it = memo_.find(std::string(word)); it != memo_.end()) return it->second;
  Best best(word);
  if (by_end_.empty()) {
    for (const auto& n : names_) best.consider(n);
  } else {
    // Outwards from where the word would sort, kNearby / 2 names in each order.
    auto around = [&](std::size_t at, std::size_t size, auto&& name_at) {
      std::size_t lo = at, hi = at;
      for (std::size_t taken = 0; taken < kNearby / 2 && (lo > 0 || hi < size); ++taken) {
        if (hi < size && (taken % 2 == 0 || lo == 0)) best.consider(name_at(hi++));
        else best.consider(name_at(--lo));
      }
    };
    auto start = static_cast<std::size_t>(std::lower_bound(names_.begin(), names_.end(), word) - names_.begin());
    around(start, names_.size(), [&](std::size_t i) -> const std::string& { return names_[i]; });
    std::string end_key = reversed(word);
    auto end_at = static_cast<std::size_t>(
        std::lower_bound(by_end_.begin(), by_end_.end(), end_key,
                         [&](std::uint32_t i, const std::string& key) {
                           return std::lexicographical_compare(names_[i].rbegin(), names_[i].rend(), key.begin(), key.end());
                         }) -
        by_end_.begin());
    around(end_at, by_end_.size(), [&](std::size_t i) -> const std::string& { return names_[by_end_[i]]; });
  }
  return memo_.emplace(std::string(word), best.result()).first->second;
}

std::optional<std::size_t> find_unknown_escape(std::string_view literal) {
  for (std::size_t i = literal.find('\\'); i != std::string_view::npos; i = literal.find('\\', i + 2)) {
    if (i + 1 >= literal.size()) return std::nullopt;  // an unterminated string: reported as such
    if (std::string_view("\"\\nt").find(literal[i + 1]) == std::string_view::npos) return i;
  }
  return std::nullopt;
}

std::string unescape(std::string_view q) {
  if (q.size() >= 1 && q.front() == '"') q.remove_prefix(1);
  if (!q.empty() && q.back() == '"') q.remove_suffix(1);
  std::string out;
  out.reserve(q.size());
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (q[i] != '\\' || i + 1 == q.size()) { out += q[i]; continue; }
    char e = q[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      default: out += e; break;
    }
  }
  return out;
}

std::string_view decoded(std::string_view literal, StringStore& store) {
  std::string_view inner = literal;
  if (!inner.empty() && inner.front() == '"') inner.remove_prefix(1);
  if (!inner.empty() && inner.back() == '"') inner.remove_suffix(1);
  if (inner.find('\\') == std::string_view::npos) return inner;
  return store.keep(unescape(literal));
}

std::string escape_bytes(std::string_view s, bool (*keep)(unsigned char), std::string_view prefix) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (keep(c)) {
      out += ch;
    } else {
      out += prefix;
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int part[3] = {0, 0, 0};
  for (std::size_t i = 0, p = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) {
      ++p;
      continue;
    }
    if (s[i] < '0' || s[i] > '9') return false;
    part[p] = part[p] * 10 + (s[i] - '0');
  }
  auto [y, m, d] = part;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] + (m == 2 && leap);
}

std::string thousands(double x) {
  std::string digits = fmt::format("{:.0f}", std::fabs(x));
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (x < 0 && digits != "0" ? "-" : "") + out;
}

}  // namespace kubus
