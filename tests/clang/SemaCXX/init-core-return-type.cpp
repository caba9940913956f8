// An init function returns void or std::expected<void, E>.
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

struct S { int a; };
void ok1(init S& s);
std::expected<void, int> ok2(init S& s);
int bad1(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
S& bad2(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
std::expected<int, int> bad3(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
