// The record layout of a class derived from a pinned class is the one it has
// without the attribute: tail padding of a POD-for-layout base is not reused.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++20 -fdump-record-layouts -emit-llvm-only %s | FileCheck %s --check-prefix=ITANIUM
// RUN: %clang_cc1 -triple aarch64-linux-gnu -std=c++20 -fdump-record-layouts -emit-llvm-only %s | FileCheck %s --check-prefix=ITANIUM
// RUN: %clang_cc1 -triple x86_64-windows-msvc -std=c++20 -fdump-record-layouts -emit-llvm-only %s | FileCheck %s --check-prefix=MS

struct [[clang::pinned]] A { int i; char c; };
struct B : A { char d; };
struct N { [[no_unique_address]] A a; char d; };

B b;
N n;

// ITANIUM:      *** Dumping AST Record Layout
// ITANIUM:          0 | struct A
// ITANIUM-NEXT:     0 |   int i
// ITANIUM-NEXT:     4 |   char c
// ITANIUM-NEXT:       | [sizeof=8, dsize=8, align=4,
// ITANIUM:      *** Dumping AST Record Layout
// ITANIUM:          0 | struct B
// ITANIUM-NEXT:     0 |   struct A (base)
// ITANIUM-NEXT:     0 |     int i
// ITANIUM-NEXT:     4 |     char c
// ITANIUM-NEXT:     8 |   char d
// ITANIUM-NEXT:       | [sizeof=12, dsize=9, align=4,
// ITANIUM:      *** Dumping AST Record Layout
// ITANIUM:          0 | struct N
// ITANIUM-NEXT:     0 |   struct A a
// ITANIUM-NEXT:     0 |     int i
// ITANIUM-NEXT:     4 |     char c
// ITANIUM-NEXT:     8 |   char d
// ITANIUM-NEXT:       | [sizeof=12, dsize=12, align=4,

// MS:      *** Dumping AST Record Layout
// MS:          0 | struct B
// MS-NEXT:     0 |   struct A (base)
// MS-NEXT:     0 |     int i
// MS-NEXT:     4 |     char c
// MS-NEXT:     8 |   char d
// MS-NEXT:       | [sizeof=12, align=4
