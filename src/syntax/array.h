// A fixed-size owning array of one pointer: the syntax tree's lists and blocks.
// std::vector takes 24 bytes and its capacity; a tree holds millions of them,
// sized once when parsed, so the count lives in the heap block before the items.
#pragma once
#include <cstddef>
#include <new>
#include <span>
#include <utility>

namespace kubus::ast {

template <class T>
class Array {
 public:
  Array() = default;
  Array(const Array& o) : Array(std::span<const T>(o)) {}
  Array(Array&& o) noexcept : items_(std::exchange(o.items_, nullptr)) {}
  Array& operator=(Array o) noexcept {
    std::swap(items_, o.items_);
    return *this;
  }
  ~Array() { clear(); }

  // Copies `from`; moves the items of `from` with adopt().
  explicit Array(std::span<const T> from) {
    T* out = allocate(from.size());
    for (const T& t : from) new (out++) T(t);
  }
  template <class Range>
  static Array adopt(Range&& from) {
    Array a;
    T* out = a.allocate(std::size(from));
    for (T& t : from) new (out++) T(std::move(t));
    return a;
  }

  std::size_t size() const { return items_ ? header()->size : 0; }
  bool empty() const { return size() == 0; }
  T* data() { return items_; }
  const T* data() const { return items_; }
  T* begin() { return items_; }
  T* end() { return items_ + size(); }
  const T* begin() const { return items_; }
  const T* end() const { return items_ + size(); }
  T& operator[](std::size_t i) { return items_[i]; }
  const T& operator[](std::size_t i) const { return items_[i]; }
  const T& front() const { return items_[0]; }
  const T& back() const { return items_[size() - 1]; }

  void clear() {
    if (!items_) return;
    for (T& t : *this) t.~T();
    Header* h = header();
    h->~Header();
    ::operator delete(h);
    items_ = nullptr;
  }

 private:
  struct alignas(T) Header {
    std::size_t size;
  };
  Header* header() const { return reinterpret_cast<Header*>(items_) - 1; }

  // Items are constructed by the caller right after; nothing is held for none.
  T* allocate(std::size_t n) {
    if (n == 0) return nullptr;
    auto* h = new (::operator new(sizeof(Header) + n * sizeof(T))) Header{n};
    items_ = reinterpret_cast<T*>(h + 1);
    return items_;
  }

  T* items_ = nullptr;
};

}  // namespace kubus::ast
