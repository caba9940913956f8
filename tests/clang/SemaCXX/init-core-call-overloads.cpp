// Overload resolution sees the omitted slot as bound to the result object.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; };
struct T { int b; };
void make(init S& self, int v) { self.a = v; }
void make(init T& self, int v, int w) { self.b = v + w; }
S s = make(1);
T t = make(1, 2);
static_assert(__is_same(decltype(make(1)), S));
static_assert(__is_same(decltype(make(1, 2)), T));
