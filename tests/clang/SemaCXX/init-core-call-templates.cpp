// Function templates: the slot type is deduced from an explicit slot.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
template <class T> struct box { T value; };
template <class T> void make_box(init box<T>& self, T v) { self.value = v; }
void use(box<int>* p, box<double>* q) {
  make_box(init *p, 1);
  make_box(init *q, 2.0);
}
template <class F, class T> auto apply(F f, T* slot) -> decltype(f(init *slot)) { return f(init *slot); }
struct S { int a; };
void make_s(init S& self) { self.a = 1; }
void use2(S* s) { apply(make_s, s); }
