// A status tested as failed is a failure exit whether it is returned by name
// or through std::move or std::forward; anything else done to it first still
// makes the return unclassifiable.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

namespace std {
template <class T> struct remove_reference { using type = T; };
template <class T> struct remove_reference<T &> { using type = T; };
template <class T>
constexpr typename remove_reference<T>::type &&move(T &&t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T>
constexpr T &&forward(typename remove_reference<T>::type &t) noexcept {
  return static_cast<T &&>(t);
}
} // namespace std

struct L { L *n; };
std::expected<void, int> try_make(init L &self);
void modify(std::expected<void, int> &r);
struct S { L a; };

std::expected<void, int> moved(init S &self) {
  auto r = try_make(init self.a);
  if (!r)
    return std::move(r);
  return {};
}

std::expected<void, int> forwarded(init S &self) {
  auto r = try_make(init self.a);
  if (!r)
    return std::forward<std::expected<void, int> &>(r);
  return {};
}

std::expected<void, int> modified_then_moved(init S &self) {
  auto r = try_make(init self.a);
  if (!r) {
    modify(r);
    return std::move(r); // expected-error {{cannot determine whether this return statement reports success or failure}}
  }
  return {};
}
