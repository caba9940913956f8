// An explicit slot is an init parameter, its member, or *p; the call then has the function's return type.
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
struct S { int a; int b; };
struct Outer { S inner; int c; };
void make(init S& self) { self.a = 1; self.b = 2; }
std::expected<void, int> try_make(init S& self);
void outer(init Outer& self) { make(init self.inner); self.c = 3; }
void whole(init S& self) { make(init self); }
void raw(S* p, S* q) {
  make(init *p);
  static_assert(__is_same(decltype(make(init *p)), void));
  static_assert(__is_same(decltype(try_make(init *q)), std::expected<void, int>));
  auto r = try_make(init *q);
  (void)r;
}
