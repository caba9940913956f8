// The slot type is not deduced from a call that omits the slot.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

template <class T> void make(init T& self) { self = T(); } // expected-note {{candidate function template not viable: requires single argument 'self', but no arguments were provided}}
void use(int* p) {
  make(init *p);  // fine: T deduced from the slot
  make(); // expected-error {{no matching function for call to 'make'}}
}
