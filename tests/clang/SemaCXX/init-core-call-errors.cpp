// Errors at calls: fallible without slot, slot to a plain function, wrong type, not storage.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S { int a; };
struct T { int a; };
struct Base { int a; };
struct Derived : Base { int b; };
void make(init S& self); // expected-note 2 {{candidate function not viable}}
std::expected<void, int> try_make(init S& self);
void make_base(init Base& self);
void plain(S& s);
void use(S* p, T* t, S& ref, Derived* d) {
  S a = try_make(); // expected-error {{a fallible init function cannot be called without an 'init' argument}}
  plain(init *p); // expected-error {{an 'init' argument can only be passed to an init function; 'plain' has no 'init' parameter}}
  make(init *t); // expected-error {{no matching function for call to 'make'}}
  make_base(init *d); // expected-error {{the 'init' argument has type 'Derived', but the init function constructs 'Base'}}
  S local;
  make(init local); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
  make(init ref); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
  make(*p); // expected-error {{no matching function for call to 'make'}}
}
