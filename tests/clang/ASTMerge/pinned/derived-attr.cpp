// Known bug: when the imported AST holds a class derived from a class spelled
// [[clang::pinned]], the base's implicit copy constructor, declared (deleted)
// in the source AST, arrives in the merged AST as a trivial, usable one, so
// the copies below compile. The same classes through a PCH, and a base spelled
// with the keyword, are diagnosed (test.cpp, PCH/pinned.cpp).
// XFAIL: *
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.1.ast %S/Inputs/derived-attr.cpp
// RUN: %clang_cc1 -std=c++20 -ast-merge %t.1.ast -fsyntax-only -verify %s

void f(Attr &a, Derived &d) {
  Attr b = a;    // expected-error {{cannot copy object of pinned type 'Attr'}}
  Derived e = d; // expected-error {{cannot copy object of pinned type 'Derived'}}
}
// expected-note@Inputs/derived-attr.cpp:1 2 {{'Attr' is declared 'pinned' here}}
// expected-note@Inputs/derived-attr.cpp:2 {{'Derived' is pinned because its base class 'Attr' is pinned}}
