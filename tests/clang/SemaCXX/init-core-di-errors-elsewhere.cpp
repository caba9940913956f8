// A body with other errors is not analyzed, so its mistakes do not multiply.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; int b; };
void f(init S& self) {
  self.a = undeclared; // expected-error {{use of undeclared identifier 'undeclared'}}
}
