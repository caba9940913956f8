// Calls in templates are formed at instantiation: explicit slots, omitted slots and rebuilt calls.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
template <class T> struct box { T value; };
template <class T> void make_box(init box<T>& self, T v) { self.value = v; }
template <class T> box<T> build(T v) { return make_box<T>(init *static_cast<box<T>*>(nullptr), v), box<T>{v}; }
template <class T> struct outer { box<T> b; int n; };
template <class T> void make_outer(init outer<T>& self, T v) {
  make_box(init self.b, v);
  self.n = 1;
}
void use(outer<int>* p, outer<double>* q) {
  make_outer(init *p, 1);
  make_outer(init *q, 2.0);
}
struct S { int a; };
void make_s(init S& self) { self.a = 0; }
template <class T> T twice() { T a = make_s(); (void)a; return make_s(); }
S s = twice<S>();
