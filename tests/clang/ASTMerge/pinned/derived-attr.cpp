// A class derived from a pinned class makes Sema declare the base's implicit
// copy and move constructors (deleted) in the source AST; they stay deleted
// when imported, whichever spelling declared the base pinned.
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.1.ast %S/Inputs/derived-attr.cpp
// RUN: %clang_cc1 -std=c++20 -ast-merge %t.1.ast -fsyntax-only -verify %s

void f(Attr &a, Derived &d) {
  Attr b = a;    // expected-error {{cannot copy object of pinned type 'Attr'}}
  Derived e = d; // expected-error {{cannot copy object of pinned type 'Derived'}}
}
// expected-note@Inputs/derived-attr.cpp:1 2 {{'Attr' is declared 'pinned' here}}
// expected-note@Inputs/derived-attr.cpp:2 {{'Derived' is pinned because its base class 'Attr' is pinned}}
