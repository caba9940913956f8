// Init parameters in type-ids, aliases, typedefs, template arguments and out-of-line member definitions.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; };
using maker = void(init S&);
typedef void (*maker_ptr)(init S&);
template <class F> struct traits;
template <class R, class A> struct traits<R(A)> { static constexpr bool plain = true; };
template <class R, class A> struct traits<R(init A)> { static constexpr bool plain = false; };
static_assert(!__is_same(maker, void(S&)));
struct factory { static void make(init S& self); };
void factory::make(init S& self) { self.a = 1; }
maker_ptr p = factory::make;
S use() { return p(); }
