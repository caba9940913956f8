// Virtual functions, constructors, destructors, main, allocation and deallocation functions cannot have init parameters.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

typedef decltype(sizeof(0)) size_t;
struct S { int a; };
struct B {
  virtual void v(init S& s); // expected-error {{a virtual function cannot have an 'init' parameter}}
  virtual void w(S& s);
};
struct D : B {
  // The parameter types match B::w, so this overrides it and is virtual.
  void w(init S& s); // expected-error {{a virtual function cannot have an 'init' parameter}}
};
struct C {
  C(init S& s); // expected-error {{a constructor cannot have an 'init' parameter}}
  static void make(init C& self);
  friend void befriend(init C& self);
};
// The size or pointer comes first, so the slot could never be first.
void* operator new(size_t, init S& s); // expected-error {{an 'init' parameter must be the first parameter}}
void operator delete(void*, init S& s); // expected-error {{an 'init' parameter must be the first parameter}}
int main(init S& s); // expected-error {{first parameter of 'main' (argument count) must be of type 'int'}}
