// A fallible init function: 'return {}' is success and requires everything constructed.
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

struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
std::expected<void, int> f(init S& self) {
  self.a = 1;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
