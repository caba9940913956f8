// A return leaves a member unconstructed: the error names the member.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void f(init S& self, bool early) {
  self.a = 1;
  if (early)
    return; // expected-error {{'self' is not fully constructed at this return}}
  self.b = 2;
}
