// Requirements and SFINAE see whether a callable takes an init slot.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; };
void make(init S& self);
void plain(S& s);
template <class F, class T> concept initializer = requires(F f, T* p) { f(init *p); };
static_assert(initializer<decltype(&make), S>);
static_assert(!initializer<decltype(&plain), S>);
static_assert(!initializer<int, S>);
template <class F> auto omitted(F f) -> decltype(f()) { return f(); }
static_assert(__is_same(decltype(omitted(make)), S));
