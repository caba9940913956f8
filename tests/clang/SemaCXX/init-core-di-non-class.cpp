// A slot of non-class type is constructed as a whole.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

void f(init int& self, int v) { self = v * 2; }
void g(init int& self) {
  int k = self + 1; // expected-error {{'self' is used before it is constructed}}
  self = k;
}
void h(init int& self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
int use() { int a = f(3); return a; }
