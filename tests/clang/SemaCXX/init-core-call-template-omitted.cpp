// The slot type is not deduced from a call that omits the slot: it comes
// from explicit template arguments, or deduction fails.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

template <class T> void make(init T& self) { self = T(); } // expected-note {{candidate template ignored: couldn't infer template argument 'T'}}
void use(int* p) {
  make(init *p);  // fine: T deduced from the slot
  make(); // expected-error {{no matching function for call to 'make'}}
  int i = make<int>();
  (void)i;
}
