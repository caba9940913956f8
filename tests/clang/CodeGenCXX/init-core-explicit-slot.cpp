// An explicit slot '*p' passes p itself; a fallible init function returns its status
// normally and takes the slot as a plain first argument (no sret).
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

#include "../SemaCXX/Inputs/init-std-expected.h"

struct S { long a, b, c; };
void make(init S& self);
std::expected<void, int> try_make(init S& self);

// CHECK-LABEL: define{{.*}} void @_Z9explicit_P1S(ptr noundef %p)
// CHECK: %[[P:.*]] = load ptr, ptr %p.addr
// CHECK-NEXT: call void @_Z4makeU4initR1S(ptr sret(%struct.S) align 8 %[[P]])
void explicit_(S* p) { make(init *p); }

// CHECK-LABEL: define{{.*}} i1 @_Z8fallibleP1S(ptr noundef %p)
// CHECK: call i64 @_Z8try_makeU4initR1S(ptr noundef nonnull align 8 dereferenceable(24) %{{.*}})
bool fallible(S* p) { return try_make(init *p).has_value(); }
