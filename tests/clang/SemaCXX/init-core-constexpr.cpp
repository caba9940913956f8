// The prototype does not evaluate init functions in constant expressions: such a call is not a constant.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
constexpr void make(init S& self) { self.a = 1; }
constexpr int get() { S s = make(); return s.a; }
constexpr int k = get(); // expected-error {{constexpr variable 'k' must be initialized by a constant expression}}
                         // expected-note@-2 {{subexpression not valid in a constant expression}}
                         // expected-note@-2 {{in call to 'get()'}}
int dynamic = get(); // fine at run time
