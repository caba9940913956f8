// A non-static member function may be an init function; the object argument comes first.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct S { int a; };
struct factory {
  int seed;
  void make(init S& self) const { self.a = seed; }
};
S use(const factory& f, S* p) {
  f.make(init *p);
  S s = f.make();
  (void)s;
  return f.make();
}
