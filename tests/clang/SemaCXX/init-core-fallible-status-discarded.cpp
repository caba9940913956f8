// The result of a fallible init call on a tracked slot must not be discarded.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

namespace std {
template <class E> class unexpected {
public:
  constexpr explicit unexpected(E e) : e_(e) {}
  E e_;
};
template <class E> unexpected(E) -> unexpected<E>;
template <class T, class E> class expected;
template <class E> class expected<void, E> {
public:
  constexpr expected() : ok_(true) {}
  template <class G> constexpr expected(unexpected<G> u) : ok_(false), e_(u.e_) {}
  constexpr bool has_value() const { return ok_; }
  constexpr explicit operator bool() const { return ok_; }
  constexpr E error() const { return e_; }
private:
  bool ok_;
  E e_{};
};
} // namespace std

struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
std::expected<void, int> f(init S& self) {
  try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
std::expected<void, int> g(init S& self) {
  (void)try_make(init self.a); // expected-error {{the result of a fallible init call must not be discarded}}
  return {};
}
