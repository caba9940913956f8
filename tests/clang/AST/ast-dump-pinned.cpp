// The AST dumps show pinning in the definition data and the attribute with
// the spelling used; -ast-print writes each spelling back as it was written.
// RUN: %clang_cc1 -std=c++20 -ast-dump %s | FileCheck %s --check-prefix=DUMP
// RUN: %clang_cc1 -std=c++20 -ast-dump=json %s | FileCheck %s --check-prefix=JSON
// RUN: %clang_cc1 -std=c++20 -ast-dump=json %s | grep -c '"isPinned": true' | FileCheck %s --check-prefix=COUNT
// RUN: %clang_cc1 -std=c++20 -ast-print %s | FileCheck %s --check-prefix=PRINT
// RUN: %clang_cc1 -std=c++20 -ast-print %s > %t.cpp
// RUN: %clang_cc1 -std=c++20 -fsyntax-only -Werror %t.cpp

struct Keyword pinned { int x; };
struct [[clang::pinned]] Clang { int x; };
struct [[pinned]] Plain { int x; };
struct Derived : Keyword { int y; };
struct Unpinned { int x; };
static_assert(__is_pinned(Keyword) && __is_pinned(Clang) && __is_pinned(Plain));
static_assert(__is_pinned(Derived) && !__is_pinned(Unpinned));

// DUMP-LABEL: CXXRecordDecl {{.*}} struct Keyword definition
// DUMP-NEXT:  DefinitionData {{.*}}pinned
// DUMP:       PinnedAttr {{0x[0-9a-f]+}} <col:16>{{$}}
// DUMP-LABEL: CXXRecordDecl {{.*}} struct Clang definition
// DUMP-NEXT:  DefinitionData {{.*}}pinned
// DUMP:       PinnedAttr {{0x[0-9a-f]+}} <col:10, col:17>{{$}}
// DUMP-LABEL: CXXRecordDecl {{.*}} struct Plain definition
// DUMP-NEXT:  DefinitionData {{.*}}pinned
// DUMP:       PinnedAttr {{0x[0-9a-f]+}} <col:10>{{$}}
// DUMP-LABEL: CXXRecordDecl {{.*}} struct Derived definition
// DUMP-NEXT:  DefinitionData {{.*}}pinned
// DUMP-NOT:   PinnedAttr
// DUMP-LABEL: CXXRecordDecl {{.*}} struct Unpinned definition
// DUMP-NOT:   {{ pinned( |$)}}
// DUMP:       CXXRecordDecl {{.*}} implicit struct Unpinned

// JSON:      "name": "Keyword",
// JSON:      "definitionData": {
// JSON:        "isPinned": true,
// The four pinned classes, and no other.
// COUNT: {{^}}4{{$}}

// PRINT: struct Keyword pinned {
// PRINT: struct {{\[\[}}clang::pinned]] Clang {
// PRINT: struct {{\[\[}}pinned]] Plain {
// PRINT: struct Derived : Keyword {
// expected-no-diagnostics
