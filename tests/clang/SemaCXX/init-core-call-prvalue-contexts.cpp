// A call that omits the slot is a prvalue of the slot type in every prvalue context.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct [[pinned]] L { L* n; };
void make(init L& self) { self.n = &self; }
struct Two { L a; L b; };
struct Holder { L l = make(); };
void take(L l);
L ret() { return make(); }
void use() {
  L a = make();
  L* p = new L(make());
  Two t{make(), make()};
  Holder h;
  take(make());
  delete p;
  static_assert(__is_same(decltype(make()), L));
}
