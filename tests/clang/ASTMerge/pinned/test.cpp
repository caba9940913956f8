// The AST importer carries pinning: the definition bit and the attribute.
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.1.ast %S/Inputs/pinned.cpp
// RUN: %clang_cc1 -std=c++20 -ast-merge %t.1.ast -fsyntax-only -verify %s

static_assert(__is_pinned(Keyword) && __is_pinned(Attr) && __is_pinned(Derived));
static_assert(!__is_pinned(Unpinned));
static_assert(!__is_trivially_copyable(Keyword) && !__is_trivially_copyable(Derived));
void f(Attr &a) {
  Attr b = a; // expected-error {{cannot copy object of pinned type 'Attr'}}
              // expected-note@Inputs/pinned.cpp:2 {{'Attr' is declared 'pinned' here}}
}
