// The analysis runs on each instantiation of an init function template.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

template <class T> struct box { T value; int tag; };
template <class T> void make(init box<T>& self, T v) {
  self.value = v;
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@-4 {{member 'tag' is not constructed}}
void use(box<int>* p) { make(init *p, 1); } // expected-note {{in instantiation of function template specialization 'make<int>' requested here}}
