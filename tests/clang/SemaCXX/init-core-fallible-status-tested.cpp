// A sub-init status tested as failed is a failure return; after the test the member is constructed.
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
struct L { L* n; };
std::expected<void, int> try_make(init L& self, bool ok);
struct S { L a; L b; int c; };
std::expected<void, int> f(init S& self, bool ok) {
  if (auto r = try_make(init self.a, ok); !r)
    return r;
  auto r2 = try_make(init self.b, ok);
  if (!r2.has_value())
    return r2;
  self.c = self.a.n == self.b.n;
  return {};
}
