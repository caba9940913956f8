// An explicit object parameter cannot also be an init parameter, and an init parameter after it is not first.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
struct W {
  void f(this W& w, init S& s); // expected-error {{an 'init' parameter must be the first parameter}}
};
