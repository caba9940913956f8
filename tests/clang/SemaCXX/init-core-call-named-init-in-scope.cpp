// Where lookup finds something named 'init', 'init x' is not an init argument.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self);
struct C {
  void init();
  void use(S* p) {
    make(init *p); // expected-error {{reference to non-static member function must be called; did you mean to call it with no arguments?}}
                   // expected-error@-1 {{invalid operands to binary expression}}
  }
};
