// A const object is not a slot for a non-const slot type.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self); // expected-note {{candidate function not viable: 1st argument ('const S') would lose const qualifier}}
void use(const S* p) {
  make(init *p); // expected-error {{no matching function for call to 'make'}}
}
