// Init-ness is part of the function type: it is printed, kept by pointers, and not convertible.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self) { self.a = 1; }
void plain(S& s);
static_assert(!__is_same(void(init S&), void(S&)));
static_assert(__is_same(decltype(make), void(init S&)));
void (*good)(init S&) = make;
void (*bad)(S&) = make; // expected-error {{cannot initialize a variable of type 'void (*)(S &)' with an lvalue of type 'void (init S &)'}}
void (*bad2)(init S&) = plain; // expected-error {{cannot initialize a variable of type 'void (*)(init S &)' with an lvalue of type 'void (S &)'}}
void plain2(S& s);
void plain2(init S& s); // expected-error {{conflicting types for 'plain2'}}
                        // expected-note@-2 {{previous declaration is here}}
