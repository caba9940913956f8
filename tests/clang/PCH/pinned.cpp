// Pinning survives serialization: the definition bit, the attribute of each
// spelling and the diagnostics that depend on them.
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.pch %s
// RUN: %clang_cc1 -std=c++20 -include-pch %t.pch -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c++20 -include-pch %t.pch -ast-dump-all %s | FileCheck %s

#ifndef HEADER
#define HEADER
struct Keyword pinned { int x; }; // expected-note 2 {{'Keyword' is declared 'pinned' here}}
struct [[clang::pinned]] Attr { int x; };
struct Holder { Keyword k; }; // expected-note {{'Holder' is pinned because its member 'k' of type 'Keyword' is pinned}}
template <class T> struct [[clang::pinned]] Tmpl { T t; };
#else
static_assert(__is_pinned(Keyword) && __is_pinned(Attr) && __is_pinned(Holder));
static_assert(__is_pinned(Tmpl<int>));
static_assert(!__is_trivially_copyable(Keyword) && !__can_pass_in_regs(Attr));
void use(Keyword &k, Holder &h) {
  Keyword copy = k; // expected-error {{cannot copy object of pinned type 'Keyword'}}
  Holder moved = static_cast<Holder &&>(h); // expected-error {{cannot move object of pinned type 'Holder'}}
}
// CHECK: CXXRecordDecl {{.*}} imported struct Keyword definition
// CHECK-NEXT: DefinitionData {{.*}}pinned
// CHECK: PinnedAttr {{.*}} pinned
#endif
