// An init parameter must come first; 'init' may not be repeated.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void late(int n, init S& s); // expected-error {{an 'init' parameter must be the first parameter}}
void twice(init init S& s); // expected-error {{duplicate 'init' specifier}}
void two(init S& a, init S& b); // expected-error {{an 'init' parameter must be the first parameter}}
