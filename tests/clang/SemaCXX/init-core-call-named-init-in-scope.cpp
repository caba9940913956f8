// A member function named 'init' does not hide the slot marker: before '*'
// lookup decides, and a name that must be called is no operand. A variable
// named 'init' is one, so there 'init *p' stays a multiplication.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self);
struct C {
  void init();
  template <class T> void init(T);
  void use(S* p) {
    make(init *p);
  }
};
struct D {
  int init;
  void use(S* p) {
    make(init *p); // expected-error {{invalid operands to binary expression ('int' and 'S *')}}
  }
};
struct E {
  static void init();
  void use(S* p) {
    make(init *p); // expected-error {{invalid operands to binary expression ('void ()' and 'S *')}}
  }
};
