// The init parameter cannot have a default argument; the others can.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
S global;
void f(init S& s = global); // expected-error {{an 'init' parameter cannot have a default argument}}
void g(init S& s, int x = 3) { s.a = x; }
S use() { return g(); }
