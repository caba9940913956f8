// An init parameter is the first parameter, spelled with the contextual keyword 'init'.
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

// expected-no-diagnostics
struct S { int a; };
void f(init S& self);
void g(init S& self, int x, double y);
