// Static member functions and lambdas: the slot of a static function is its first
// parameter; a lambda's call operator takes it where a call operator returning
// the slot type in memory takes its result pointer (before 'this' on Itanium).
// A lambda is implicitly constexpr: a call with constant arguments initializes
// the local from a constant, as a constexpr constructor would.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct S { long a, b, c; static void make(init S& self) { self.a = 0; self.b = 0; self.c = 0; } };

// CHECK-LABEL: define{{.*}} void @_Z3usel(i64 noundef %v)
// CHECK: call void @_ZN1S4makeEU4initRS_(ptr sret(%struct.S) align 8 %s)
// CHECK: call void @"_ZZ3uselENK3$_0clEU4initR1Sl"(ptr sret(%struct.S) align 8 %t, ptr noundef nonnull align 1 dereferenceable(1) %{{.*}}, i64 noundef %{{.*}})
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %u, ptr align 8 @__const._Z3usel.u, i64 24, i1 false)
void use(long v) {
  S s = S::make();
  auto l = [](init S& self, long v) { self.a = v; self.b = 2; self.c = 3; };
  S t = l(v);
  S u = l(1);
}
