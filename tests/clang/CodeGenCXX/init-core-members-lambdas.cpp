// Static member functions and lambdas: the slot of a static function is its first
// parameter; a lambda's call operator takes it where a call operator returning
// the slot type in memory takes its result pointer (before 'this' on Itanium).
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct S { long a, b, c; static void make(init S& self) { self.a = 0; self.b = 0; self.c = 0; } };

// CHECK-LABEL: define{{.*}} void @_Z3usev()
// CHECK: call void @_ZN1S4makeEU4initRS_(ptr sret(%struct.S) align 8 %s)
// CHECK: call void @"_ZZ3usevENK3$_0clEU4initR1S"(ptr sret(%struct.S) align 8 %t, ptr noundef nonnull align 1 dereferenceable(1) %{{.*}})
void use() {
  S s = S::make();
  auto l = [](init S& self) { self.a = 1; self.b = 2; self.c = 3; };
  S t = l();
}
