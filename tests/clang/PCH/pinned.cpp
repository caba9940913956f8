// Pinning survives serialization: the definition bit, the attribute of each
// spelling and the diagnostics that depend on them.
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.pch %s
// RUN: %clang_cc1 -std=c++20 -include-pch %t.pch -fsyntax-only -verify %s
// RUN: not %clang_cc1 -std=c++20 -include-pch %t.pch -ast-dump-all %s 2>/dev/null | FileCheck %s

#ifndef HEADER
#define HEADER
struct Keyword pinned { int x; };
struct [[clang::pinned]] Attr { int x; };
struct Holder { Keyword k; };
template <class T> struct [[clang::pinned]] Tmpl { T t; };
#else
static_assert(__is_pinned(Keyword) && __is_pinned(Attr) && __is_pinned(Holder));
static_assert(__is_pinned(Tmpl<int>));
static_assert(!__is_trivially_copyable(Keyword) && !__can_pass_in_regs(Attr));
void use(Keyword &k, Holder &h) {
  Keyword copy = k; // expected-error {{cannot copy object of pinned type 'Keyword'}}
  Holder moved = static_cast<Holder &&>(h); // expected-error {{cannot move object of pinned type 'Holder'}}
}
// The notes point into the precompiled part of this file.
// expected-note@9 2 {{'Keyword' is declared 'pinned' here}}
// expected-note@11 {{'Holder' is pinned because its member 'k' of type 'Keyword' is pinned}}
// CHECK: CXXRecordDecl {{.*}} imported {{.*}}struct Keyword definition
// CHECK-NEXT: DefinitionData {{.*}}pinned
// CHECK: PinnedAttr {{0x[0-9a-f]+}} <col:16>{{$}}
#endif
