// 'init' introduces only the first argument of a call; elsewhere it is an ordinary name.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self);
void two(int x, init S& s); // expected-error {{an 'init' parameter must be the first parameter}}
void use(S* p, int k) {
  int init = 2;
  int twice = init * k; // a variable named init: a multiplication
  (void)twice;
}
void use2(S* p, S* q) {
  make(1, init *p); // expected-error {{'init' can only introduce the first argument of a call}}
  S t(1, init q);   // expected-error {{'init' can only introduce the first argument of a call}}
}
