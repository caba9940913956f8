// The init parameter is an lvalue reference to a cv-unqualified object type.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void c(init const S& s); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'const S &'}}
void p(init S* s); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'S *'}}
void r(init S&& s); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'S &&'}}
void v(init S s); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'S'}}
void vol(init volatile S& s); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'volatile S &'}}
void fn(init void (&f)()); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'void (&)()'}}
void ok_int(init int& i);
void ok_array(init int (&a)[4]);
